import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../src/config/paths';

/** Where build tests write; ignored by git. */
export const OUTPUT_ROOT = path.join(REPO_ROOT, 'test/.output');
export const SAMPLE_SITE = path.join(OUTPUT_ROOT, 'sample-site');

/**
 * Runs the real production build (`src/cli/build.ts`) in a child process, as `npm run build`
 * does: Eleventy loads the TypeScript config through tsx, which Vitest's loader cannot do.
 */
export function runBuild(options: { siteRoot?: string; outDir: string; env?: NodeJS.ProcessEnv }): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'src/cli/build.ts'), '--out', options.outDir], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...(options.siteRoot ? { DMSPOT_SITE_ROOT: options.siteRoot } : {}), ...options.env },
  });
}

/** A fresh copy of a fixture site in a temporary folder, to add files to. */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `dmspot-${name}-`));
  cpSync(path.join(REPO_ROOT, 'test/fixtures', name), dir, { recursive: true });
  return dir;
}
