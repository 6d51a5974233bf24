import { describe, expect, it } from 'vitest';
import { SearchIndexer, type IndexRecord } from '../../src/search/indexer';
import { snapshotTree, temporaryDirs } from '../helpers/tree-snapshot';
import { HELD_BYTES_PER_PAGE, languagesIndexedLast, PAGEFIND_BUDGET_BYTES, peakSideBySide, WRITING_BYTES_PER_PAGE } from '../../src/search/index-memory';

describe("Pagefind's memory", () => {
  it('is what it holds of every page, and what writing the largest language takes on top', () => {
    expect(peakSideBySide({ en: 100, sr: 300 })).toBe(400 * HELD_BYTES_PER_PAGE + 300 * WRITING_BYTES_PER_PAGE);
    expect(peakSideBySide({ en: 0, sr: 0 })).toBe(0);
  });

  it('lets both languages be indexed while the site renders as long as they fit the budget side by side, and holds English back beyond', () => {
    expect([...languagesIndexedLast({ en: 2005, sr: 2005 })]).toEqual([]);
    expect([...languagesIndexedLast({ en: 5005, sr: 5005 })]).toEqual(['en']);
    // The budget leaves the build's own half gigabyte and some room under 2.5 GB.
    expect(PAGEFIND_BUDGET_BYTES).toBeLessThanOrEqual(2_000_000_000);
    expect([...languagesIndexedLast({ en: 10, sr: 10 }, 0)]).toEqual(['en']);
  });
});

/** A searchable page of `language`. */
function page(language: 'en' | 'sr', slug: string, words: string): IndexRecord {
  const url = `/${language}/${slug}/`;
  const html = `<html lang="${language}"><head><title>${words}</title></head><body><main data-pagefind-body><h1>${words}</h1><p>${words} ${slug}</p></main></body></html>`;
  return language === 'sr' ? { language, url, html, original: `${words} (original)` } : { language, url, html };
}

const tempDir = temporaryDirs('dmspot-index-memory-');

describe('the English index made after the Serbian one', () => {
  it('holds the English pages until the Serbian index is written, and writes the same bytes as side by side', async () => {
    const pages = [...Array.from({ length: 30 }, (_, i) => page('en', `e${i}`, `english ${i}`)), ...Array.from({ length: 30 }, (_, i) => page('sr', `s${i}`, `srpski ${i}`))];
    const build = async (budget?: number) => {
      const indexer = await SearchIndexer.start(budget === undefined ? {} : { pagefindBudgetBytes: budget });
      const out = tempDir();
      try {
        indexer.expect({ en: pages.filter((p) => p.language === 'en').map((p) => p.url), sr: pages.filter((p) => p.language === 'sr').map((p) => p.url) });
        for (const record of pages) await indexer.offer(record.language, record.url, record);
        const sentWhileRendering = { ...indexer.sentToPagefind() };
        await indexer.write(out);
        return { sentWhileRendering, files: snapshotTree(out) };
      } finally {
        await indexer.close();
      }
    };
    const sideBySide = await build();
    const oneAfterTheOther = await build(0);
    expect(sideBySide.sentWhileRendering).toEqual({ en: 30, sr: 30 });
    expect(oneAfterTheOther.sentWhileRendering).toEqual({ en: 0, sr: 30 });
    expect(oneAfterTheOther.files).toEqual(sideBySide.files);
    expect(Object.keys(sideBySide.files).filter((file) => file.startsWith('fragment/sr_'))).toHaveLength(30);
  });
});
