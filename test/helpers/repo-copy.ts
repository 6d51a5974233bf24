import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../src/config/paths';

/**
 * What a copy of the repository leaves out: the site (replaced), what installs and builds make,
 * and version control. Read from the tree rather than from git, so it works the same in a
 * checkout and in a downloaded archive (which has no `.git`).
 */
const LEFT_OUT = new Set(['.git', 'node_modules', '_site', '.cache', 'content', '_data', 'test/.output', 'bench/.work', 'bench/results']);
/** Output folders of builds in progress or killed (`._site.new-<pid>`, `._site.old-<pid>`). */
const BUILD_LEFTOVER = /^\._site\.(?:new|old)-/;

/**
 * A copy of the repository in `dir` — its source files, `node_modules` linked — with the site
 * `site`'s `content/` and `_data/` in place of the repository's. For running `npm start` on another
 * site as the author runs it on theirs: Eleventy's watcher needs the content inside its working
 * directory (it reports a change outside it under a wrong path, and then neither rebuilds
 * incrementally nor re-reads the file).
 */
export function copyRepository(site: string, dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const walk = (rel: string) => {
    for (const entry of readdirSync(path.join(REPO_ROOT, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (LEFT_OUT.has(child) || BUILD_LEFTOVER.test(entry.name)) continue;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) {
        mkdirSync(path.join(dir, rel), { recursive: true });
        cpSync(path.join(REPO_ROOT, child), path.join(dir, child));
      }
    }
  };
  walk('');
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  cpSync(path.join(site, 'content'), path.join(dir, 'content'), { recursive: true });
  cpSync(path.join(site, '_data'), path.join(dir, '_data'), { recursive: true });
  return dir;
}
