import { LANGS, type Lang } from '../config/editions';
import {
  CATEGORIES,
  categoryUrl,
  homeUrl,
  PAGE_SIZE,
  pagedUrl,
  sectionUrl,
  tagUrl,
  type Category,
  type Section,
} from '../config/routes';
import { slugify } from '../i18n/slug';
import type { CollectionItem } from '../types/eleventy';

/** One page of an article listing: all articles, a category, or a tag. */
export interface ListingPage {
  readonly lang: Lang;
  readonly kind: 'all' | 'category' | 'tag';
  readonly category?: Category;
  /** The tag as the author wrote it, and its slug. */
  readonly tag?: string;
  readonly tagSlug?: string;
  readonly url: string;
  /** 1-based. */
  readonly pageNumber: number;
  readonly totalPages: number;
  readonly firstPageUrl: string;
  readonly previousUrl?: string;
  readonly nextUrl?: string;
  readonly totalItems: number;
  readonly items: readonly CollectionItem[];
  /** Same key in both languages = the same page; tags have none (they are per language). */
  readonly pageKey?: string;
}

/** Newest first; ties broken by URL so the order is deterministic. */
export function byNewest(a: CollectionItem, b: CollectionItem): number {
  return b.date.getTime() - a.date.getTime() || a.url.localeCompare(b.url);
}

/**
 * eLibrary items carry no date of their own (Eleventy would give them the file's, which differs
 * between checkouts): newest publication year first, then by title in the edition's language.
 */
export function byLibraryOrder(a: CollectionItem, b: CollectionItem): number {
  return (b.data.year ?? 0) - (a.data.year ?? 0) || a.data.title.localeCompare(b.data.title, a.data.lang) || a.url.localeCompare(b.url);
}

/**
 * Results of `itemsOf` per collection array: every article page asks for its language's articles
 * (for previous/next), so without this a build would filter and sort N items N times.
 */
const itemsCache = new WeakMap<readonly CollectionItem[], Map<string, CollectionItem[]>>();

/**
 * Items of one kind in one language, newest first: articles by date, eLibrary items by year
 * (computed once per collection array).
 */
export function itemsOf(items: readonly CollectionItem[], kind: 'article' | 'library-item', lang: Lang): CollectionItem[] {
  let byKey = itemsCache.get(items);
  if (!byKey) {
    byKey = new Map();
    itemsCache.set(items, byKey);
  }
  const key = `${kind}\u0000${lang}`;
  let result = byKey.get(key);
  if (!result) {
    result = items.filter((item) => item.data.kind === kind && item.data.lang === lang).sort(kind === 'library-item' ? byLibraryOrder : byNewest);
    byKey.set(key, result);
  }
  return result;
}

/** Splits a sorted list into listing pages of PAGE_SIZE, always at least one (possibly empty). */
export function paginate(
  items: readonly CollectionItem[],
  base: Omit<ListingPage, 'url' | 'pageNumber' | 'totalPages' | 'items' | 'previousUrl' | 'nextUrl' | 'totalItems' | 'pageKey'> & { keyBase?: string },
  pageSize = PAGE_SIZE,
): ListingPage[] {
  const totalPages = Math.max(1, Math.ceil(items.length / pageSize));
  const pages: ListingPage[] = [];
  const { keyBase, ...rest } = base;
  for (let n = 1; n <= totalPages; n++) {
    pages.push({
      ...rest,
      url: pagedUrl(base.firstPageUrl, n),
      pageNumber: n,
      totalPages,
      totalItems: items.length,
      items: items.slice((n - 1) * pageSize, n * pageSize),
      previousUrl: n > 1 ? pagedUrl(base.firstPageUrl, n - 1) : undefined,
      nextUrl: n < totalPages ? pagedUrl(base.firstPageUrl, n + 1) : undefined,
      pageKey: keyBase ? (n === 1 ? keyBase : `${keyBase}/${n}`) : undefined,
    });
  }
  return pages;
}

/** Every listing page of the site: all articles, each category and each tag, per language. */
export function buildListings(all: readonly CollectionItem[], pageSize = PAGE_SIZE): ListingPage[] {
  const pages: ListingPage[] = [];
  for (const lang of LANGS) {
    const articles = itemsOf(all, 'article', lang);
    pages.push(...paginate(articles, { lang, kind: 'all', firstPageUrl: sectionUrl('articles', lang), keyBase: 'articles' }, pageSize));
    for (const category of CATEGORIES) {
      const inCategory = articles.filter((a) => a.data.category === category);
      pages.push(...paginate(inCategory, { lang, kind: 'category', category, firstPageUrl: categoryUrl(category, lang), keyBase: `category:${category}` }, pageSize));
    }
    for (const [tagSlug, { tag, items }] of tagsOf(articles)) {
      pages.push(...paginate(items, { lang, kind: 'tag', tag, tagSlug, firstPageUrl: tagUrl(tagSlug, lang) }, pageSize));
    }
  }
  return pages;
}

