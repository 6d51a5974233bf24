/**
 * The Serbian editions' policy: which parts of a page are prose to write in the edition's
 * script, which are URLs to move to the edition, and how JSON-LD is treated. Pure rules, no
 * parsing: `page-rewriter.ts` applies them to a page.
 */
import { cyrillicToLatin, latinToCyrillic, type TransliterationOptions } from '../i18n/transliterate';
import type { Script } from './protection';

/** Attributes holding prose for people (outside protected subtrees). */
const PROSE_ATTRIBUTES: ReadonlySet<string> = new Set(['alt', 'title', 'aria-label', 'aria-description', 'placeholder']);

/** Attributes holding a URL. */
export const URL_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'src', 'action', 'poster', 'data-url']);

/** `<meta name|property=…>` whose `content` is prose. */
const PROSE_META: ReadonlySet<string> = new Set([
  'description', 'og:title', 'og:description', 'og:image:alt', 'og:site_name', 'twitter:title',
  'twitter:description', 'twitter:image:alt', 'application-name', 'apple-mobile-web-app-title',
]);

/** `<meta>` whose `content` is a URL of the page's edition. */
export const URL_META: ReadonlySet<string> = new Set(['og:url', 'og:image']);

/** `<input type=…>` whose `value` is a visible button label. */
const BUTTON_INPUT_TYPES: ReadonlySet<string> = new Set(['submit', 'button', 'reset']);

/** Whether attribute `name` of `tag` holds prose a reader reads. */
export function isProseAttribute(tag: string, name: string, attributes: Readonly<Record<string, string>>, metaKey: string): boolean {
  if (PROSE_ATTRIBUTES.has(name) || name.startsWith('data-label-')) return true;
  if (name === 'value') return tag === 'input' && BUTTON_INPUT_TYPES.has((attributes['type'] ?? '').trim().toLowerCase());
  if (name === 'content') return tag === 'meta' && PROSE_META.has(metaKey);
  return false;
}

/** The edition's own language on the root element: Latin pages are rendered as `sr-Latn`. */
export const LATIN_SERBIAN_LANG = /^sr-latn(-.*)?$/i;
/** Any Serbian tag, for JSON-LD objects (`inLanguage`). */
export const SERBIAN_LANG = /^sr(?:-|$)/i;

/** JSON-LD keys whose string values are identifiers, codes or formats, never prose. */
const JSON_NON_PROSE_KEYS: ReadonlySet<string> = new Set([
  'id', 'identifier', 'url', 'sameAs', 'email', 'telephone', 'faxNumber', 'isbn', 'issn', 'sku', 'gtin',
  'duration', 'encodingFormat', 'fileFormat', 'license', 'contentSize', 'width', 'height', 'postalCode',
  'addressCountry', 'priceCurrency', 'price', 'ratingValue', 'bestRating', 'worstRating', 'copyrightYear',
  'wordCount', 'timeRequired', 'availability', 'acceptedAnswer', 'logo', 'image', 'mainEntityOfPage',
]);
/** Key shapes that are never prose: datePublished, uploadDate, startTime, contentUrl, embedURL. */
const JSON_NON_PROSE_KEY = /^date|Date$|Time$|Url$|URL$/;
export const JSON_URL = /^(?:https?:\/\/|\/)/i;
const ISO_DATE = /^\d{4}-\d{2}(?:-\d{2})?(?:[T ][\d:.]+)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** Whether a JSON-LD string under `key` is prose (in a Serbian object). */
export function isJsonLdProse(key: string, value: string): boolean {
  return !(key.startsWith('@') || JSON_NON_PROSE_KEYS.has(key) || JSON_NON_PROSE_KEY.test(key) || ISO_DATE.test(value));
}

/** `/sr` must be a whole path segment: `/sr`, `/sr/…`, `/sr?…`, `/sr#…`, not `/srpski`. */
function isEditionBoundary(url: string, index: number): boolean {
  if (index === url.length) return true;
  const next = url.charCodeAt(index);
  return next === 0x2f || next === 0x3f || next === 0x23;
}

/**
 * A URL of the Latin edition in the `script` edition: `/sr/…` and `${siteUrl}/sr/…` move under
 * `/sr-cyrl/` for Cyrillic; Latin pages already carry their own URLs. Any other URL is unchanged.
 */
export function editionUrl(url: string, script: Script, siteUrl: string): string {
  if (script === 'Latn') return url;
  if (url.startsWith('/sr') && isEditionBoundary(url, 3)) return `/sr-cyrl${url.slice(3)}`;
  const absolute = `${siteUrl}/sr`;
  if (siteUrl !== '' && url.startsWith(absolute) && isEditionBoundary(url, absolute.length)) return `${siteUrl}/sr-cyrl${url.slice(absolute.length)}`;
  return url;
}

/** Short texts (navigation, labels, footer) repeat on every page: converted to Cyrillic once each. */
const SHORT_TEXT = 160;
const CACHE_LIMIT = 100_000;
const caches = new WeakMap<object, Map<string, string>>();
const NO_OPTIONS = {};

/**
 * Serbian prose in the `script` edition, whichever script (or mix) it was written in: Latin to
 * Cyrillic with the author's exceptions, Cyrillic to Latin letter for letter. The other script's
 * letters pass through each direction unchanged.
 */
export function toScript(text: string, script: Script, options: TransliterationOptions | undefined): string {
  // Cyrillic to Latin is letter for letter, and returns at once when there is no Cyrillic.
  if (script === 'Latn') return cyrillicToLatin(text);
  if (text.length > SHORT_TEXT) return latinToCyrillic(text, options);
  const key = options ?? NO_OPTIONS;
  let cache = caches.get(key);
  if (!cache) {
    cache = new Map();
    caches.set(key, cache);
  }
  let result = cache.get(text);
  if (result === undefined) {
    result = latinToCyrillic(text, options);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(detached(text), detached(result));
  }
  return result;
}

/**
 * A copy of a short string that holds on to nothing else. The texts come from the rendered page,
 * and V8 keeps a piece of a string as a view into the whole: kept as a cache key, a navigation
 * label held its entire page (at 4,000 articles, 2,400 pages, 62 MB, to the end of the build).
 */
function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
