import { EDITIONS, type Edition, type Lang } from '../config/editions';
import { absoluteUrl, homeUrl, toEditionUrl } from '../config/routes';
import { pageKeyOf, type TranslationMap } from './site-model';

/**
 * The same page in every edition that has it. A Serbian page always has both scripts (the
 * Cyrillic edition mirrors the Latin paths); the other language only where a translation exists.
 */
export function editionTargets(url: string, lang: Lang, pageKey: string | undefined, map: TranslationMap): Partial<Record<Edition, string>> {
  const pair = pageKey ? map.get(pageKey) : undefined;
  const serbian = lang === 'sr' ? url : pair?.sr;
  const english = lang === 'en' ? url : pair?.en;
  const targets: Partial<Record<Edition, string>> = {};
  if (english) targets.en = english;
  if (serbian) {
    targets['sr-Latn'] = toEditionUrl(serbian, 'sr-Latn');
    targets['sr-Cyrl'] = toEditionUrl(serbian, 'sr-Cyrl');
  }
  return targets;
}

/**
 * `<link rel="alternate" hreflang>` entries, absolute, reciprocal by construction (every edition of
 * a page computes the same set). `x-default` is the Serbian Latin original where there is one:
 * the author writes in it and it is what `/` points readers at.
 */
export function hreflangAlternates(targets: Partial<Record<Edition, string>>, siteUrl: string, xDefault?: string): { hreflang: string; href: string }[] {
  const out: { hreflang: string; href: string }[] = EDITIONS.filter((e) => targets[e]).map((e) => ({ hreflang: e, href: absoluteUrl(targets[e] as string, siteUrl) }));
  const fallback = xDefault ?? targets['sr-Latn'] ?? targets.en;
  if (fallback) out.push({ hreflang: 'x-default', href: absoluteUrl(fallback, siteUrl) });
  return out;
}

/** What the head of a page (and the sitemap) needs from its data to know its other editions. */
export interface EditionData {
  readonly lang: Lang;
  readonly kind?: string;
  /** Pages outside the editions (`/`, `/404.html`): every edition's home. */
  readonly standalone?: boolean;
  readonly xDefault?: string;
  readonly listing?: { readonly pageKey?: string };
  readonly pageKey?: string;
  readonly translationKey?: string;
}

/** The same page in every edition that has it: what the switchers and `hreflang` offer. */
export function pageTargets(data: EditionData, url: string, map: TranslationMap): Partial<Record<Edition, string>> {
  if (data.standalone) return { en: homeUrl('en'), 'sr-Latn': homeUrl('sr'), 'sr-Cyrl': toEditionUrl(homeUrl('sr'), 'sr-Cyrl') };
  return editionTargets(url, data.lang, data.listing?.pageKey ?? pageKeyOf(data), map);
}

/**
 * A page's `hreflang` alternates, as its head lists them and the sitemap repeats them. x-default:
 * the landing `/` for the homes and the landing itself (which lists the homes), the Serbian Latin
 * original elsewhere (see docs/seo-and-feeds.md); none on the 404 page.
 */
export function pageAlternates(data: EditionData, targets: Partial<Record<Edition, string>>, siteUrl: string): { hreflang: string; href: string }[] {
  if (data.standalone) return data.xDefault ? hreflangAlternates(targets, siteUrl, data.xDefault) : [];
  return hreflangAlternates(targets, siteUrl, data.xDefault ?? (data.kind === 'home' ? '/' : undefined));
}

/** Whether search engines may index a page: not a preview (draft, scheduled), not the 404 page. */
export function isIndexable(data: { readonly preview?: unknown }, url: string): boolean {
  return data.preview === undefined && url !== '/404.html';
}
