import { EDITIONS, type Edition, type Lang } from '../config/editions';
import { absoluteUrl, toEditionUrl } from '../config/routes';
import type { TranslationMap } from './site-model';

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
