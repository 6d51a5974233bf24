import { describe, expect, it } from 'vitest';
import { foldPageForIndex, textMetaKeys } from '../../src/search/fold-page';

const page = `<!doctype html><html lang="sr-Cyrl"><head><title>Ћевапи | DM Spot</title><script>var x = "Ђ";</script></head><body>
<nav>Навигација</nav>
<article data-pagefind-body data-pagefind-filter="kind:article">
<h1>Ћевапи &amp; кајмак</h1>
<p class="meta" data-pagefind-ignore><time datetime="2025-08-14" data-pagefind-meta="date[datetime]">14. август</time></p>
<nav class="toc">Садржај</nav>
<dl><dd data-pagefind-meta="authors">Ђорђе Ђ.</dd></dl>
<p>Мој пријатељ <em>Ђорђе</em> воли ћевапе<br>и кајмак</p>
<ul><li>један</li><li>два</li></ul>
</article>
<aside class="support" data-pagefind-ignore>Частите ме кафом</aside>
</body></html>`;

describe('foldPageForIndex', () => {
  const { html, original } = foldPageForIndex(page);

  it('folds every text node, leaving scripts and markup alone', () => {
    expect(html).toContain('<h1>cevapi &amp; kajmak</h1>');
    expect(html).toContain('moj prijatelj <em>dorde</em> voli cevape<br>i kajmak');
    expect(html).toContain('<script>var x = "Ђ";</script>');
    expect(html).toContain('<article data-pagefind-body data-pagefind-filter="kind:article">');
    expect(html).toContain('<time datetime="2025-08-14" data-pagefind-meta="date[datetime]">');
    expect(html.slice(html.indexOf('<body>'), html.indexOf('<div data-pagefind-meta'))).not.toMatch(/[\u0400-\u04ff]/);
  });

  it('keeps the original title, text and text-valued metadata', () => {
    expect(original.title).toBe('Ћевапи & кајмак');
    expect(original.meta).toEqual({ authors: 'Ђорђе Ђ.' });
    // Ignored parts, navigation and the title are not in the text; blocks read as sentences.
    expect(original.text).toBe('Ђорђе Ђ. Мој пријатељ Ђорђе воли ћевапе. и кајмак. један. два');
  });

  it('hands the originals to Pagefind as the last metadata of the page', () => {
    const element = /<div data-pagefind-meta="([^"]*)"([^>]*)><\/div><\/body>/.exec(html);
    expect(element?.[1]).toBe('authors[data-original-0], title[data-original-1], text[data-original-2]');
    expect(element?.[2]).toContain('data-original-1="Ћевапи &amp; кајмак"');
  });

  it('falls back to the document title without an h1', () => {
    const { original: noH1 } = foldPageForIndex('<html><head><title>Наслов</title></head><body><main data-pagefind-body><p>Текст</p></main></body></html>');
    expect(noH1.title).toBe('Наслов');
    expect(noH1.text).toBe('Текст');
  });
});

describe('textMetaKeys', () => {
  it('lists the keys whose value is the element text', () => {
    expect(textMetaKeys('authors, date[datetime], kind:article, year')).toEqual(['authors', 'year']);
    expect(textMetaKeys(undefined)).toEqual([]);
  });
});
