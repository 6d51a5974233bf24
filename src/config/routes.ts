import { EDITION_INFO, type Edition, type Lang } from './editions';

/**
 * Public URLs. They are interface (readers' bookmarks, search engines), written in issue #2:
 * change none of them without a redirect plan.
 */
export const CATEGORIES = ['science-technology', 'life-style', 'republika-srpska'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Localised path segments of the site's sections. */
export const SECTION_SEGMENTS = {
  articles: { sr: 'clanci', en: 'articles' },
  tags: { sr: 'oznake', en: 'tags' },
  author: { sr: 'autor', en: 'author' },
  library: { sr: 'ebiblioteka', en: 'elibrary' },
  recommendations: { sr: 'preporuke', en: 'recommendations' },
  search: { sr: 'pretraga', en: 'search' },
} as const satisfies Record<string, Record<Lang, string>>;
export type Section = keyof typeof SECTION_SEGMENTS;

export const CATEGORY_SEGMENTS: Readonly<Record<Category, Record<Lang, string>>> = {
  'science-technology': { sr: 'nauka-i-tehnologija', en: 'science-technology' },
  'life-style': { sr: 'zivot-i-stil', en: 'life-style' },
  'republika-srpska': { sr: 'republika-srpska', en: 'republika-srpska' },
};

/** Articles per listing page. */
export const PAGE_SIZE = 20;

const LANG_SEGMENT: Readonly<Record<Lang, string>> = { sr: 'sr', en: 'en' };

export function homeUrl(lang: Lang): string {
  return `/${LANG_SEGMENT[lang]}/`;
}

export function sectionUrl(section: Section, lang: Lang): string {
  return `/${LANG_SEGMENT[lang]}/${SECTION_SEGMENTS[section][lang]}/`;
}

/** Page `n` (1-based) of a paginated listing whose first page is `firstPageUrl`. */
export function pagedUrl(firstPageUrl: string, n: number): string {
  return n <= 1 ? firstPageUrl : `${firstPageUrl}${n}/`;
}

export function articleUrl(lang: Lang, slug: string): string {
  return `${sectionUrl('articles', lang)}${slug}/`;
}

export function categoryUrl(category: Category, lang: Lang): string {
  return `/${LANG_SEGMENT[lang]}/${CATEGORY_SEGMENTS[category][lang]}/`;
}

export function tagUrl(tagSlug: string, lang: Lang): string {
  return `${sectionUrl('tags', lang)}${tagSlug}/`;
}

export function libraryItemUrl(lang: Lang, slug: string): string {
  return `${sectionUrl('library', lang)}${slug}/`;
}

/** Stable public URL of a library file kept in `content/files/`. */
export function libraryFileUrl(repoPath: string): string {
  const name = repoPath.split('/').pop() ?? repoPath;
  return `/files/${name}`;
}

/**
 * The same page in another script edition: `/sr/x/` ↔ `/sr-cyrl/x/`. English URLs and URLs
 * outside the Serbian editions are returned unchanged.
 */
export function toEditionUrl(url: string, edition: Edition): string {
  const target = EDITION_INFO[edition].segment;
  const match = /^\/(sr|sr-cyrl)(\/.*)?$/.exec(url);
  if (!match || edition === 'en') return url;
  return `/${target}${match[2] ?? '/'}`;
}

/** Absolute URL on the site: `absoluteUrl('/sr/', 'https://dmspot.net')`. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).href;
}
