import { describe, expect, it } from 'vitest';
import {
  EDITION_INFO,
  EDITIONS,
  editionOfUrl,
  isEdition,
  isLang,
  LANGS,
  sourceEdition,
  type Edition,
  type Lang,
} from '../../src/config/editions';
import {
  absoluteUrl,
  articleUrl,
  CATEGORIES,
  categoryUrl,
  homeUrl,
  libraryFileUrl,
  libraryItemUrl,
  pagedUrl,
  sectionUrl,
  tagUrl,
  toEditionUrl,
  type Category,
  type Section,
} from '../../src/config/routes';

describe('homeUrl', () => {
  it.each<[Lang, string]>([
    ['sr', '/sr/'],
    ['en', '/en/'],
  ])('%s → %s', (lang, url) => {
    expect(homeUrl(lang)).toBe(url);
  });
});

describe('sectionUrl', () => {
  it.each<[Section, Lang, string]>([
    ['articles', 'sr', '/sr/clanci/'],
    ['articles', 'en', '/en/articles/'],
    ['tags', 'sr', '/sr/oznake/'],
    ['tags', 'en', '/en/tags/'],
    ['author', 'sr', '/sr/autor/'],
    ['author', 'en', '/en/author/'],
    ['library', 'sr', '/sr/ebiblioteka/'],
    ['library', 'en', '/en/elibrary/'],
    ['recommendations', 'sr', '/sr/preporuke/'],
    ['recommendations', 'en', '/en/recommendations/'],
    ['search', 'sr', '/sr/pretraga/'],
    ['search', 'en', '/en/search/'],
  ])('%s in %s → %s', (section, lang, url) => {
    expect(sectionUrl(section, lang)).toBe(url);
  });
});

describe('articleUrl', () => {
  it.each<[Lang, string, string]>([
    ['sr', 'dva-dana-u-trebinju', '/sr/clanci/dva-dana-u-trebinju/'],
    ['en', 'two-days-in-trebinje', '/en/articles/two-days-in-trebinje/'],
    ['sr', 'x', '/sr/clanci/x/'],
  ])('%s %s → %s', (lang, slug, url) => {
    expect(articleUrl(lang, slug)).toBe(url);
  });
});

describe('categoryUrl', () => {
  it.each<[Category, Lang, string]>([
    ['science-technology', 'sr', '/sr/nauka-i-tehnologija/'],
    ['life-style', 'sr', '/sr/zivot-i-stil/'],
    ['republika-srpska', 'sr', '/sr/republika-srpska/'],
    ['science-technology', 'en', '/en/science-technology/'],
    ['life-style', 'en', '/en/life-style/'],
    ['republika-srpska', 'en', '/en/republika-srpska/'],
  ])('%s in %s → %s', (category, lang, url) => {
    expect(categoryUrl(category, lang)).toBe(url);
  });

  it('covers exactly the three categories', () => {
    expect([...CATEGORIES].sort()).toEqual(['life-style', 'republika-srpska', 'science-technology']);
  });
});

describe('tagUrl', () => {
  it.each<[string, Lang, string]>([
    ['privatnost', 'sr', '/sr/oznake/privatnost/'],
    ['privacy', 'en', '/en/tags/privacy/'],
  ])('%s in %s → %s', (tag, lang, url) => {
    expect(tagUrl(tag, lang)).toBe(url);
  });
});

describe('libraryItemUrl', () => {
  it.each<[Lang, string, string]>([
    ['sr', 'vodic-rezervne-kopije', '/sr/ebiblioteka/vodic-rezervne-kopije/'],
    ['en', 'backup-and-restore-guide', '/en/elibrary/backup-and-restore-guide/'],
  ])('%s %s → %s', (lang, slug, url) => {
    expect(libraryItemUrl(lang, slug)).toBe(url);
  });
});

describe('pagedUrl', () => {
  it.each<[string, number, string]>([
    ['/sr/clanci/', 1, '/sr/clanci/'],
    ['/sr/clanci/', 0, '/sr/clanci/'],
    ['/sr/clanci/', 2, '/sr/clanci/2/'],
    ['/en/articles/', 3, '/en/articles/3/'],
    ['/sr/oznake/hrana/', 2, '/sr/oznake/hrana/2/'],
    ['/en/life-style/', 10, '/en/life-style/10/'],
  ])('%s page %i → %s', (first, n, url) => {
    expect(pagedUrl(first, n)).toBe(url);
  });
});

describe('libraryFileUrl', () => {
  it.each<[string, string]>([
    ['content/files/backup-guide.pdf', '/files/backup-guide.pdf'],
    ['content/files/essays-on-trust.epub', '/files/essays-on-trust.epub'],
    ['guide.pdf', '/files/guide.pdf'],
  ])('%s → %s', (repoPath, url) => {
    expect(libraryFileUrl(repoPath)).toBe(url);
  });
});

