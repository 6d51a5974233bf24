import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { html, type SafeHtml } from '../templates/html';

/**
 * The preview's list of content problems at the top of a page. Problems are English messages
 * about file paths, so the list is `lang="en"` (the Cyrillic edition leaves it as written).
 */
export function renderProblemsBanner(intro: string, lines: readonly string[]): SafeHtml {
  if (!lines.length) return html``;
  return html`<div class="banner banner-problems" role="alert"><p>${intro}</p><ul lang="en">${lines.map((line) => html`<li>${line}</li>`)}</ul></div>\n`;
}

const BANNER = /<div class="banner banner-problems" role="alert">[\s\S]*?<\/ul><\/div>\n/;

/**
 * An incremental rebuild re-renders only the pages that depend on the changed file, so after a
 * fix (or a new mistake) the other pages would show an outdated list. This rewrites the list on
 * every page of the output folder; it runs only in the preview, and only when the list changed.
 * `introFor` gives the intro line in each page's language (from its URL); `fresh` lists the
 * output paths (relative, `/`-separated) this build has just written.
 */
export async function refreshProblemBanners(outputDir: string, lines: readonly string[], introFor: (relativePath: string) => string, fresh: ReadonlySet<string> = new Set()): Promise<number> {
  let changed = 0;
  const files = (await readdir(outputDir, { recursive: true })) as string[];
  for (const rel of files) {
    // Pages this build wrote (and their Cyrillic twins, being written alongside) are current.
    if (!rel.endsWith('.html') || fresh.has(rel.split(path.sep).join('/'))) continue;
    const file = path.join(outputDir, rel);
    const page = await readFile(file, 'utf8');
    const banner = renderProblemsBanner(introFor(rel.split(path.sep).join('/')), lines).value;
    let next = page.replace(BANNER, '');
    if (banner) next = next.replace('</header>\n', `</header>\n${banner}`);
    if (next !== page) {
      await writeFile(file, next);
      changed++;
    }
  }
  return changed;
}
