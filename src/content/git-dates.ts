import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Said where commit dates would have been used, when there are none (a downloaded archive). */
export const NO_GIT_HISTORY = 'No git history here (not a git checkout, or git is missing): when each file last changed is taken from its front matter (updated:, else date:).';

/**
 * Date of the last commit that touched each file under `dir`, keyed by path relative to `root`
 * (with `/`). One `git log` for the whole folder rather than one per file: thousands of articles
 * stay fast. `undefined` when `root` is not in a git work tree (a "Download ZIP" or `git archive`
 * copy) or git is missing: callers fall back to front matter dates and say so ({@link NO_GIT_HISTORY}).
 */
export function lastCommitDates(root: string, dir: string): Map<string, Date> | undefined {
  const dates = new Map<string, Date>();
  const top = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: root, encoding: 'utf8' });
  if (top.error || top.status !== 0) return undefined;
  const gitRoot = top.stdout.trim();
  const log = spawnSync('git', ['log', '--format=\u0001%cI', '--name-only', '--no-renames', '--', path.relative(root, dir) || '.'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (log.status !== 0) return undefined;
  let current: Date | undefined;
  for (const line of log.stdout.split('\n')) {
    if (line.startsWith('\u0001')) {
      current = new Date(line.slice(1));
    } else if (line && current) {
      // git prints paths relative to the repository's top; newest commits come first.
      const rel = path.relative(root, path.join(gitRoot, line)).split(path.sep).join('/');
      if (!dates.has(rel)) dates.set(rel, current);
    }
  }
  return dates;
}
