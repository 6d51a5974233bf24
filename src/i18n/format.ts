import { EDITION_INFO, type Edition, type Lang } from '../config/editions';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();

function dateFormat(intl: string): Intl.DateTimeFormat {
  let format = dateFormats.get(intl);
  if (!format) {
    // UTC: front matter dates are calendar days; a reader's time zone must not shift them.
    format = new Intl.DateTimeFormat(intl, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(intl, format);
  }
  return format;
}

/** `29. novembar 2026.` (sr-Latn), `29. новембар 2026.` (sr-Cyrl), `November 29, 2026` (en). */
export function formatDate(date: Date, edition: Edition): string {
  return dateFormat(EDITION_INFO[edition].intl).format(date);
}

/** `2026-11-29`, for `<time datetime>` and structured data. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The CLDR plural category of `count` in the language (`one`, `few`, `other` for Serbian). */
export function pluralCategory(count: number, lang: Lang): 'one' | 'few' | 'other' {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  const category = rules.select(count);
  return category === 'one' || category === 'few' ? category : 'other';
}

/** A file size for people: `24 KB`, `1.2 MB` (`1,2 MB` in Serbian). */
export function formatFileSize(bytes: number, lang: Lang): { key: 'size.kb' | 'size.mb'; size: string } {
  const locale = lang === 'sr' ? 'sr-Latn' : 'en-US';
  // Decide on the rounded figure, so 999,600 bytes reads "1 MB", never "1,000 KB".
  if (Math.round(bytes / 1000) < 1000) {
    return { key: 'size.kb', size: new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1000))) };
  }
  return { key: 'size.mb', size: new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(bytes / 1_000_000) };
}
