/**
 * The Cyrillic edition of a rendered Serbian Latin page.
 *
 * One streaming htmlparser2 pass over the finished page, no DOM: the source is copied slice by
 * slice and only the ranges that change are replaced (text nodes, a few attribute values, the
 * root `lang`, `/sr/` URLs, JSON-LD), so the markup stays byte-identical otherwise. It runs on
 * every Serbian page of the site (FACTS: re-parsing pages is the expensive part of a build).
 */
import { Parser, QuoteType, type Handler } from 'htmlparser2';
import { latinToCyrillic, type TransliterationOptions } from '../i18n/transliterate';
import { isProtected, protectionOf, UNPROTECTED, type Protection } from './protection';

export interface CyrillicEditionOptions {
  /** Absolute site origin without a trailing slash, e.g. `https://dmspot.net`. */
  siteUrl: string;
  /** Author exceptions (see `optionsFromData`); pass the same object for every page. */
  transliteration?: TransliterationOptions;
}

/** Attributes holding prose for people (outside protected subtrees). */
const PROSE_ATTRIBUTES: ReadonlySet<string> = new Set(['alt', 'title', 'aria-label', 'aria-description', 'placeholder']);

/** Attributes holding a URL. */
const URL_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'src', 'action', 'poster', 'data-url']);

/** `<meta name|property=…>` whose `content` is prose. */
const PROSE_META: ReadonlySet<string> = new Set([
  'description', 'og:title', 'og:description', 'og:image:alt', 'og:site_name', 'twitter:title',
  'twitter:description', 'twitter:image:alt', 'application-name', 'apple-mobile-web-app-title',
]);

/** `<input type=…>` whose `value` is a visible button label. */
const BUTTON_INPUT_TYPES: ReadonlySet<string> = new Set(['submit', 'button', 'reset']);

/** The edition's own language on the root element. */
const LATIN_SERBIAN_LANG = /^sr-latn(-.*)?$/i;
/** Any Serbian tag, for JSON-LD objects (`inLanguage`). */
const SERBIAN_LANG = /^sr(?:-|$)/i;

const TEXT_ESCAPES = /[&<>\u00a0]/g;
const TEXT_ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\u00a0': '&nbsp;' };

/** Protection state of an open element (see `protection.ts`). */
interface Frame extends Protection {
  /** A `<script type="application/ld+json">`. */
  readonly jsonLd: boolean;
}

const ROOT_FRAME: Frame = { ...UNPROTECTED, jsonLd: false };

/** An attribute as written in the source. */
interface SourceAttribute {
  name: string;
  /** Decoded value. */
  value: string;
  quote: QuoteType;
  /** Start of the name; end of the whole attribute (after the closing quote). */
  start: number;
  end: number;
  /** Raw value range in the source (inside the quotes). */
  valueStart: number;
  valueEnd: number;
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The Cyrillic twin of a complete Serbian Latin page: same markup, `lang="sr-Cyrl"`, text and
 * prose attributes transliterated outside protected elements, `/sr/` links pointing at
 * `/sr-cyrl/`, the script switcher marking Cyrillic as current, JSON-LD rewritten safely.
 * See docs/transliteration.md for the rules.
 */
export function toCyrillicEdition(html: string, options: CyrillicEditionOptions): string {
  const rewriter = new EditionRewriter(html, options);
  const parser = new PositionParser(rewriter);
  rewriter.parser = parser;
  parser.end(html);
  return rewriter.result();
}

/**
 * htmlparser2's Parser reports decoded attribute values but not where they are; the tokenizer
 * callbacks it implements do carry the positions, so they are intercepted on the way through.
 */
class PositionParser extends Parser {
  private readonly rewriter: EditionRewriter;

  constructor(rewriter: EditionRewriter) {
    super(rewriter, { decodeEntities: true });
    this.rewriter = rewriter;
  }

  override onattribname(start: number, endIndex: number): void {
    this.rewriter.attributeNameAt(start, endIndex);
    super.onattribname(start, endIndex);
  }

  override onattribend(quote: QuoteType, endIndex: number): void {
    this.rewriter.attributeEndAt(quote, endIndex);
    super.onattribend(quote, endIndex);
  }

  override ontext(start: number, endIndex: number): void {
    this.rewriter.textAt(start, endIndex);
    super.ontext(start, endIndex);
  }

