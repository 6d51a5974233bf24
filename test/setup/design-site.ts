import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DESIGN_ROOT, DESIGN_SITE, runBuild } from '../helpers/build';

/** Written once the design fixture is built, naming the test run that built it. */
const MARKER = `${DESIGN_SITE}.built`;

/**
 * Builds the design fixture (test/fixtures/design: pictures, a portrait, a 600-word article) once
 * per test run for the browser tests of the layout, print and screenshots.
 */
export default function setup(): void {
  const run = String(process.pid);
  if (existsSync(MARKER) && readFileSync(MARKER, 'utf8') === run && existsSync(path.join(DESIGN_SITE, 'index.html'))) return;
  rmSync(DESIGN_SITE, { recursive: true, force: true });
  rmSync(MARKER, { force: true });
  const result = runBuild({ siteRoot: DESIGN_ROOT, outDir: DESIGN_SITE });
  if (result.status !== 0) throw new Error(`the design fixture (test/fixtures/design) does not build:\n${result.stdout}\n${result.stderr}`);
  writeFileSync(MARKER, run);
}
