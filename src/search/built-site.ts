import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { editionOfUrl } from '../config/editions';
import { serbianEditions } from '../editions/serbian-page';
import { SearchIndexer, type SearchIndexSummary } from './indexer';

/**
 * Indexes a site that is already built (a test adds a page to a copy of one; a tool re-indexes):
 * each English page and each Latin Serbian page, as the build gives them to Pagefind while it
 * renders. The Cyrillic twins are not read (they share the Serbian index).
 */
export async function indexBuiltSite(outDir: string, options: { siteUrl: string }): Promise<SearchIndexSummary> {
  const indexer = await SearchIndexer.start();
  try {
    const files = (await readdir(outDir, { recursive: true })) as string[];
    for (const file of files.sort()) {
      if (!file.endsWith('.html')) continue;
      const rel = file.split(path.sep).join('/');
      const url = `/${rel.replace(/(?:^|\/)index\.html$/, (match) => (match.startsWith('/') ? '/' : ''))}`;
      const edition = editionOfUrl(url);
      if (edition === undefined || edition === 'sr-Cyrl') continue;
      const html = await readFile(path.join(outDir, file), 'utf8');
      if (edition === 'en') await indexer.add({ language: 'en', url, html });
      else {
        const search = serbianEditions(html, { siteUrl: options.siteUrl, search: html.includes('data-pagefind-body') }).search;
        if (search) await indexer.add({ language: 'sr', url, html: search.html, original: search.original.text });
      }
    }
    return await indexer.write(path.join(outDir, 'pagefind'));
  } finally {
    await indexer.close();
  }
}
