import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeFragment, encodeFragment, shipOriginalText, withOriginalContent, type Fragment } from '../../src/search/fragments';

const folded: Fragment = {
  url: '/sr/clanci/cevapi/',
  content: 'cevapi. prvi red.',
  word_count: 3,
  filters: { kind: ['article'] },
  meta: { title: '\uE000Ćevapi', date: '2025-03-01' },
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

  it('carry a folded page’s original text as the content, and the rest as it was (less the folded headings)', () => {
    const shipped = withOriginalContent(folded, '\uE000Prvi red.');
    expect(shipped.content).toBe('\uE000Prvi red.');
    expect(shipped.meta).toEqual(folded.meta);
    expect(shipped['anchors']).toEqual([]);
    expect(shipped['filters']).toEqual(folded['filters']);
    expect(shipped['word_count']).toBe(3);
    expect(folded.content).toBe('cevapi. prvi red.'); // the input is not modified
  });

  it('are rewritten in a Pagefind folder by URL, one language only, other pages’ files left alone', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'dmspot-fragments-'));
    try {
      mkdirSync(path.join(dir, 'fragment'));
      const write = (file: string, fragment: Fragment) => writeFileSync(path.join(dir, 'fragment', file), encodeFragment(fragment));
      const read = (file: string) => decodeFragment(readFileSync(path.join(dir, 'fragment', file)), file);
      write('sr_1.pf_fragment', folded);
      write('sr_2.pf_fragment', { ...folded, url: '/sr/clanci/stara/' });
      write('en_1.pf_fragment', { ...folded, url: '/sr/clanci/cevapi/' });
      const rewritten = await shipOriginalText(dir, 'sr', new Map([['/sr/clanci/cevapi/', 'Ćevapi i kajmak.']]));
      expect(rewritten).toBe(1);
      expect(read('sr_1.pf_fragment').content).toBe('Ćevapi i kajmak.');
      expect(read('sr_2.pf_fragment')).toEqual({ ...folded, url: '/sr/clanci/stara/' });
      expect(read('en_1.pf_fragment').content).toBe(folded.content);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
