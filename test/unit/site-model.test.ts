import { describe, expect, it } from 'vitest';
import type { Edition, Lang } from '../../src/config/editions';
import type { Category } from '../../src/config/routes';
import { editionTargets, hreflangAlternates } from '../../src/content/alternates';
import {
  buildListings,
  buildTranslationMap,
  byNewest,
  itemsOf,
  neighbours,
  pageKeyOf,
  paginate,
  tagsOf,
  type ListingPage,
  type TranslationMap,
} from '../../src/content/site-model';
import type { CollectionItem } from '../../src/types/eleventy';

interface FakeOptions {
  lang: Lang;
  kind?: 'article' | 'library-item' | 'home' | 'author';
  date: string;
  category?: Category;
  tags?: string[];
  translationKey?: string;
}

function item(url: string, { lang, kind = 'article', date, category, tags, translationKey }: FakeOptions): CollectionItem {
  const fileSlug = url.split('/').filter(Boolean).pop() ?? '';
  const inputPath = `./content/${lang}/${kind === 'library-item' ? 'library' : 'articles'}/${fileSlug}.md`;
  const when = new Date(`${date}T00:00:00Z`);
  return {
    url,
    inputPath,
    fileSlug,
    date: when,
    data: {
      lang,
      kind,
      title: fileSlug,
      description: `About ${fileSlug}`,
      category,
      tagList: tags,
      translationKey,
      page: { url, inputPath, fileSlug, date: when },
    },
  };
}

const srA = item('/sr/clanci/a/', { lang: 'sr', date: '2025-05-01', category: 'life-style', tags: ['Putovanja', 'hrana'], translationKey: 'a' });
const srB = item('/sr/clanci/b/', { lang: 'sr', date: '2025-04-01', category: 'science-technology', tags: ['putovanja'] });
const srC = item('/sr/clanci/c/', { lang: 'sr', date: '2025-03-01', category: 'life-style', tags: ['Čuvanje podataka'] });
const srD = item('/sr/clanci/d/', { lang: 'sr', date: '2025-03-01', category: 'republika-srpska' }); // same day as c
const srE = item('/sr/clanci/e/', { lang: 'sr', date: '2025-01-01', category: 'life-style', tags: ['hrana', 'hrana', '!!!'] });
const enA = item('/en/articles/a/', { lang: 'en', date: '2025-05-02', category: 'life-style', tags: ['travel'], translationKey: 'a' });
const srLib = item('/sr/ebiblioteka/vodic/', { lang: 'sr', kind: 'library-item', date: '2025-02-01', translationKey: 'guide' });
const enLib = item('/en/elibrary/guide/', { lang: 'en', kind: 'library-item', date: '2025-02-01', translationKey: 'guide' });
const srHome = item('/sr/', { lang: 'sr', kind: 'home', date: '2025-01-01' });

const ALL = [srE, enLib, srC, enA, srA, srHome, srD, srLib, srB];
const SR_ARTICLES = [srA, srB, srC, srD, srE];

const urls = (items: readonly CollectionItem[]) => items.map((i) => i.url);

describe('byNewest', () => {
  it('sorts newest first', () => {
    expect(urls([srE, srA, srB].sort(byNewest))).toEqual(['/sr/clanci/a/', '/sr/clanci/b/', '/sr/clanci/e/']);
  });

  it('breaks ties by URL, whatever the input order', () => {
    expect(urls([srD, srC].sort(byNewest))).toEqual(['/sr/clanci/c/', '/sr/clanci/d/']);
    expect(urls([srC, srD].sort(byNewest))).toEqual(['/sr/clanci/c/', '/sr/clanci/d/']);
  });

  it.each<[CollectionItem, CollectionItem, number]>([
    [srA, srB, -1],
    [srB, srA, 1],
    [srC, srD, -1],
    [srD, srC, 1],
    [srA, srA, 0],
  ])('compares %#', (a, b, sign) => {
    expect(Math.sign(byNewest(a, b))).toBe(sign);
  });
});

