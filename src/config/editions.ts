/**
 * The three editions of the site. A page belongs to exactly one edition; the Serbian
 * Cyrillic edition is generated from the Latin one, so it has no content folder of its own.
 */
export const EDITIONS = ['en', 'sr-Latn', 'sr-Cyrl'] as const;
export type Edition = (typeof EDITIONS)[number];

/** Languages the author writes in: one content folder each (`content/en`, `content/sr`). */
export const LANGS = ['sr', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export interface EditionInfo {
  /** BCP 47 tag used in `<html lang>`, `hreflang` and feeds. */
  readonly tag: Edition;
  /** The language folder the text comes from. */
  readonly lang: Lang;
  /** First URL segment, without slashes. */
  readonly segment: string;
  /** Locale for `Intl` (dates, plurals). */
  readonly intl: string;
  /** Open Graph locale. */
  readonly ogLocale: string;
}

export const EDITION_INFO: Readonly<Record<Edition, EditionInfo>> = {
  en: { tag: 'en', lang: 'en', segment: 'en', intl: 'en-US', ogLocale: 'en_US' },
  'sr-Latn': { tag: 'sr-Latn', lang: 'sr', segment: 'sr', intl: 'sr-Latn', ogLocale: 'sr_RS' },
  'sr-Cyrl': { tag: 'sr-Cyrl', lang: 'sr', segment: 'sr-cyrl', intl: 'sr-Cyrl', ogLocale: 'sr_RS' },
};

/** The edition a language's source text is rendered in by Eleventy (Cyrillic is derived). */
export function sourceEdition(lang: Lang): Edition {
  return lang === 'sr' ? 'sr-Latn' : 'en';
}

export function isLang(value: unknown): value is Lang {
  return value === 'sr' || value === 'en';
}

export function isEdition(value: unknown): value is Edition {
  return (EDITIONS as readonly unknown[]).includes(value);
}

/** The edition a root-relative URL belongs to, from its first segment; undefined outside editions. */
export function editionOfUrl(url: string): Edition | undefined {
  const segment = url.split('/')[1];
  for (const edition of EDITIONS) if (EDITION_INFO[edition].segment === segment) return edition;
  return undefined;
}
