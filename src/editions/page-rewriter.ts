/**
 * The Serbian editions of a rendered page, made by one streaming htmlparser2 pass, no DOM. The
 * source is copied slice by slice and only the ranges that change are replaced (text nodes, a few
 * attribute values, the root `lang`, `/sr/` URLs, JSON-LD), so the markup stays byte-identical
 * otherwise. One pass gives both scripts (and, through `extra` handlers, whatever else reads the
 * page, such as the search index): a page is parsed once after it is rendered.
 */
import { QuoteType, type Handler } from 'htmlparser2';
import { detectIndent, encodeAttribute, isWhitespace, Output, PositionParser, tee, TEXT_ENTITY, TEXT_ESCAPES, trimStartBack, type Edit, type PositionListener, type SourceAttribute } from './html-splice';
import type { TransliterationOptions } from '../i18n/transliterate';
import { isProtected, protectionOf, UNPROTECTED, type Protection, type Script } from './protection';
import { editionUrl, isJsonLdProse, isProseAttribute, JSON_URL, LATIN_SERBIAN_LANG, SERBIAN_LANG, toScript, URL_ATTRIBUTES, URL_META } from './script-policy';

export interface EditionOptions {
  /** Absolute site origin without a trailing slash, e.g. `https://dmspot.net`. */
  readonly siteUrl: string;
  /** Author exceptions (see `optionsFromData`); pass the same object for every page. */
  readonly transliteration?: TransliterationOptions;
}

/** Any Cyrillic letter: what the Latin edition rewrites. */
const HAS_CYRILLIC = /[\u0400-\u052f]/;

/** Protection state of an open element. */
interface Frame extends Protection {
  /** A `<script type="application/ld+json">`. */
  readonly jsonLd: boolean;
}

const ROOT_FRAME: Frame = { ...UNPROTECTED, jsonLd: false };

class PageRewriter implements Partial<Handler>, PositionListener {
  private readonly siteUrl: string;
  private readonly transliteration: TransliterationOptions | undefined;
  private readonly outputs: Output[];
  private readonly stack: Frame[] = [];
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

  constructor(
    private readonly html: string,
    scripts: readonly Script[],
    options: EditionOptions,
  ) {
    this.siteUrl = options.siteUrl.replace(/\/+$/, '');
    this.transliteration = options.transliteration;
    this.outputs = scripts.map((script) => new Output(script));
  }

