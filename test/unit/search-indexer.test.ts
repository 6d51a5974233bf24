import { describe, expect, it } from 'vitest';
import { SearchIndexer, type IndexRecord } from '../../src/search/indexer';
import { snapshotTree, temporaryDirs } from '../helpers/tree-snapshot';

/** A searchable English page. */
function page(url: string, words: string): IndexRecord {
  return { language: 'en', url, html: `<html lang="en"><head><title>${words}</title></head><body><main data-pagefind-body><h1>${words}</h1><p>${words} ${url}</p></main></body></html>` };
}

const URLS = ['/en/articles/a/', '/en/articles/b/', '/en/articles/c/', '/en/author/'];
const WORDS = ['amber river', 'basalt bridge', 'cedar grove', 'the author'];

const tempDir = temporaryDirs('dmspot-indexer-');

/** Offers the pages in `order` (indexes into URLS), with a listing in between; the index written. */
async function indexInOrder(order: readonly number[], expected: readonly string[] = URLS): Promise<{ files: Record<string, string>; handedOver: number[] }> {
  const indexer = await SearchIndexer.start();
  const out = tempDir();
  const handedOver: number[] = [];
  try {
    indexer.expect({ en: expected, sr: [] });
    for (const i of order) {
      await indexer.offer('en', URLS[i]!, page(URLS[i]!, WORDS[i]!));
      // A listing is offered without a record: it is not searchable and holds nothing up.
      if (i === 0) await indexer.offer('en', '/en/articles/', undefined);
      handedOver.push(indexer.pages().en);
    }
    await indexer.write(out);
    return { files: snapshotTree(out), handedOver };
  } finally {
    await indexer.close();
  }
}

describe('the search index', () => {
  it('hands a page to Pagefind as soon as every page before it in the expected order has come', async () => {
    const { handedOver } = await indexInOrder([1, 0, 3, 2]);
    // b waits for a; the author page waits for c; then both go.
    expect(handedOver).toEqual([0, 2, 2, 4]);
  });

  it('writes the same bytes whatever order the pages are rendered in', async () => {
    const inOrder = await indexInOrder([0, 1, 2, 3]);
    const shuffled = await indexInOrder([3, 1, 0, 2]);
    expect(Object.keys(inOrder.files).length).toBeGreaterThan(5);
    expect(shuffled.files).toEqual(inOrder.files);
  });

  it('indexes pages nobody expected too, at the end, in URL order', async () => {
    // Only two were expected: the others go when the index is written, still deterministically.
    const first = await indexInOrder([2, 0, 3, 1], [URLS[0]!, URLS[1]!]);
    const second = await indexInOrder([3, 1, 2, 0], [URLS[0]!, URLS[1]!]);
    expect(first.handedOver).toEqual([0, 1, 1, 2]);
    expect(second.files).toEqual(first.files);
    expect(Object.keys(first.files).filter((file) => file.startsWith('fragment/'))).toHaveLength(4);
  });
});