describe('itemsOf', () => {
  it.each<['article' | 'library-item', Lang, string[]]>([
    ['article', 'sr', ['/sr/clanci/a/', '/sr/clanci/b/', '/sr/clanci/c/', '/sr/clanci/d/', '/sr/clanci/e/']],
    ['article', 'en', ['/en/articles/a/']],
    ['library-item', 'sr', ['/sr/ebiblioteka/vodic/']],
    ['library-item', 'en', ['/en/elibrary/guide/']],
  ])('%s in %s', (kind, lang, expected) => {
    expect(urls(itemsOf(ALL, kind, lang))).toEqual(expected);
  });

  it('orders eLibrary items by year, newest first, then by title: never by the file dates Eleventy gives them', () => {
    const book = (slug: string, title: string, year: number | undefined, fileDate: string) => {
      const b = item(`/sr/ebiblioteka/${slug}/`, { lang: 'sr', kind: 'library-item', date: fileDate });
      return { ...b, data: { ...b.data, title, year } };
    };
    const old = book('stara', 'Stara knjiga', 2019, '2026-12-01');
    const zeta = book('zeta', 'Žeđ za znanjem', 2024, '2020-01-01');
    const cevap = book('cevap', 'Ćevap i kultura', 2024, '2026-11-30');
    const undated = book('bez-godine', 'Bez godine', undefined, '2026-12-02');
    const expected = ['/sr/ebiblioteka/cevap/', '/sr/ebiblioteka/zeta/', '/sr/ebiblioteka/stara/', '/sr/ebiblioteka/bez-godine/'];
    expect(urls(itemsOf([old, undated, zeta, cevap], 'library-item', 'sr'))).toEqual(expected);
    expect(urls(itemsOf([zeta, cevap, undated, old], 'library-item', 'sr'))).toEqual(expected);
  });

  it('does not reorder its input', () => {
    const input = [srE, srA];
    itemsOf(input, 'article', 'sr');
    expect(input).toEqual([srE, srA]);
  });
});

describe('paginate (page size 2)', () => {
  const base = { lang: 'sr' as const, kind: 'all' as const, firstPageUrl: '/sr/clanci/', keyBase: 'articles' };

  it.each<[number, { url: string; items: number; previousUrl?: string; nextUrl?: string; pageKey: string }[]]>([
    [0, [{ url: '/sr/clanci/', items: 0, pageKey: 'articles' }]],
    [1, [{ url: '/sr/clanci/', items: 1, pageKey: 'articles' }]],
    [2, [{ url: '/sr/clanci/', items: 2, pageKey: 'articles' }]],
    [3, [
      { url: '/sr/clanci/', items: 2, nextUrl: '/sr/clanci/2/', pageKey: 'articles' },
      { url: '/sr/clanci/2/', items: 1, previousUrl: '/sr/clanci/', pageKey: 'articles/2' },
    ]],
    [5, [
      { url: '/sr/clanci/', items: 2, nextUrl: '/sr/clanci/2/', pageKey: 'articles' },
      { url: '/sr/clanci/2/', items: 2, previousUrl: '/sr/clanci/', nextUrl: '/sr/clanci/3/', pageKey: 'articles/2' },
      { url: '/sr/clanci/3/', items: 1, previousUrl: '/sr/clanci/2/', pageKey: 'articles/3' },
    ]],
  ])('%i items', (count, expected) => {
    const items = SR_ARTICLES.slice(0, count);
    const pages = paginate(items, base, 2);
    expect(pages.map((p) => ({ url: p.url, items: p.items.length, previousUrl: p.previousUrl, nextUrl: p.nextUrl, pageKey: p.pageKey }))).toEqual(
      expected.map((e) => ({ previousUrl: undefined, nextUrl: undefined, ...e })),
    );
    pages.forEach((p, i) => {
      expect(p.pageNumber).toBe(i + 1);
      expect(p.totalPages).toBe(expected.length);
      expect(p.totalItems).toBe(count);
      expect(p.firstPageUrl).toBe('/sr/clanci/');
      expect(p.lang).toBe('sr');
      expect(p.kind).toBe('all');
      expect(p).not.toHaveProperty('keyBase');
    });
    expect(pages.flatMap((p) => p.items)).toEqual(items);
  });

  it('gives no pageKey without a keyBase', () => {
    const pages = paginate(SR_ARTICLES, { lang: 'sr', kind: 'tag', tag: 'hrana', tagSlug: 'hrana', firstPageUrl: '/sr/oznake/hrana/' }, 2);
    expect(pages.map((p) => p.pageKey)).toEqual([undefined, undefined, undefined]);
    expect(pages.map((p) => p.url)).toEqual(['/sr/oznake/hrana/', '/sr/oznake/hrana/2/', '/sr/oznake/hrana/3/']);
  });

  it('uses PAGE_SIZE (20) by default', () => {
    const many = Array.from({ length: 21 }, (_, i) => item(`/en/articles/x${i}/`, { lang: 'en', date: '2025-01-01' }));
    expect(paginate(many, { lang: 'en', kind: 'all', firstPageUrl: '/en/articles/' }).map((p) => p.items.length)).toEqual([20, 1]);
  });
});

