import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/config/paths';

/**
 * A copy of the repository in `dir` — the tracked and untracked (not ignored) files,
 * `node_modules` linked — with the site `site`'s `content/` and `_data/` in place of the
 * repository's. For running `npm start` on another site as the author runs it on theirs: Eleventy's
 * watcher needs the content inside its working directory (it reports a change outside it under a
 * wrong path, and then neither rebuilds incrementally nor re-reads the file).
 */
export function copyRepository(site: string, dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0')) {
    if (!file || /^(content|_data|bench\/results)\//.test(file)) continue;
    const from = path.join(REPO_ROOT, file);
    if (!existsSync(from) || !statSync(from).isFile()) continue;
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(from, path.join(dir, file));
  }
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  cpSync(path.join(site, 'content'), path.join(dir, 'content'), { recursive: true });
  cpSync(path.join(site, '_data'), path.join(dir, '_data'), { recursive: true });
  return dir;
}