  override ontextentity(codepoint: number, endIndex: number): void {
    // An entity continues the current text run, or starts one where the last event ended.
    this.rewriter.textAt(this.rewriter.textRunEnd() ?? this.startIndex, endIndex);
    super.ontextentity(codepoint, endIndex);
  }
}

class EditionRewriter implements Partial<Handler> {
  parser: Parser | null = null;
  private readonly html: string;
  private readonly siteUrl: string;
  private readonly transliteration: TransliterationOptions | undefined;
  private readonly stack: Frame[] = [];
  private readonly pieces: string[] = [];
  private cursor = 0;
  // The open tag being read.
  private attributes: SourceAttribute[] = [];
  private nameStart = 0;
  private nameEnd = 0;
  private attributeQuote: QuoteType = QuoteType.NoValue;
  private attributeEnd = 0;
  // The current run of text (decoded), between two non-text events.
  private runText = '';
  private runStart = -1;
  private runEnd = -1;

  constructor(html: string, options: CyrillicEditionOptions) {
    this.html = html;
    this.siteUrl = options.siteUrl.replace(/\/+$/, '');
    this.transliteration = options.transliteration;
  }

  result(): string {
    this.pieces.push(this.html.slice(this.cursor));
    return this.pieces.join('');
  }

  // --- positions from the tokenizer -----------------------------------------------------------

  attributeNameAt(start: number, end: number): void {
    this.nameStart = start;
    this.nameEnd = end;
  }

  attributeEndAt(quote: QuoteType, end: number): void {
    this.attributeQuote = quote;
    this.attributeEnd = end;
  }

  textAt(start: number, end: number): void {
    if (this.runStart < 0) this.runStart = start;
    this.runEnd = end;
  }

  textRunEnd(): number | null {
    return this.runStart < 0 ? null : this.runEnd;
  }

  // --- parser events --------------------------------------------------------------------------

  ontext(data: string): void {
    this.runText += data;
  }

  onopentagname(): void {
    this.flushText();
    this.attributes = [];
  }

  onattribute(name: string, value: string): void {
    const html = this.html;
    const quote = this.attributeQuote;
    let valueStart = this.nameEnd;
    let valueEnd = this.nameEnd;
    let end = this.nameEnd;
    if (quote !== QuoteType.NoValue) {
      // Skip `=`, whitespace and the opening quote: the tokenizer does not report where the value starts.
      valueStart = html.indexOf('=', this.nameEnd) + 1;
      while (isWhitespace(html.charCodeAt(valueStart))) valueStart++;
      if (quote === QuoteType.Double || quote === QuoteType.Single) valueStart++;
      end = this.attributeEnd;
      valueEnd = quote === QuoteType.Unquoted ? end : end - 1;
    }
    this.attributes.push({ name, value, quote, start: this.nameStart, end, valueStart, valueEnd });
  }

  onopentag(name: string, attributes: Record<string, string>, isImplied: boolean): void {
    const parent = this.stack[this.stack.length - 1] ?? ROOT_FRAME;
    const isRoot = name === 'html' && this.stack.length === 0;
    const frame: Frame = {
      ...protectionOf(parent, name, attributes, isRoot),
      jsonLd: name === 'script' && (attributes['type'] ?? '').trim().toLowerCase() === 'application/ld+json',
    };
    this.stack.push(frame);
    // An implied tag (`</p>` without `<p>`) has no attributes in the source to rewrite.
    if (!isImplied && this.attributes.length > 0) this.rewriteAttributes(name, attributes, frame, isRoot);
    this.attributes = [];
  }

  onclosetag(): void {
    this.flushText();
    this.stack.pop();
  }

  oncomment(): void {
    this.flushText();
  }

  onprocessinginstruction(): void {
    this.flushText();
  }

  oncdatastart(): void {
    this.flushText();
  }

  onend(): void {
    this.flushText();
  }

  // --- rewriting ------------------------------------------------------------------------------

  private replace(start: number, end: number, text: string): void {
    if (start < this.cursor) throw new Error(`toCyrillicEdition: overlapping edit at ${start}`);
    this.pieces.push(this.html.slice(this.cursor, start), text);
    this.cursor = end;
  }