describe('tagsOf', () => {
  const tags = tagsOf(SR_ARTICLES);

  it('groups by slug, sorted by slug, naming each tag by its first spelling', () => {
    expect([...tags.keys()]).toEqual(['cuvanje-podataka', 'hrana', 'putovanja']);
    expect(tags.get('putovanja')?.tag).toBe('Putovanja');
    expect(tags.get('cuvanje-podataka')?.tag).toBe('Čuvanje podataka');
  });

  it.each<[string, string[]]>([
    ['putovanja', ['/sr/clanci/a/', '/sr/clanci/b/']],
    ['hrana', ['/sr/clanci/a/', '/sr/clanci/e/']],
    ['cuvanje-podataka', ['/sr/clanci/c/']],
  ])('lists each article once under %s, in input order', (slug, expected) => {
    expect(urls(tags.get(slug)?.items ?? [])).toEqual(expected);
  });

  it('skips a tag with an empty slug', () => {
    expect([...tags.keys()]).not.toContain('');
  });

  it('is empty without tags', () => {
    expect(tagsOf([srD]).size).toBe(0);
    expect(tagsOf([]).size).toBe(0);
  });

  it('slugs Cyrillic tags to the Latin slug', () => {
    const cyr = item('/sr/clanci/z/', { lang: 'sr', date: '2025-01-01', tags: ['Чување података'] });
    expect([...tagsOf([cyr]).keys()]).toEqual(['cuvanje-podataka']);
  });
});

