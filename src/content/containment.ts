import { closeSync, lstatSync, openSync, readdirSync, readSync, realpathSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { IMAGE_EXTENSIONS } from '../images/sources';
import { pictureProblem } from '../images/picture-check';
import { count, LIMITS } from './limits';

/** One thing in `content/` the site will not publish, phrased for the author. */
export interface ContainmentProblem {
  readonly file: string;
  readonly message: string;
}

/** Files `content/files/` may hold: the eLibrary's downloads. */
export const LIBRARY_FILE = /\.(pdf|epub)$/i;

/**
 * What may be published from `content/`: regular files inside it, and nothing else. Every
 * symbolic link is refused, wherever it points: a link is how a file from elsewhere on the build
 * machine (`/etc/passwd`, a private photo) ends up on the site, and static hosts and artifact
 * uploaders follow links when they publish. `content/files/` holds only PDF and EPUB files (served
 * as they are, so nothing that a browser would run), `content/images/` only pictures, and every
 * picture anywhere is checked to be the picture its name says (see `picture-check.ts`).
 */
export function containmentProblems(contentDir: string, root: string): ContainmentProblem[] {
  const problems: ContainmentProblem[] = [];
  const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');
  let entries: Dirent[];
  try {
    entries = readdirSync(contentDir, { withFileTypes: true });
  } catch {
    return problems;
  }
  // content/ itself may not be a link to somewhere else.
  if (lstatSync(contentDir).isSymbolicLink() || realpathSync(contentDir) !== path.resolve(contentDir)) {
    return [{ file: rel(contentDir), message: 'is a symbolic link (or inside one); the content folder must be a real folder of the site' }];
  }
  const walk = (dir: string, list: Dirent[], area: 'files' | 'images' | 'pages') => {
    for (const entry of list) {
      const full = path.join(dir, entry.name);
      const shown = rel(full);
      if (entry.isSymbolicLink()) {
        problems.push({ file: shown, message: 'is a symbolic link; the site publishes only real files inside content/ (copy the file here instead of linking to it)' });
        continue;
      }
      if (entry.isDirectory()) {
        if (area === 'files') {
          problems.push({ file: shown, message: 'is a folder; content/files/ holds the eLibrary files themselves, without folders' });
          continue;
        }
        walk(full, readdirSync(full, { withFileTypes: true }), area);
        continue;
      }
      if (!entry.isFile()) {
        problems.push({ file: shown, message: 'is not a regular file (a device, socket or pipe); remove it' });
        continue;
      }
      if (area === 'files') {
        const size = lstatSync(full).size;
        if (!LIBRARY_FILE.test(entry.name)) problems.push({ file: shown, message: 'is not a PDF or EPUB file; content/files/ publishes only the eLibrary\'s .pdf and .epub files' });
        else if (size > LIMITS.fileBytes) problems.push({ file: shown, message: `is ${count(size)} bytes; an eLibrary file may have at most ${count(LIMITS.fileBytes)}` });
        continue;
      }
      if (IMAGE_EXTENSIONS.test(entry.name)) {
        const problem = pictureProblem(entry.name, lstatSync(full).size, (limit) => readHead(full, limit));
        if (problem) problems.push({ file: shown, message: problem });
      } else if (area === 'images') {
        problems.push({ file: shown, message: 'is not a picture (jpg, png, webp, avif, gif or svg); content/images/ holds pictures only' });
      }
    }
  };
  for (const entry of entries) {
    const full = path.join(contentDir, entry.name);
    if (entry.isSymbolicLink()) {
      problems.push({ file: rel(full), message: 'is a symbolic link; the site publishes only real files inside content/ (copy the folder here instead of linking to it)' });
    } else if (entry.isDirectory()) {
      walk(full, readdirSync(full, { withFileTypes: true }), entry.name === 'files' ? 'files' : entry.name === 'images' ? 'images' : 'pages');
    }
  }
  return problems;
}

/** The first `limit` bytes of a file. */
function readHead(file: string, limit: number): Uint8Array {
  const buffer = Buffer.alloc(limit);
  const fd = openSync(file, 'r');
  try {
    return buffer.subarray(0, readSync(fd, buffer, 0, limit, 0));
  } finally {
    closeSync(fd);
  }
}
