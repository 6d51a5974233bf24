import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURE_SITE, runBuild } from '../helpers/build';

/** Written once the fixture site is built, naming the test run that built it. */
const MARKER = `${FIXTURE_SITE}.built`;

/**
 * Builds the realistic fixture site once per test run for the build and browser tests. Both
 * projects name this setup; the second finds the marker of this run (the same main process)
 * and reuses the build.
 */
export default function setup(): void {
  const run = String(process.pid);
  if (existsSync(MARKER) && readFileSync(MARKER, 'utf8') === run && existsSync(path.join(FIXTURE_SITE, 'index.html'))) return;
  rmSync(FIXTURE_SITE, { recursive: true, force: true });
  rmSync(MARKER, { force: true });
  const result = runBuild({ outDir: FIXTURE_SITE });
  if (result.status !== 0) throw new Error(`the fixture site (test/fixtures/site) does not build:\n${result.stdout}\n${result.stderr}`);
  writeFileSync(MARKER, run);
}
