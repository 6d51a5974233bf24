import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's own root (where `src/` is), whatever the working directory. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface SitePaths {
  /** The site's root: `content/`, `_data/` and `content/files/` live here. */
  readonly root: string;
  readonly content: string;
  readonly data: string;
  readonly layouts: string;
}

/**
 * Where the site to build lives. The repository by default; fixture sites in tests and the
 * benchmark's generated corpus set DMSPOT_SITE_ROOT to build other content with the same code.
 */
export function sitePaths(env: NodeJS.ProcessEnv = process.env): SitePaths {
  const root = path.resolve(env.DMSPOT_SITE_ROOT ?? REPO_ROOT);
  return {
    root,
    content: path.join(root, 'content'),
    data: path.join(root, '_data'),
    layouts: path.join(REPO_ROOT, 'src/layouts'),
  };
}
