import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeFragment, encodeFragment, withOriginalContent, type Fragment } from '../../src/search/fragments';

const folded: Fragment = {
  url: '/sr/clanci/cevapi/',
  content: 'cevapi. prvi red.',
  word_count: 3,
  filters: { kind: ['article'] },
  meta: { title: '\uE000Ćevapi', text: '\uE000Prvi red.', date: '2025-03-01' },
  anchors: [{ element: 'h2', id: 'prvi', text: 'prvi', location: 1 }],
};

describe('Pagefind fragments', () => {
  it('read back what they were written with', () => {
    expect(decodeFragment(encodeFragment(folded), 'x')).toEqual(folded);
  });

  it('refuse a file that is not Pagefind’s format, naming it', () => {
    expect(() => decodeFragment(gzipSync(Buffer.from('{"url":"/"}')), 'fragment/sr_1.pf_fragment')).toThrow(/fragment\/sr_1\.pf_fragment: not a Pagefind fragment/);
    expect(() => decodeFragment(gzipSync(Buffer.from('pagefind_dcd{"url":"/"}')), 'f')).toThrow(/f: a Pagefind fragment without url, content and meta/);
  });

  it('carry a folded page’s original text as the content, once, and the rest as it was', () => {
    const shipped = withOriginalContent(folded)!;
    expect(shipped.content).toBe('\uE000Prvi red.');
    expect(shipped.meta).toEqual({ title: '\uE000Ćevapi', date: '2025-03-01' });
    expect(shipped['anchors']).toEqual([]);
    expect(shipped['filters']).toEqual(folded['filters']);
    expect(shipped['word_count']).toBe(3);
    expect(folded.meta['text']).toBe('\uE000Prvi red.'); // the input is not modified
  });

  it('leave a fragment already rewritten alone (an index written again into the same folder)', () => {
    expect(withOriginalContent(withOriginalContent(folded)!)).toBeUndefined();
  });
});
