import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import type { UiKey } from '../../src/i18n/dictionary';
import { DICTIONARIES } from '../../src/i18n/dictionary';
import { libraryAuthors, tagIndex } from '../../src/content/site-model';
import { monogram, profileLabel } from '../../src/templates/author';
import { BOOK_COVER_VARIANTS, bookCoverVariant, renderBookCover } from '../../src/templates/book-cover';
import { renderSwitcher, switcherHref } from '../../src/templates/switchers';
import { renderTranslationNote } from '../../src/templates/translation-note';
import type { CollectionItem } from '../../src/types/eleventy';

const t = (key: UiKey) => DICTIONARIES.sr[key];

describe('monogram', () => {
  it.each([
    ['Dragan M.', 'DM'],
    ['D. M.', 'DM'],
    ['Ana', 'A'],
    ['ana marija petrović-jovanović', 'AJ'],
    ['Đorđe Čolić', 'ĐČ'],
    ['Ђорђе Чолић', 'ЂЧ'],
  ])('%s → %s', (name, expected) => expect(monogram(name)).toBe(expected));
});

describe('profileLabel', () => {
  it.each([
    ['https://www.linkedin.com/in/ana/', 'linkedin.com/in/ana'],
    ['https://github.com/', 'github.com'],
    ['https://mastodon.social/@ana', 'mastodon.social/@ana'],
  ])('%s → %s', (url, expected) => expect(profileLabel(url)).toBe(expected));
});

describe('typographic book covers', () => {
  it('give a title the same colourway every time, and spread titles over all of them', () => {
    expect(bookCoverVariant('Ogledi o povjerenju')).toBe(bookCoverVariant('Ogledi o povjerenju'));
    const seen = new Set(Array.from({ length: 60 }, (_, i) => bookCoverVariant(`Knjiga broj ${i}`)));
    expect(seen.size).toBe(BOOK_COVER_VARIANTS);
  });

  it('are HTML the Cyrillic edition can transliterate (no SVG), hidden from screen readers, escaped', () => {
    const $ = cheerio.load(renderBookCover('Vodič <za> kopije', ['Ana & Marko']).value);
    expect($('svg')).toHaveLength(0);
    expect($('.book-cover').attr('aria-hidden')).toBe('true');
    expect($('.book-cover-title').text()).toBe('Vodič <za> kopije');
    expect($('.book-cover-author').text()).toBe('Ana & Marko');
  });
});

describe('libraryAuthors', () => {
  it.each([
    [{}, ['Dragan M.']],
    [{ authors: [] }, ['Dragan M.']],
    [{ authors: ['NIST'] }, ['NIST']],
    [{ authors: ['Ana', 'Marko'] }, ['Ana', 'Marko']],
  ])('%j → %j', (data, expected) => expect(libraryAuthors(data, 'Dragan M.')).toEqual(expected));
});

describe('tagIndex', () => {
  const item = (tags: string[]): CollectionItem => ({ url: `/sr/clanci/${tags.join('-')}/`, inputPath: '', fileSlug: '', date: new Date(0), data: { lang: 'sr', title: '', description: '', tagList: tags, page: { url: '', inputPath: '', fileSlug: '', date: new Date(0) } } });
  it('counts each tag once per article, most used first, then in Serbian order (č after c), as first written', () => {
    const index = tagIndex([item(['Banja Luka', 'čaj', 'hrana']), item(['banja luka', 'cvijeće']), item(['hrana', 'Zdravlje']), item(['Hrana'])], 'sr');
    expect(index).toEqual([
      { tag: 'hrana', slug: 'hrana', count: 3 },
      { tag: 'Banja Luka', slug: 'banja-luka', count: 2 },
      { tag: 'cvijeće', slug: 'cvijece', count: 1 },
      { tag: 'čaj', slug: 'caj', count: 1 },
      { tag: 'Zdravlje', slug: 'zdravlje', count: 1 },
    ]);
  });
});

describe('the edition switcher', () => {
  const targets = { 'sr-Latn': '/sr/clanci/a/', 'sr-Cyrl': '/sr-cyrl/clanci/a/' };

  it('offers the three editions, each in its own script and language, the reader’s marked current', () => {
    const $ = cheerio.load(renderSwitcher({ edition: 'sr-Latn', targets }, t).value);
    const links = $('nav.editions a').toArray().map((a) => [$(a).text(), $(a).attr('hreflang'), $(a).attr('lang'), $(a).attr('aria-current')]);
    expect(links).toEqual([
      ['English', 'en', 'en', undefined],
      ['Srpski', 'sr-Latn', 'sr-Latn', 'page'],
      ['Српски', 'sr-Cyrl', 'sr-Cyrl', undefined],
    ]);
    expect($('nav.editions').attr('aria-label')).toBe(t('switcher.label'));
  });

  it('leads to the other language’s home where the page has no translation, and says so (no tooltip)', () => {
    expect(switcherHref({ edition: 'sr-Latn', targets }, 'en')).toEqual({ href: '/en/', fallback: true });
    expect(switcherHref({ edition: 'en', targets: { en: '/en/tags/x/' } }, 'sr-Cyrl')).toEqual({ href: '/sr-cyrl/', fallback: true });
    const $ = cheerio.load(renderSwitcher({ edition: 'sr-Latn', targets }, t).value);
    expect($('a[hreflang="en"]').hasClass('untranslated')).toBe(true);
    expect($('a[title]')).toHaveLength(0);
    expect($('a[hreflang="en"]').parent().text()).toContain(t('switcher.noTranslation'));
  });
});

describe('the translation note', () => {
  it('links the translation where there is one', () => {
    const $ = cheerio.load(renderTranslationNote('sr', { en: '/en/articles/a/' }, t, 'article').value);
    expect($('a').attr('href')).toBe('/en/articles/a/');
    expect($('a').attr('hreflang')).toBe('en');
  });

  it('says in visible text that there is none', () => {
    const $ = cheerio.load(renderTranslationNote('sr', { 'sr-Latn': '/sr/clanci/a/' }, t, 'article').value);
    expect($('a')).toHaveLength(0);
    expect($('p').text()).toBe(DICTIONARIES.sr['article.noTranslation']);
    expect($('p').hasClass('visually-hidden')).toBe(false);
  });
});