describe('buildListings (page size 2)', () => {
  const listings = buildListings(ALL, 2);
  const find = (lang: Lang, url: string) => listings.find((p) => p.lang === lang && p.url === url);

  it.each<[Lang, string, ListingPage['kind'], string | undefined, string[]]>([
    ['sr', '/sr/clanci/', 'all', 'articles', ['/sr/clanci/a/', '/sr/clanci/b/']],
    ['sr', '/sr/clanci/2/', 'all', 'articles/2', ['/sr/clanci/c/', '/sr/clanci/d/']],
    ['sr', '/sr/clanci/3/', 'all', 'articles/3', ['/sr/clanci/e/']],
    ['sr', '/sr/zivot-i-stil/', 'category', 'category:life-style', ['/sr/clanci/a/', '/sr/clanci/c/']],
    ['sr', '/sr/zivot-i-stil/2/', 'category', 'category:life-style/2', ['/sr/clanci/e/']],
    ['sr', '/sr/nauka-i-tehnologija/', 'category', 'category:science-technology', ['/sr/clanci/b/']],
    ['sr', '/sr/republika-srpska/', 'category', 'category:republika-srpska', ['/sr/clanci/d/']],
    ['sr', '/sr/oznake/hrana/', 'tag', undefined, ['/sr/clanci/a/', '/sr/clanci/e/']],
    ['sr', '/sr/oznake/putovanja/', 'tag', undefined, ['/sr/clanci/a/', '/sr/clanci/b/']],
    ['sr', '/sr/oznake/cuvanje-podataka/', 'tag', undefined, ['/sr/clanci/c/']],
    ['en', '/en/articles/', 'all', 'articles', ['/en/articles/a/']],
    ['en', '/en/life-style/', 'category', 'category:life-style', ['/en/articles/a/']],
    ['en', '/en/science-technology/', 'category', 'category:science-technology', []],
    ['en', '/en/republika-srpska/', 'category', 'category:republika-srpska', []],
    ['en', '/en/tags/travel/', 'tag', undefined, ['/en/articles/a/']],
  ])('%s %s', (lang, url, kind, pageKey, items) => {
    const page = find(lang, url);
    expect(page).toBeDefined();
    expect(page?.kind).toBe(kind);
    expect(page?.pageKey).toBe(pageKey);
    expect(urls(page?.items ?? [])).toEqual(items);
  });

  it('has exactly the expected pages', () => {
    expect(listings.map((p) => p.url).sort()).toEqual([
      '/en/articles/',
      '/en/life-style/',
      '/en/republika-srpska/',
      '/en/science-technology/',
      '/en/tags/travel/',
      '/sr/clanci/',
      '/sr/clanci/2/',
      '/sr/clanci/3/',
      '/sr/nauka-i-tehnologija/',
      '/sr/oznake/cuvanje-podataka/',
      '/sr/oznake/hrana/',
      '/sr/oznake/putovanja/',
      '/sr/republika-srpska/',
      '/sr/zivot-i-stil/',
      '/sr/zivot-i-stil/2/',
    ]);
  });

  it('names tag pages by the tag as written and never gives them a pageKey', () => {
    const tagPages = listings.filter((p) => p.kind === 'tag');
    expect(tagPages.length).toBeGreaterThan(0);
    for (const p of tagPages) expect(p.pageKey).toBeUndefined();
    expect(find('sr', '/sr/oznake/putovanja/')).toMatchObject({ tag: 'Putovanja', tagSlug: 'putovanja' });
  });

  it('gives every listing URL once', () => {
    const all = listings.map((p) => p.url);
    expect(new Set(all).size).toBe(all.length);
  });

  it('leaves out library items and other pages', () => {
    const listed = new Set(listings.flatMap((p) => urls(p.items)));
    expect(listed.has(srLib.url)).toBe(false);
    expect(listed.has(srHome.url)).toBe(false);
  });

  it('gives each language its empty first pages when there are no articles', () => {
    const empty = buildListings([], 2);
    expect(empty.map((p) => `${p.url} ${p.pageKey} ${p.items.length}`).sort()).toEqual([
      '/en/articles/ articles 0',
      '/en/life-style/ category:life-style 0',
      '/en/republika-srpska/ category:republika-srpska 0',
      '/en/science-technology/ category:science-technology 0',
      '/sr/clanci/ articles 0',
      '/sr/nauka-i-tehnologija/ category:science-technology 0',
      '/sr/republika-srpska/ category:republika-srpska 0',
      '/sr/zivot-i-stil/ category:life-style 0',
    ]);
  });
});

describe('pageKeyOf', () => {
  it.each<[{ kind?: string; translationKey?: string; pageKey?: string }, string | undefined]>([
    [{ kind: 'article', translationKey: 'trebinje' }, 'article:trebinje'],
    [{ kind: 'library-item', translationKey: 'guide' }, 'library-item:guide'],
    [{ kind: 'article' }, undefined],
    [{ kind: 'home', translationKey: 'x' }, undefined],
    [{ translationKey: 'x' }, undefined],
    [{ pageKey: 'search' }, 'search'],
    [{ kind: 'article', translationKey: 'x', pageKey: 'home' }, 'home'],
    [{}, undefined],
  ])('%j → %s', (data, key) => {
    expect(pageKeyOf(data)).toBe(key);
  });
});