  private flushText(): void {
    if (this.runStart < 0) return;
    const start = this.runStart;
    const end = this.runEnd;
    const decoded = this.runText;
    this.runStart = -1;
    this.runEnd = -1;
    this.runText = '';
    const frame = this.stack[this.stack.length - 1] ?? ROOT_FRAME;
    if (frame.jsonLd) {
      // Raw text: script content is not entity-decoded.
      const rewritten = this.rewriteJsonLd(this.html.slice(start, end));
      if (rewritten !== null) this.replace(start, end, rewritten);
      return;
    }
    if (isProtected(frame)) return;
    const transliterated = cachedLatinToCyrillic(decoded, this.transliteration);
    if (transliterated !== decoded) this.replace(start, end, transliterated.replace(TEXT_ESCAPES, (char) => TEXT_ENTITY[char] ?? char));
  }

  private rewriteAttributes(tag: string, attributes: Record<string, string>, frame: Frame, isRoot: boolean): void {
    const edits: Edit[] = [];
    const seen = new Set<string>();
    const hasHreflang = attributes['hreflang'] !== undefined;
    const metaKey = tag === 'meta' ? (attributes['property'] ?? attributes['name'] ?? '').trim().toLowerCase() : '';
    const prose = !isProtected(frame);
    for (const attribute of this.attributes) {
      const name = attribute.name;
      // Browsers use the first of duplicated attributes; so does this.
      if (seen.has(name)) continue;
      seen.add(name);
      let value: string | null = null;
      if (isRoot && name === 'lang') {
        const match = LATIN_SERBIAN_LANG.exec(attribute.value.trim());
        if (match !== null) value = `sr-Cyrl${match[1] ?? ''}`;
      } else if ((URL_ATTRIBUTES.has(name) || (name === 'content' && (metaKey === 'og:url' || metaKey === 'og:image'))) && !hasHreflang) {
        value = this.editionUrl(attribute.value);
      } else if (prose && isProseAttribute(tag, name, attributes, metaKey)) {
        value = latinToCyrillic(attribute.value, this.transliteration);
      } else if (tag === 'a' && hasHreflang && name === 'aria-current') {
        edits.push({ start: trimStartBack(this.html, attribute.start), end: attribute.end, text: '' });
        continue;
      }
      if (value !== null && value !== attribute.value) {
        edits.push({ start: attribute.valueStart, end: attribute.valueEnd, text: encodeAttribute(value, attribute.quote) });
      }
    }
    if (tag === 'a' && hasHreflang && (attributes['hreflang'] ?? '').trim().toLowerCase() === 'sr-cyrl') {
      // The switchers mark the reader's current edition; this page is the Cyrillic one.
      const last = this.attributes[this.attributes.length - 1]!;
      edits.push({ start: last.end, end: last.end, text: ' aria-current="page"' });
    }
    edits.sort((a, b) => a.start - b.start || a.end - b.end);
    for (const edit of edits) this.replace(edit.start, edit.end, edit.text);
  }

  /** `/sr/…` and `${siteUrl}/sr/…` → the same under `/sr-cyrl/`; any other URL unchanged. */
  private editionUrl(url: string): string {
    if (url.startsWith('/sr') && isEditionBoundary(url, 3)) return `/sr-cyrl${url.slice(3)}`;
    const absolute = `${this.siteUrl}/sr`;
    if (this.siteUrl !== '' && url.startsWith(absolute) && isEditionBoundary(url, absolute.length)) {
      return `${this.siteUrl}/sr-cyrl${url.slice(absolute.length)}`;
    }
    return url;
  }

  /** The JSON-LD block rewritten, or null when it is unchanged or not valid JSON (then left alone). */
  private rewriteJsonLd(raw: string): string | null {
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return null;
    }
    let changed = false;
    const walk = (value: unknown, key: string, serbian: boolean): unknown => {
      if (typeof value === 'string') {
        const next = this.jsonLdString(value, key, serbian);
        if (next !== value) changed = true;
        return next;
      }
      if (Array.isArray(value)) return value.map((item) => walk(item, key, serbian));
      if (value !== null && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        // An object in another language (a workTranslation in English) keeps its prose.
        const language = record['inLanguage'];
        const objectSerbian = typeof language === 'string' ? SERBIAN_LANG.test(language) : serbian;
        const result: Record<string, unknown> = {};
        for (const [childKey, child] of Object.entries(record)) result[childKey] = walk(child, childKey, objectSerbian);
        return result;
      }
      return value;
    };
    const rewritten = walk(data, '', true);
    if (!changed) return null;
    const leading = /^\s*/.exec(raw)?.[0] ?? '';
    const trailing = /\s*$/.exec(raw)?.[0] ?? '';
    const json = JSON.stringify(rewritten, null, detectIndent(raw))
      .replace(/</g, '\\u003c')
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029');
    return leading + json + trailing;
  }

