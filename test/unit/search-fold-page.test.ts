import { describe, expect, it } from 'vitest';
import { toCyrillicEdition } from '../../src/editions/page-rewriter';
import { optionsFromData } from '../../src/i18n/transliterate';
import { displayText, RUN, stripMarks } from '../../src/search/display';
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

  it('folds every text node of the indexed body, leaving markup alone', () => {
    expect(html).toContain('<h1>cevapi &amp; kajmak</h1>');
    expect(html).toContain('moj prijatelj <em>dorde</em> voli cevape<br>i kajmak');
    expect(html).toContain('<article data-pagefind-body data-pagefind-filter="kind:article">');
    expect(html).toContain('<time datetime="2025-08-14" data-pagefind-meta="date[datetime]">');
    expect(html.slice(html.indexOf('<article'), html.indexOf('</article>'))).not.toMatch(/[\u0400-\u04ff]/);
  });

  it('leaves out all that lies outside data-pagefind-body but the root and body (Pagefind reads none of it)', () => {
    expect(html).toMatch(/^<!doctype html><html lang="sr-Cyrl"><body><article data-pagefind-body /);
    expect(html).toMatch(/<\/article><div data-pagefind-meta="[^"]*"[^>]*><\/div><\/body><\/html>$/);
    for (const outside of ['Навигација', '<title>', '<script>', 'Частите']) expect(html).not.toContain(outside);
  });

  it('keeps the original title, text and text-valued metadata, as written', () => {
    const asWritten = (text: string) => stripMarks(text).replace(/\s+/g, ' ').trim();
    expect(asWritten(original.title)).toBe('Ћевапи & кајмак');
    expect(Object.keys(original.meta)).toEqual(['authors']);
    expect(asWritten(original.meta['authors'] ?? '')).toBe('Ђорђе Ђ.');
    // Ignored parts, navigation and the title are not in the text; blocks read as sentences.
    expect(asWritten(original.text)).toBe('Ђорђе Ђ. Мој пријатељ Ђорђе воли ћевапе. и кајмак. један. два');
    // The Latin search page shows it as the Latin edition does, the Cyrillic one as written.
    expect(displayText(original.title, 'Latn')).toBe('Ćevapi & kajmak');
    expect(displayText(original.text, 'Cyrl')).toBe('Ђорђе Ђ. Мој пријатељ Ђорђе воли ћевапе. и кајмак. један. два');
  });

  it('hands the original title and metadata to Pagefind as the last metadata of the page, not the text', () => {
    const element = /<div data-pagefind-meta="([^"]*)"([^>]*)><\/div><\/body>/.exec(html);
    expect(element?.[1]).toBe('authors[data-original-0], title[data-original-1]');
    expect(element?.[2]).toContain(`data-original-1="${RUN}Ћевапи &amp; кајмак"`);
    // The text goes into the result file after indexing (fragments.ts): Pagefind never holds it.
    expect(element?.[2]).not.toContain('data-original-2');
  });

  it('falls back to the document title without an h1', () => {
    const { original: noH1 } = foldPageForIndex('<html><head><title>Наслов</title></head><body><main data-pagefind-body><p>Текст</p></main></body></html>');
    expect(displayText(noH1.title, 'Cyrl')).toBe('Наслов');
    expect(displayText(noH1.text, 'Latn')).toBe('Tekst');
  });

  it('files the copy under the index language it is given', () => {
    expect(foldPageForIndex(page, { indexLanguage: 'sr' }).html).toContain('<html lang="sr">');
    expect(html).toContain('<html lang="sr-Cyrl">');
  });
});

describe('the Cyrillic reading of a Latin page’s index text', () => {
  // Every kind of run the edition treats apart: code, a foreign passage, translate="no", the
  // author's exceptions, digraphs at a prefix boundary, entities, a title-case name before a
  // Roman numeral, inline markup splitting words, and ignored or skipped parts.
  const latin = `<!doctype html><html lang="sr-Latn"><head><title>Njegoš i Petar II | DM Spot</title></head><body>
<nav>Navigacija <span lang="sr-Latn">latinica</span></nav>
<article data-pagefind-body>
<h1>Njegoš i <em>Petar</em> II &amp; ljubav</h1>
<p class="meta" data-pagefind-ignore>Objavljeno</p>
<dl><dd data-pagefind-meta="authors">Đorđe Jovanović, <span lang="en">John Smith</span></dd></dl>
<p>Koristim <code>npm install</code> i <span lang="en">privacy by design</span> na DM Spotu, kao i <span translate="no">Banja Luka</span>.</p>
<p>Nadživjeti podžanr, konjugacija i injekcija: HTML, IT, EU i NATO u XXI vijeku.</p>
<pre><code>const ljubav = "džem";</code></pre>
<ul><li>Čačak</li><li>Šabac &lt;3</li><li>Lj<strong>ubav</strong> i Nj</li></ul>
</article>
</body></html>`;
  const transliteration = optionsFromData({ keepLatin: ['DM Spot'] });
  const twin = toCyrillicEdition(latin, { siteUrl: 'https://dmspot.net', transliteration });
  const fromLatin = foldPageForIndex(latin, { indexLanguage: 'sr' }).original;
  const fromTwin = foldPageForIndex(twin).original;

  it('reads exactly as the Cyrillic page: title, text and metadata', () => {
    const asWritten = (text: string) => stripMarks(text).replace(/\s+/g, ' ').trim();
    expect(displayText(fromLatin.title, 'Cyrl', transliteration)).toBe(asWritten(fromTwin.title));
    expect(displayText(fromLatin.text, 'Cyrl', transliteration)).toBe(asWritten(fromTwin.text));
    expect(displayText(fromLatin.meta['authors'] ?? '', 'Cyrl', transliteration)).toBe(asWritten(fromTwin.meta['authors'] ?? ''));
  });

  it('keeps code, foreign passages, translate="no" and the author’s exceptions Latin', () => {
    const text = displayText(fromLatin.text, 'Cyrl', transliteration);
    expect(text).toContain('npm install');
    expect(text).toContain('privacy by design');
    expect(text).toContain('Banja Luka');
    expect(text).toContain('DM Spotu');
    expect(text).toContain('const ljubav = "džem";');
    expect(text).toContain('Користим');
    expect(displayText(fromLatin.meta['authors'] ?? '', 'Cyrl', transliteration)).toBe('Ђорђе Јовановић, John Smith');
  });

  it('reads as the Latin page in Latin', () => {
    expect(displayText(fromLatin.title, 'Latn')).toBe('Njegoš i Petar II & ljubav');
    expect(displayText(fromLatin.text, 'Latn')).toContain('Koristim npm install i privacy by design na DM Spotu');
  });
});

describe('textMetaKeys', () => {
  it('lists the keys whose value is the element text', () => {
    expect(textMetaKeys('authors, date[datetime], kind:article, year')).toEqual(['authors', 'year']);
    expect(textMetaKeys(undefined)).toEqual([]);
  });
});