/** Tags of a language's articles by slug, sorted by slug; the first spelling seen names the tag. */
export function tagsOf(articles: readonly CollectionItem[]): Map<string, { tag: string; items: CollectionItem[] }> {
  const tags = new Map<string, { tag: string; items: CollectionItem[] }>();
  for (const article of articles) {
    for (const tag of article.data.tagList ?? []) {
      const slug = slugify(tag);
      if (!slug) continue;
      const entry = tags.get(slug) ?? { tag, items: [] };
      if (!entry.items.includes(article)) entry.items.push(article);
      tags.set(slug, entry);
    }
  }
  return new Map([...tags].sort(([a], [b]) => a.localeCompare(b)));
}

/** One tag of a language on the index of tags. */
export interface TagEntry {
  /** As the author wrote it (the first spelling seen), and its URL slug. */
  readonly tag: string;
  readonly slug: string;
  /** How many articles carry it. */
  readonly count: number;
}

/**
 * The index of a language's tags: most used first, then alphabetically in the language's order
 * (`č` after `c`). Counting first keeps the order meaningful in the Cyrillic edition too, whose
 * text is the Latin page transliterated (the alphabets sort differently).
 */
export function tagIndex(articles: readonly CollectionItem[], lang: Lang): TagEntry[] {
  const collator = new Intl.Collator(lang === 'sr' ? 'sr-Latn' : 'en', { sensitivity: 'base' });
  return [...tagsOf(articles)]
    .map(([slug, { tag, items }]) => ({ tag, slug, count: items.length }))
    .sort((a, b) => b.count - a.count || collator.compare(a.tag, b.tag) || a.slug.localeCompare(b.slug));
}

/**
 * The authors of an eLibrary item: as its front matter names them, or the site's author for
 * the author's own work (an item without `authors`).
 */
export function libraryAuthors(data: { authors?: readonly string[] }, siteAuthor: string): string[] {
  return data.authors && data.authors.length > 0 ? [...data.authors] : [siteAuthor];
}

/** Pages that exist in both languages by construction. */
const SECTION_KEYS: readonly Section[] = ['author', 'library', 'recommendations', 'search', 'tags'];

export type TranslationMap = ReadonlyMap<string, Partial<Record<Lang, string>>>;

/**
 * Which URL each page has in each language, by page key: sections by construction, articles and
 * library items by `translationKey`, listing pages by their key (page 2 exists only where the
 * language has that many articles).
 */
export function buildTranslationMap(all: readonly CollectionItem[], listings: readonly ListingPage[]): TranslationMap {
  const map = new Map<string, Partial<Record<Lang, string>>>();
  const add = (key: string, lang: Lang, url: string) => {
    const entry = map.get(key) ?? {};
    entry[lang] = url;
    map.set(key, entry);
  };
  for (const lang of LANGS) {
    add('home', lang, homeUrl(lang));
    for (const section of SECTION_KEYS) add(section, lang, sectionUrl(section, lang));
  }
  for (const item of all) {
    const key = pageKeyOf(item.data);
    if (key && item.url) add(key, item.data.lang, item.url);
  }
  for (const listing of listings) if (listing.pageKey) add(listing.pageKey, listing.lang, listing.url);
  return map;
}

/** The page key of a content page (`article:<translationKey>`), or undefined for a page with no pair. */
export function pageKeyOf(data: { kind?: string; translationKey?: string; pageKey?: string }): string | undefined {
  if (data.pageKey) return data.pageKey;
  if (data.translationKey && (data.kind === 'article' || data.kind === 'library-item')) return `${data.kind}:${data.translationKey}`;
  return undefined;
}

const positions = new WeakMap<readonly CollectionItem[], Map<string, number>>();

/** Older and newer neighbours of an article in its language (an index lookup, not a scan). */
export function neighbours(article: Pick<CollectionItem, 'url'>, sameLang: readonly CollectionItem[]): { older?: CollectionItem; newer?: CollectionItem } {
  let byUrl = positions.get(sameLang);
  if (!byUrl) {
    byUrl = new Map(sameLang.map((a, i) => [a.url, i]));
    positions.set(sameLang, byUrl);
  }
  const index = byUrl.get(article.url) ?? -1;
  if (index < 0) return {};
  return { newer: sameLang[index - 1], older: sameLang[index + 1] };
}