  private jsonLdString(value: string, key: string, serbian: boolean): string {
    if (key === 'inLanguage') {
      const match = LATIN_SERBIAN_LANG.exec(value);
      return match === null ? value : `sr-Cyrl${match[1] ?? ''}`;
    }
    if (JSON_URL.test(value)) return this.editionUrl(value);
    if (!serbian || key.startsWith('@') || JSON_NON_PROSE_KEYS.has(key) || JSON_NON_PROSE_KEY.test(key) || ISO_DATE.test(value)) return value;
    return latinToCyrillic(value, this.transliteration);
  }
}

/** JSON-LD keys whose string values are identifiers, codes or formats, never prose. */
const JSON_NON_PROSE_KEYS: ReadonlySet<string> = new Set([
  'id', 'identifier', 'url', 'sameAs', 'email', 'telephone', 'faxNumber', 'isbn', 'issn', 'sku', 'gtin',
  'duration', 'encodingFormat', 'fileFormat', 'license', 'contentSize', 'width', 'height', 'postalCode',
  'addressCountry', 'priceCurrency', 'price', 'ratingValue', 'bestRating', 'worstRating', 'copyrightYear',
  'wordCount', 'timeRequired', 'availability', 'acceptedAnswer', 'logo', 'image', 'mainEntityOfPage',
]);
/** Key shapes that are never prose: datePublished, uploadDate, startTime, contentUrl, embedURL. */
const JSON_NON_PROSE_KEY = /^date|Date$|Time$|Url$|URL$/;
const JSON_URL = /^(?:https?:\/\/|\/)/i;
const ISO_DATE = /^\d{4}-\d{2}(?:-\d{2})?(?:[T ][\d:.]+)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/** Short texts (navigation, labels, footer) repeat on every page: transliterate each once. */
const SHORT_TEXT = 160;
const CACHE_LIMIT = 100_000;
const textCaches = new WeakMap<object, Map<string, string>>();
const NO_OPTIONS = {};

function cachedLatinToCyrillic(text: string, options: TransliterationOptions | undefined): string {
  if (text.length > SHORT_TEXT) return latinToCyrillic(text, options);
  const key = options ?? NO_OPTIONS;
  let cache = textCaches.get(key);
  if (!cache) {
    cache = new Map();
    textCaches.set(key, cache);
  }
  let result = cache.get(text);
  if (result === undefined) {
    result = latinToCyrillic(text, options);
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(text, result);
  }
  return result;
}

function isProseAttribute(tag: string, name: string, attributes: Record<string, string>, metaKey: string): boolean {
  if (PROSE_ATTRIBUTES.has(name) || name.startsWith('data-label-')) return true;
  if (name === 'value') return tag === 'input' && BUTTON_INPUT_TYPES.has((attributes['type'] ?? '').trim().toLowerCase());
  if (name === 'content') return tag === 'meta' && PROSE_META.has(metaKey);
  return false;
}

/** `/sr` must be a whole path segment: `/sr`, `/sr/…`, `/sr?…`, `/sr#…`, not `/srpski`. */
function isEditionBoundary(url: string, index: number): boolean {
  if (index === url.length) return true;
  const next = url.charCodeAt(index);
  return next === 0x2f || next === 0x3f || next === 0x23;
}

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

/** Start of the whitespace before `index`, so a removed attribute takes its separator along. */
function trimStartBack(html: string, index: number): number {
  let start = index;
  while (start > 0 && isWhitespace(html.charCodeAt(start - 1))) start--;
  return start;
}

function encodeAttribute(value: string, quote: QuoteType): string {
  let encoded = value.replace(/&/g, '&amp;');
  if (quote === QuoteType.Single) return encoded.replace(/'/g, '&#39;');
  if (quote === QuoteType.Double || /[\s>]/.test(value)) encoded = encoded.replace(/"/g, '&quot;');
  // An unquoted value stays unquoted (byte-identical markup) unless it now holds a character
  // that would end it: whitespace or `>`.
  if (quote === QuoteType.Unquoted && /[\s>]/.test(value)) return `"${encoded}"`;
  return encoded;
}

/** The indentation of a pretty-printed JSON block (`''` for a one-line one). */
function detectIndent(raw: string): string | number {
  const match = /\n([ \t]+)\S/.exec(raw.trim());
  if (match === null) return raw.trim().includes('\n') ? 2 : '';
  const indent = match[1]!;
  return indent.startsWith('\t') ? '\t' : indent.length;
}
