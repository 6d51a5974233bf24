import { readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { SearchIndexer, type IndexRecord } from '../../src/search/indexer';
import { snapshotTree, temporaryDirs } from '../helpers/tree-snapshot';

/** A searchable page of `language`; Serbian ones carry the original text their result shows. */
function page(language: 'en' | 'sr', slug: string, words: string): IndexRecord {
  const url = `/${language}/${slug}/`;
  const html = `<html lang="${language}"><head><title>${words}</title></head><body><main data-pagefind-body><h1>${words}</h1><p>${words} ${slug}</p></main></body></html>`;
  return language === 'sr' ? { language, url, html, original: `${words} (original)` } : { language, url, html };
}

const SITE: readonly IndexRecord[] = [
  page('en', 'amber', 'amber river'),
  page('en', 'basalt', 'basalt bridge'),
  page('en', 'cedar', 'cedar grove'),
  page('sr', 'jantar', 'jantar rijeka'),
  page('sr', 'bazalt', 'bazalt most'),
];

const tempDir = temporaryDirs('dmspot-index-cache-');

/** Indexes `pages` (with the cache in `cacheDir`, if any): the files written, and the pages Pagefind was given. */
async function index(pages: readonly IndexRecord[], cacheDir?: string): Promise<{ files: Record<string, string>; sent: Record<string, number> }> {
  const indexer = await SearchIndexer.start(cacheDir ? { cacheDir } : {});
  const out = tempDir();
  try {
    for (const record of pages) await indexer.add(record);
    await indexer.write(out);
    return { files: snapshotTree(out), sent: { ...indexer.sentToPagefind() } };
  } finally {
    await indexer.close();
  }
}

describe('the kept search index', () => {
  it('is written by a first build, and a second build with the same pages copies it without asking Pagefind: the same bytes', async () => {
    const cache = tempDir();
    const first = await index(SITE, cache);
    expect(first.sent).toEqual({ en: 3, sr: 2 });
    const second = await index(SITE, cache);
    expect(second.sent).toEqual({ en: 0, sr: 0 });
    expect(second.files).toEqual(first.files);
    // And both are what a build without any cache writes.
    expect((await index(SITE)).files).toEqual(first.files);
  });

  it('keeps the Serbian result files with their original text', async () => {
    const cache = tempDir();
    await index(SITE, cache);
    const { files } = await index(SITE, cache);
    const serbian = Object.entries(files).filter(([file]) => file.startsWith('fragment/sr_'));
    expect(serbian).toHaveLength(2);
    for (const [, bytes] of serbian) expect(gunzipSync(Buffer.from(bytes, 'base64')).toString('utf8')).toContain('(original)');
  });

  it.each<[string, (pages: IndexRecord[]) => IndexRecord[]]>([
    ['one page changed', (pages) => pages.map((p) => (p.url === '/en/basalt/' ? page('en', 'basalt', 'basalt causeway') : p))],
    ['the last page changed', (pages) => pages.map((p) => (p.url === '/en/cedar/' ? page('en', 'cedar', 'cedar forest') : p))],
    ['a page added at the end', (pages) => [...pages.slice(0, 3), page('en', 'dune', 'dune sea'), ...pages.slice(3)]],
    ['the last page removed', (pages) => pages.filter((p) => p.url !== '/en/cedar/')],
    ['two pages swapped', (pages) => [pages[1]!, pages[0]!, ...pages.slice(2)]],
    ['only the text a result shows changed', (pages) => pages.map((p) => (p.url === '/sr/bazalt/' ? { ...p, original: 'bažalt most (original)' } : p))],
  ])('is indexed again, for that language only, when %s: the same bytes as without a cache', async (_case, change) => {
    const cache = tempDir();
    await index(SITE, cache);
    const changed = change([...SITE]);
    const of = (pages: readonly IndexRecord[], language: string) => pages.filter((p) => p.language === language);
    const languages = new Set((['en', 'sr'] as const).filter((language) => of(changed, language).some((p, i, list) => p !== of(SITE, language)[i] || list.length !== of(SITE, language).length) || of(changed, language).length !== of(SITE, language).length));
    const withCache = await index(changed, cache);
    for (const language of ['en', 'sr'] as const) {
      expect(withCache.sent[language], language).toBe(languages.has(language) ? changed.filter((p) => p.language === language).length : 0);
    }
    expect(withCache.files).toEqual((await index(changed)).files);
    // The cache now holds the changed site: the next build indexes nothing.
    expect((await index(changed, cache)).sent).toEqual({ en: 0, sr: 0 });
  });

  it('is not used when one of its files is missing or its list of pages is unreadable', async () => {
    const cache = tempDir();
    const first = await index(SITE, cache);
    const kept = path.join(cache, 'en', 'files', 'fragment');
    unlinkSync(path.join(kept, readdirSync(kept)[0]!));
    writeFileSync(path.join(cache, 'sr', 'manifest.json'), '{"format":');
    const again = await index(SITE, cache);
    expect(again.sent).toEqual({ en: 3, sr: 2 });
    expect(again.files).toEqual(first.files);
  });

  it('keeps the order when the first changed page comes while many others are being offered at once (as Eleventy offers them)', async () => {
    const many = Array.from({ length: 150 }, (_, i) => page('en', `p${i}`, `page ${i} of many ${i % 7}`));
    const changed = many.map((p, i) => (i === 100 ? page('en', 'p100', 'page one hundred, edited') : p));
    const offerAll = async (pages: readonly IndexRecord[], cacheDir?: string) => {
      const indexer = await SearchIndexer.start(cacheDir ? { cacheDir } : {});
      const out = tempDir();
      try {
        indexer.expect({ en: pages.map((p) => p.url), sr: [] });
        await Promise.all(pages.map((p) => indexer.offer('en', p.url, p)));
        await indexer.write(out);
        return snapshotTree(out);
      } finally {
        await indexer.close();
      }
    };
    const cache = tempDir();
    await offerAll(many, cache);
    expect(await offerAll(changed, cache)).toEqual(await offerAll(changed));
  });
});