describe('buildTranslationMap', () => {
  const listings = buildListings(ALL, 2);
  const map = buildTranslationMap(ALL, listings);

  it.each<[string, Partial<Record<Lang, string>> | undefined]>([
    ['home', { sr: '/sr/', en: '/en/' }],
    ['author', { sr: '/sr/autor/', en: '/en/author/' }],
    ['library', { sr: '/sr/ebiblioteka/', en: '/en/elibrary/' }],
    ['recommendations', { sr: '/sr/preporuke/', en: '/en/recommendations/' }],
    ['search', { sr: '/sr/pretraga/', en: '/en/search/' }],
    ['article:a', { sr: '/sr/clanci/a/', en: '/en/articles/a/' }],
    ['library-item:guide', { sr: '/sr/ebiblioteka/vodic/', en: '/en/elibrary/guide/' }],
    ['articles', { sr: '/sr/clanci/', en: '/en/articles/' }],
    ['articles/2', { sr: '/sr/clanci/2/' }],
    ['articles/3', { sr: '/sr/clanci/3/' }],
    ['category:life-style', { sr: '/sr/zivot-i-stil/', en: '/en/life-style/' }],
    ['category:life-style/2', { sr: '/sr/zivot-i-stil/2/' }],
    ['category:science-technology', { sr: '/sr/nauka-i-tehnologija/', en: '/en/science-technology/' }],
    ['category:republika-srpska', { sr: '/sr/republika-srpska/', en: '/en/republika-srpska/' }],
    ['article:b', undefined],
  ])('%s', (key, expected) => {
    expect(map.get(key)).toEqual(expected);
  });

  it('holds no tag pages (only the index of tags) and nothing else', () => {
    expect([...map.keys()].sort()).toEqual([
      'article:a',
      'articles',
      'articles/2',
      'articles/3',
      'author',
      'category:life-style',
      'category:life-style/2',
      'category:republika-srpska',
      'category:science-technology',
      'home',
      'library',
      'library-item:guide',
      'recommendations',
      'search',
      'tags',
    ]);
  });
});

describe('neighbours', () => {
  it.each<[CollectionItem, string | undefined, string | undefined]>([
    [srA, undefined, '/sr/clanci/b/'],
    [srB, '/sr/clanci/a/', '/sr/clanci/c/'],
    [srC, '/sr/clanci/b/', '/sr/clanci/d/'],
    [srE, '/sr/clanci/d/', undefined],
  ])('%# newer / older', (article, newer, older) => {
    const result = neighbours(article, SR_ARTICLES);
    expect(result.newer?.url).toBe(newer);
    expect(result.older?.url).toBe(older);
  });

  it('finds nothing for an article not in the list', () => {
    expect(neighbours(enA, SR_ARTICLES)).toEqual({});
  });

  it('finds nothing for the only article', () => {
    expect(neighbours(enA, [enA])).toEqual({ newer: undefined, older: undefined });
  });
});

describe('editionTargets', () => {
  const map: TranslationMap = buildTranslationMap(ALL, buildListings(ALL, 2));

  it.each<[string, string, Lang, string | undefined, Partial<Record<Edition, string>>]>([
    ['a translated Serbian article', '/sr/clanci/a/', 'sr', 'article:a', { en: '/en/articles/a/', 'sr-Latn': '/sr/clanci/a/', 'sr-Cyrl': '/sr-cyrl/clanci/a/' }],
    ['its English translation', '/en/articles/a/', 'en', 'article:a', { en: '/en/articles/a/', 'sr-Latn': '/sr/clanci/a/', 'sr-Cyrl': '/sr-cyrl/clanci/a/' }],
    ['an untranslated Serbian article', '/sr/clanci/b/', 'sr', undefined, { 'sr-Latn': '/sr/clanci/b/', 'sr-Cyrl': '/sr-cyrl/clanci/b/' }],
    ['an unknown key', '/sr/clanci/b/', 'sr', 'article:none', { 'sr-Latn': '/sr/clanci/b/', 'sr-Cyrl': '/sr-cyrl/clanci/b/' }],
    ['an untranslated English page', '/en/tags/travel/', 'en', undefined, { en: '/en/tags/travel/' }],
    ['a Serbian listing page 2 with no English page 2', '/sr/clanci/2/', 'sr', 'articles/2', { 'sr-Latn': '/sr/clanci/2/', 'sr-Cyrl': '/sr-cyrl/clanci/2/' }],
    ['a category', '/en/life-style/', 'en', 'category:life-style', { en: '/en/life-style/', 'sr-Latn': '/sr/zivot-i-stil/', 'sr-Cyrl': '/sr-cyrl/zivot-i-stil/' }],
    ['the home page', '/sr/', 'sr', 'home', { en: '/en/', 'sr-Latn': '/sr/', 'sr-Cyrl': '/sr-cyrl/' }],
    ['a Serbian page given by its Cyrillic URL', '/sr-cyrl/clanci/a/', 'sr', 'article:a', { en: '/en/articles/a/', 'sr-Latn': '/sr/clanci/a/', 'sr-Cyrl': '/sr-cyrl/clanci/a/' }],
  ])('%s', (_name, url, lang, key, expected) => {
    expect(editionTargets(url, lang, key, map)).toEqual(expected);
  });
});

