import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { optionsFromData, type TransliterationData } from '../../src/i18n/transliterate';
import { displayText, stripMarks } from '../../src/search/display';
import { foldPageForIndex } from '../../src/search/fold-page';
import { decodeFragment } from '../../src/search/fragments';
import { FIXTURE_ROOT, FIXTURE_SITE } from '../helpers/build';
import { BuiltSite } from '../helpers/site';

/**
 * The search index of the fixture site: one index for English and one shared by both Serbian
 * editions, built from the Latin pages only; the Cyrillic search page shows every result exactly
 * as its Cyrillic page reads (checked here page by page, on every indexed Serbian page).
 */
const site = new BuiltSite(FIXTURE_SITE);
const transliteration = optionsFromData(JSON.parse(readFileSync(path.join(FIXTURE_ROOT, '_data/transliteration.json'), 'utf8')) as TransliterationData);
const read = (url: string) => readFileSync(site.fileFor(url) as string, 'utf8');
const indexedSerbian = site.htmlUrls().filter((url) => url.startsWith('/sr/') && read(url).includes('data-pagefind-body'));
const fragmentDir = path.join(FIXTURE_SITE, 'pagefind/fragment');
const fragments = readdirSync(fragmentDir).map((file) => ({ file, fragment: decodeFragment(readFileSync(path.join(fragmentDir, file)), file) }));

describe('the search index', () => {
  it('has an English and a Serbian index, and none per script', () => {
    const entry = JSON.parse(readFileSync(path.join(FIXTURE_SITE, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages).sort()).toEqual(['en', 'sr']);
    expect(entry.languages['sr']?.page_count).toBe(indexedSerbian.length);
    expect(readdirSync(path.join(FIXTURE_SITE, 'pagefind')).filter((f) => /sr-(latn|cyrl)/.test(f))).toEqual([]);
  });

  it('ships only the scripts the search page loads: no Pagefind UI, no worker', () => {
    const scripts = readdirSync(path.join(FIXTURE_SITE, 'pagefind')).filter((f) => /\.(?:js|css)$/.test(f));
    expect(scripts).toEqual(['pagefind.js']);
  });

  it('indexes the Serbian articles and eLibrary items', () => {
    expect(indexedSerbian.filter((url) => url.startsWith('/sr/clanci/')).length).toBeGreaterThanOrEqual(10);
    expect(indexedSerbian.some((url) => url.startsWith('/sr/ebiblioteka/'))).toBe(true);
  });

  it.each(indexedSerbian)('%s: the Cyrillic reading of its index text is its Cyrillic twin’s text', (url) => {
    const latin = foldPageForIndex(read(url)).original;
    const twin = foldPageForIndex(read(url.replace(/^\/sr\//, '/sr-cyrl/'))).original;
    // The twin's text as it reads (marks dropped, spaces collapsed).
    const asWritten = (text: string) => stripMarks(text).replace(/\s+/g, ' ').trim();
    expect(displayText(latin.title, 'Cyrl', transliteration)).toBe(asWritten(twin.title));
    expect(displayText(latin.text, 'Cyrl', transliteration)).toBe(asWritten(twin.text));
    expect(Object.keys(latin.meta)).toEqual(Object.keys(twin.meta));
    for (const key of Object.keys(latin.meta)) expect(displayText(latin.meta[key] ?? '', 'Cyrl', transliteration), key).toBe(asWritten(twin.meta[key] ?? ''));
    // A real test: the page has Cyrillic text to compare.
    expect(asWritten(twin.text)).toMatch(/[\u0400-\u04ff]/);
  });

  it('ships each Serbian result with its original text only, in place of the folded text', () => {
    const serbian = fragments.filter(({ file }) => file.startsWith('sr_'));
    expect(serbian.map(({ fragment }) => fragment.url).sort()).toEqual([...indexedSerbian].sort());
    for (const { fragment } of serbian) {
      const original = foldPageForIndex(read(fragment.url)).original;
      expect(fragment.content, fragment.url).toBe(original.text);
      // Pagefind adds the first picture of a page (a cover) as `image` and `image_alt`; an article
      // without a cover of its own says so (`image` empty), or it would get a related article's.
      const picture = fragment.meta['image'] ? { image: '', image_alt: '' } : 'image' in fragment.meta ? { image: '' } : {};
      if (fragment.url.includes('/clanci/') && !read(fragment.url).includes('cover cover-page')) expect(fragment.meta['image'], fragment.url).toBe('');
      expect(Object.keys(fragment.meta).sort(), fragment.url).toEqual(Object.keys({ ...original.meta, title: '', ...(fragment.meta['date'] ? { date: '' } : {}), ...picture }).sort());
      expect(fragment.meta['title'], fragment.url).toBe(original.title);
      expect(fragment['anchors'], fragment.url).toEqual([]);
    }
  });

  it('leaves English results as Pagefind wrote them (their own text, no copy)', () => {
    const english = fragments.filter(({ file }) => file.startsWith('en_'));
    expect(english.length).toBeGreaterThanOrEqual(10);
    for (const { fragment } of english) {
      expect(fragment.url).toMatch(/^\/en\//);
      expect(fragment.meta['text']).toBeUndefined();
      expect(fragment.content).toContain(fragment.meta['title']);
    }
  });
});
