import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startBuild } from '../helpers/build';

/**
 * Builds a fixture site into `outDir` once per test run. Every project whose setup asks for it
 * finds the marker of this run (the same main process) and reuses the build; a marker of an
 * earlier run, or none, means building again from nothing.
 */
export async function buildOnce(what: string, siteRoot: string | undefined, outDir: string): Promise<void> {
  const marker = `${outDir}.built`;
  const run = String(process.pid);
  if (existsSync(marker) && readFileSync(marker, 'utf8') === run && existsSync(path.join(outDir, 'index.html'))) return;
  rmSync(outDir, { recursive: true, force: true });
  rmSync(marker, { force: true });
  const result = await startBuild(siteRoot === undefined ? { outDir } : { siteRoot, outDir });
  if (result.status !== 0) throw new Error(`${what} does not build:\n${result.output}`);
  writeFileSync(marker, run);
}