describe('hreflangAlternates', () => {
  const SITE = 'https://dmspot.net';
  const map: TranslationMap = buildTranslationMap(ALL, buildListings(ALL, 2));

  it('lists every edition in a fixed order, absolute, with x-default on the Serbian Latin page', () => {
    expect(hreflangAlternates(editionTargets('/sr/clanci/a/', 'sr', 'article:a', map), SITE)).toEqual([
      { hreflang: 'en', href: 'https://dmspot.net/en/articles/a/' },
      { hreflang: 'sr-Latn', href: 'https://dmspot.net/sr/clanci/a/' },
      { hreflang: 'sr-Cyrl', href: 'https://dmspot.net/sr-cyrl/clanci/a/' },
      { hreflang: 'x-default', href: 'https://dmspot.net/sr/clanci/a/' },
    ]);
  });

  it('falls back to English for x-default on an English-only page', () => {
    expect(hreflangAlternates({ en: '/en/tags/travel/' }, `${SITE}/`)).toEqual([
      { hreflang: 'en', href: 'https://dmspot.net/en/tags/travel/' },
      { hreflang: 'x-default', href: 'https://dmspot.net/en/tags/travel/' },
    ]);
  });

  it('uses an explicit x-default', () => {
    expect(hreflangAlternates({ en: '/en/', 'sr-Latn': '/sr/', 'sr-Cyrl': '/sr-cyrl/' }, SITE, '/').at(-1)).toEqual({ hreflang: 'x-default', href: 'https://dmspot.net/' });
  });

  it('gives nothing for no targets', () => {
    expect(hreflangAlternates({}, SITE)).toEqual([]);
  });

  it.each<[string, [string, Lang][], string | undefined]>([
    ['a translated article', [['/sr/clanci/a/', 'sr'], ['/sr-cyrl/clanci/a/', 'sr'], ['/en/articles/a/', 'en']], 'article:a'],
    ['a translated library item', [['/sr/ebiblioteka/vodic/', 'sr'], ['/sr-cyrl/ebiblioteka/vodic/', 'sr'], ['/en/elibrary/guide/', 'en']], 'library-item:guide'],
    ['the articles listing', [['/sr/clanci/', 'sr'], ['/sr-cyrl/clanci/', 'sr'], ['/en/articles/', 'en']], 'articles'],
    ['an untranslated Serbian article', [['/sr/clanci/b/', 'sr'], ['/sr-cyrl/clanci/b/', 'sr']], undefined],
  ])('is reciprocal: every edition of %s lists the same set', (_name, pages, key) => {
    const sets = pages.map(([url, lang]) => hreflangAlternates(editionTargets(url, lang, key, map), SITE));
    for (const set of sets) expect(set).toEqual(sets[0]);
    // Each page is among its own alternates.
    pages.forEach(([url]) => expect(sets[0]?.map((a) => a.href)).toContain(`${SITE}${url}`));
    expect(sets[0]?.filter((a) => a.hreflang === 'x-default')).toHaveLength(1);
  });
});
