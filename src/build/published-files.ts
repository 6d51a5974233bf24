import { readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Everything in a finished output folder that is not a folder or a regular file (a symbolic
 * link, above all), as `/`-separated paths. The content check keeps links out of `content/`;
 * this holds the same line for everything the build itself writes, before the site is swapped in.
 */
export function nonRegularFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (!entry.isFile()) found.push(rel);
    }
  };
  walk('');
  return found.sort();
}
