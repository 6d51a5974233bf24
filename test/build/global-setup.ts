import { rmSync } from 'node:fs';
import { runBuild, SAMPLE_SITE } from '../helpers/build';

/** Builds the sample site once for all build and browser tests. */
export default function setup(): void {
  rmSync(SAMPLE_SITE, { recursive: true, force: true });
  const result = runBuild({ outDir: SAMPLE_SITE, env: { DMSPOT_NOW: '2026-11-29T12:00:00Z' } });
  if (result.status !== 0) throw new Error(`sample site build failed:\n${result.stdout}\n${result.stderr}`);
}