  results(): Record<Script, string | undefined> {
    const out: Record<Script, string | undefined> = { Latn: undefined, Cyrl: undefined };
    for (const output of this.outputs) out[output.script] = output.result(this.html);
    return out;
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
    if (!isImplied && this.attributes.length > 0) {
      for (const output of this.outputs) {
        // The Latin edition changes only Cyrillic prose: its URLs and `lang` are as rendered.
        if (output.script === 'Latn' && !this.attributes.some((attribute) => HAS_CYRILLIC.test(attribute.value))) continue;
        this.rewriteAttributes(output, name, attributes, frame, isRoot);
      }
    }
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

  private flushText(): void {
    if (this.runStart < 0) return;
    const start = this.runStart;
    const end = this.runEnd;
    const decoded = this.runText;
    this.runStart = -1;
    this.runEnd = -1;
    this.runText = '';
    const frame = this.stack[this.stack.length - 1] ?? ROOT_FRAME;
    for (const output of this.outputs) {
      if (frame.jsonLd) {
        // Raw text: script content is not entity-decoded.
        if (output.script === 'Latn' && !HAS_CYRILLIC.test(decoded)) continue;
        const rewritten = this.rewriteJsonLd(this.html.slice(start, end), output.script);
        if (rewritten !== null) output.replace(this.html, start, end, rewritten);
        continue;
      }
      if (isProtected(frame, output.script)) continue;
      const converted = toScript(decoded, output.script, this.transliteration);
      if (converted !== decoded) output.replace(this.html, start, end, converted.replace(TEXT_ESCAPES, (char) => TEXT_ENTITY[char] ?? char));
    }
  }

  private rewriteAttributes(output: Output, tag: string, attributes: Record<string, string>, frame: Frame, isRoot: boolean): void {
    const script = output.script;
    const edits: Edit[] = [];
    const seen = new Set<string>();
    const hasHreflang = attributes['hreflang'] !== undefined;
    const metaKey = tag === 'meta' ? (attributes['property'] ?? attributes['name'] ?? '').trim().toLowerCase() : '';
    const prose = !isProtected(frame, script);
    for (const attribute of this.attributes) {
      const name = attribute.name;
      // Browsers use the first of duplicated attributes; so does this.
      if (seen.has(name)) continue;
      seen.add(name);
      let value: string | null = null;
      if (isRoot && name === 'lang') {
        const match = LATIN_SERBIAN_LANG.exec(attribute.value.trim());
        if (match !== null && script === 'Cyrl') value = `sr-Cyrl${match[1] ?? ''}`;
      } else if ((URL_ATTRIBUTES.has(name) || (name === 'content' && URL_META.has(metaKey))) && !hasHreflang) {
        value = editionUrl(attribute.value, script, this.siteUrl);
      } else if (prose && isProseAttribute(tag, name, attributes, metaKey)) {
        value = toScript(attribute.value, script, this.transliteration);
      } else if (script === 'Cyrl' && tag === 'a' && hasHreflang && name === 'aria-current') {
        edits.push({ start: trimStartBack(this.html, attribute.start), end: attribute.end, text: '' });
        continue;
      }
      if (value !== null && value !== attribute.value) {
        edits.push({ start: attribute.valueStart, end: attribute.valueEnd, text: encodeAttribute(value, attribute.quote) });
      }
    }
    if (script === 'Cyrl' && tag === 'a' && hasHreflang && (attributes['hreflang'] ?? '').trim().toLowerCase() === 'sr-cyrl') {
      // The switchers mark the reader's current edition; this page is the Cyrillic one.
      const last = this.attributes[this.attributes.length - 1]!;
      edits.push({ start: last.end, end: last.end, text: ' aria-current="page"' });
    }
    edits.sort((a, b) => a.start - b.start || a.end - b.end);
    for (const edit of edits) output.replace(this.html, edit.start, edit.end, edit.text);
  }

  /** The JSON-LD block rewritten for `script`, or null when it is unchanged or not valid JSON (then left alone). */
  private rewriteJsonLd(raw: string, script: Script): string | null {
    let data: unknown;
    try {
      data = JSON.parse(raw);
    } catch {
      return null;
    }
    let changed = false;
    const walk = (value: unknown, key: string, serbian: boolean): unknown => {
      if (typeof value === 'string') {
        const next = this.jsonLdString(value, key, serbian, script);
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

  private jsonLdString(value: string, key: string, serbian: boolean, script: Script): string {
    if (key === 'inLanguage') {
      const match = LATIN_SERBIAN_LANG.exec(value);
      return match === null || script === 'Latn' ? value : `sr-Cyrl${match[1] ?? ''}`;
    }
    if (JSON_URL.test(value)) return editionUrl(value, script, this.siteUrl);
    if (!serbian || !isJsonLdProse(key, value)) return value;
    return toScript(value, script, this.transliteration);
  }
}

/**
 * Rewrites a rendered Serbian page (or fragment) into the `scripts` editions in one parse, with
 * `extra` handlers reading the same events (the search index's fold). The Latin page is rendered
 * with `lang="sr-Latn"` and `/sr/` URLs, in the script(s) its author wrote; the Cyrillic one gets
 * `lang="sr-Cyrl"`, `/sr-cyrl/` URLs and the script switcher's current mark.
 */
export function rewritePage(html: string, scripts: readonly Script[], options: EditionOptions, extra: readonly Partial<Handler>[] = []): Record<Script, string | undefined> {
  const rewriter = new PageRewriter(html, scripts, options);
  const parser = new PositionParser(rewriter, extra.length ? tee([rewriter, ...extra]) : rewriter);
  parser.end(html);
  return rewriter.results();
}

/** The Cyrillic edition of a rendered Serbian page (see docs/transliteration.md). */
export function toCyrillicEdition(html: string, options: EditionOptions): string {
  return rewritePage(html, ['Cyrl'], options).Cyrl as string;
}

/** The Latin edition of a rendered Serbian page written in either script (or both). */
export function toLatinEdition(html: string, options: EditionOptions): string {
  return rewritePage(html, ['Latn'], options).Latn as string;
}