describe('toEditionUrl', () => {
  it.each<[string, Edition, string]>([
    ['/sr/x/', 'sr-Cyrl', '/sr-cyrl/x/'],
    ['/sr-cyrl/x/', 'sr-Latn', '/sr/x/'],
    ['/sr/x/', 'sr-Latn', '/sr/x/'],
    ['/sr-cyrl/x/', 'sr-Cyrl', '/sr-cyrl/x/'],
    ['/sr/', 'sr-Cyrl', '/sr-cyrl/'],
    ['/sr-cyrl/', 'sr-Latn', '/sr/'],
    ['/sr', 'sr-Cyrl', '/sr-cyrl/'],
    ['/sr/clanci/2/', 'sr-Cyrl', '/sr-cyrl/clanci/2/'],
    ['/sr/clanci/dva-dana-u-trebinju/', 'sr-Cyrl', '/sr-cyrl/clanci/dva-dana-u-trebinju/'],
    // English and non-edition URLs are returned unchanged.
    ['/en/articles/', 'sr-Cyrl', '/en/articles/'],
    ['/en/articles/', 'sr-Latn', '/en/articles/'],
    ['/en/articles/', 'en', '/en/articles/'],
    ['/sr/x/', 'en', '/sr/x/'],
    ['/files/guide.pdf', 'sr-Cyrl', '/files/guide.pdf'],
    ['/', 'sr-Cyrl', '/'],
    ['/srpski/x/', 'sr-Cyrl', '/srpski/x/'],
  ])('%s to %s → %s', (url, edition, expected) => {
    expect(toEditionUrl(url, edition)).toBe(expected);
  });

  it('round-trips Latin → Cyrillic → Latin', () => {
    const url = '/sr/ebiblioteka/vodic/';
    expect(toEditionUrl(toEditionUrl(url, 'sr-Cyrl'), 'sr-Latn')).toBe(url);
  });
});

describe('absoluteUrl', () => {
  it.each<[string, string, string]>([
    ['/sr/', 'https://dmspot.net', 'https://dmspot.net/sr/'],
    ['/sr/', 'https://dmspot.net/', 'https://dmspot.net/sr/'],
    ['/en/articles/x/', 'https://dmspot.net', 'https://dmspot.net/en/articles/x/'],
    ['/', 'https://dmspot.net', 'https://dmspot.net/'],
    ['/files/guide.pdf', 'http://localhost:8080', 'http://localhost:8080/files/guide.pdf'],
  ])('%s on %s → %s', (p, site, expected) => {
    expect(absoluteUrl(p, site)).toBe(expected);
  });
});

describe('editionOfUrl', () => {
  it.each<[string, Edition | undefined]>([
    ['/sr/', 'sr-Latn'],
    ['/sr/clanci/x/', 'sr-Latn'],
    ['/sr-cyrl/', 'sr-Cyrl'],
    ['/sr-cyrl/clanci/x/', 'sr-Cyrl'],
    ['/en/', 'en'],
    ['/en/articles/', 'en'],
    ['/', undefined],
    ['/404.html', undefined],
    ['/files/guide.pdf', undefined],
    ['/sr-Cyrl/', undefined],
    ['', undefined],
  ])('%j → %s', (url, edition) => {
    expect(editionOfUrl(url)).toBe(edition);
  });

  it('is the inverse of each edition home URL', () => {
    for (const edition of EDITIONS) expect(editionOfUrl(`/${EDITION_INFO[edition].segment}/`)).toBe(edition);
  });
});

describe('sourceEdition', () => {
  it.each<[Lang, Edition]>([
    ['sr', 'sr-Latn'],
    ['en', 'en'],
  ])('%s → %s', (lang, edition) => {
    expect(sourceEdition(lang)).toBe(edition);
  });

  it('has the language of its edition', () => {
    for (const lang of LANGS) expect(EDITION_INFO[sourceEdition(lang)].lang).toBe(lang);
  });
});

describe('isLang', () => {
  it.each<[unknown, boolean]>([
    ['sr', true],
    ['en', true],
    ['sr-Latn', false],
    ['sr-Cyrl', false],
    ['EN', false],
    ['', false],
    [undefined, false],
    [null, false],
    [1, false],
  ])('%j → %s', (value, expected) => {
    expect(isLang(value)).toBe(expected);
  });
});

describe('isEdition', () => {
  it.each<[unknown, boolean]>([
    ['en', true],
    ['sr-Latn', true],
    ['sr-Cyrl', true],
    ['sr', false],
    ['sr-cyrl', false],
    ['sr-latn', false],
    ['', false],
    [undefined, false],
    [null, false],
    [{}, false],
  ])('%j → %s', (value, expected) => {
    expect(isEdition(value)).toBe(expected);
  });
});
