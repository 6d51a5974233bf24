/**
 * The form in which a Serbian page is given to Pagefind: its text folded (see `normalise.ts`) so
 * that script and diacritics do not matter to the index, and its original title and text-valued
 * metadata kept as Pagefind metadata so results can show them as written (in runs marked for
 * each script: `display.ts`). The original text is returned beside the copy: it replaces the
 * folded text in the page's result file after indexing (`fragments.ts`), so Pagefind never
 * carries it.
 *
 * A handler of htmlparser2's events that re-serialises the page: the editions' single pass over a
 * rendered page feeds it (`src/editions/serbian-page.ts`). Pagefind only reads the root's
 * `lang` and what is inside `data-pagefind-body`, so the copy holds only those (the head,
 * navigation and footer left out: less for Pagefind to read); it is never written to the site.
 */
import { Parser, type Handler } from 'htmlparser2';
import { isProtected, protectionOf, UNPROTECTED, type Protection } from '../editions/protection';
import { RUN, runMark, stripMarks } from './display';
import { foldSerbian } from './normalise';

/** Elements without a closing tag. */
const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
]);

/** Raw-text elements: copied as they are, never folded, never part of the text. */
const RAW_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style']);

/** Elements Pagefind 1.6 leaves out of a page's text (measured), besides `data-pagefind-ignore`. */
const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set(['script', 'style', 'nav', 'footer', 'form', 'label', 'noscript', 'template', 'svg', 'iframe']);

/** Elements that end a sentence-like run of text: excerpts read `Naslov. Tekst…`, not `Naslov Tekst…`. */
const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'p', 'div', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'blockquote', 'pre',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'tr', 'td', 'th', 'caption', 'figure', 'figcaption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'details', 'summary', 'address', 'hr', 'br',
]);

/** A character that ends a sentence (tested on the last character only: see `endOfContent`). */
const ENDS_SENTENCE = /^[.!?:;…]$/;
const SPACE_OR_MARK = /[\s\uE000-\uE003]/;

/**
 * Where `text` ends without its trailing whitespace and marks. Scanned from the end: a regular
 * expression anchored at the end (`/[\s…]+$/`) tries every position of the text, and the text
 * grows with the page (quadratic on a long article).
 */
function endOfContent(text: string): number {
  let end = text.length;
  while (end > 0 && SPACE_OR_MARK.test(text[end - 1]!)) end--;
  return end;
}

/**
 * The page as written, in the runs the Cyrillic edition transliterates, marked (see `display.ts`):
 * the title and metadata are added to the folded copy as Pagefind metadata (Pagefind keeps the
 * last value of a key); the text goes into the result file after indexing.
 */
export interface OriginalMeta {
  /** The page's first `<h1>` inside the indexed body (else `<title>`). */
  readonly title: string;
  /** The indexed text, without the title: what excerpts are cut from. */
  readonly text: string;
  /** Text-valued `data-pagefind-meta` keys (`authors`). */
  readonly meta: Readonly<Record<string, string>>;
}

interface Frame {
  readonly name: string;
  /** Inside `data-pagefind-body`. */
  readonly body: boolean;
  /** Left out of the indexed text (ignored or skipped element). */
  readonly skipped: boolean;
  readonly raw: boolean;
  /** Collecting the title (first h1 in the body). */
  readonly title: boolean;
  /** Text-valued meta keys this element provides. */
  readonly metaKeys: readonly string[];
  metaText: string;
  /** What the Cyrillic edition leaves Latin here. */
  readonly protection: Protection;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** `authors, date[datetime], kind:article` → the keys whose value is the element's text (`authors`). */
export function textMetaKeys(attribute: string | undefined): string[] {
  if (attribute === undefined) return [];
  return attribute
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => /^[\w-]+$/.test(entry));
}

export class FoldingSerialiser implements Partial<Handler> {
  private readonly out: string[] = [];
  private readonly stack: Frame[] = [];
  private text = '';
  private pendingBreak = false;
  private titleText = '';
  private titleDone = false;
  private documentTitle = '';
  private readonly meta: Record<string, string> = {};
  private inDocumentTitle = false;
  /** The next text starts a run (a tag, comment or the start came before it). */
  private runStart = true;

  /** `indexLanguage` replaces the root `lang` in the copy: the index Pagefind files the page under. */
  constructor(private readonly indexLanguage?: string) {}

  oncomment(): void {
    this.runStart = true;
  }

  oncdatastart(): void {
    this.runStart = true;
  }

  onprocessinginstruction(_name: string, data: string): void {
    this.runStart = true;
    this.out.push(`<${data}>`);
  }

  onopentag(name: string, attributes: Record<string, string>): void {
    const parent = this.stack[this.stack.length - 1];
    const body = (parent?.body ?? false) || 'data-pagefind-body' in attributes;
    const skipped = (parent?.skipped ?? false) || SKIPPED_ELEMENTS.has(name) || 'data-pagefind-ignore' in attributes;
    const title = body && !skipped && name === 'h1' && !this.titleDone;
    const isRoot = name === 'html' && this.stack.length === 0;
    this.runStart = true;
    this.stack.push({
      name,
      body,
      skipped,
      raw: RAW_ELEMENTS.has(name),
      title: (parent?.title ?? false) || title,
      metaKeys: textMetaKeys(attributes['data-pagefind-meta']),
      metaText: '',
      protection: protectionOf(parent?.protection ?? UNPROTECTED, name, attributes, isRoot),
    });
    // The index copy may file the page under another language (both Serbian scripts share one index).
    if (isRoot && this.indexLanguage) attributes = { ...attributes, lang: this.indexLanguage };
    if (name === 'title' && parent?.name === 'head') this.inDocumentTitle = true;
    if (BLOCK_ELEMENTS.has(name)) this.pendingBreak = true;
    if (!body && !isRoot && name !== 'body') return;
    const attrs = Object.entries(attributes).map(([key, value]) => (value === '' ? ` ${key}` : ` ${key}="${escapeAttribute(value)}"`));
    this.out.push(`<${name}${attrs.join('')}>`);
  }

  ontext(data: string): void {
    const frame = this.stack[this.stack.length - 1];
    if (frame?.raw) {
      if (frame.body) this.out.push(data);
      return;
    }
    // Pagefind reads only what is inside `data-pagefind-body` (and the root's `lang`): the rest
    // of the page is left out of the copy.
    if (frame?.body) this.out.push(escapeText(foldSerbian(data)));
    // The originals are kept in runs, as the Cyrillic edition transliterates them (see display.ts).
    const marked = this.runStart ? `${runMark(frame ? isProtected(frame.protection, 'Latn') : false, frame ? isProtected(frame.protection, 'Cyrl') : false)}${data}` : data;
    this.runStart = false;
    if (this.inDocumentTitle) this.documentTitle += marked;
    for (const open of this.stack) if (open.metaKeys.length > 0) open.metaText += marked;
    if (!frame || !frame.body || frame.skipped) return;
    if (frame.title) {
      this.titleText += marked;
      return;
    }
    this.appendText(marked);
  }

  onclosetag(name: string, isImplied: boolean): void {
    this.runStart = true;
    const frame = this.stack.pop();
    if (name === 'title') this.inDocumentTitle = false;
    if (frame?.title && !this.stack[this.stack.length - 1]?.title) this.titleDone = true;
    for (const key of frame?.metaKeys ?? []) this.meta[key] = collapse(frame!.metaText);
    if (BLOCK_ELEMENTS.has(name)) this.pendingBreak = true;
    if (name === 'body') this.out.push(this.metaElement());
    if (!frame?.body && name !== 'html' && name !== 'body') return;
    if (!VOID_ELEMENTS.has(name) && !(isImplied && VOID_ELEMENTS.has(name))) this.out.push(`</${name}>`);
  }

  result(): { html: string; original: OriginalMeta } {
    return { html: this.out.join(''), original: this.original() };
  }

  private appendText(data: string): void {
    if (this.pendingBreak && stripMarks(data).trim() !== '') {
      // Runs that held only whitespace go; the full stop is a run of its own, so it changes no
      // word of the run before it.
      const sofar = this.text.slice(0, endOfContent(this.text));
      if (sofar !== '') this.text = `${sofar}${ENDS_SENTENCE.test(sofar.at(-1) ?? '') ? '' : `${RUN}.`} `;
      this.pendingBreak = false;
    }
    this.text += data;
  }

  private originalMeta?: OriginalMeta;

  /** Computed once, after the whole page was read (the closing `</body>` or the result). */
  private original(): OriginalMeta {
    return (this.originalMeta ??= this.collectOriginal());
  }

  private collectOriginal(): OriginalMeta {
    const title = stripMarks(this.titleText).trim() !== '' ? this.titleText : this.documentTitle;
    return { title: collapse(title), text: collapse(this.text), meta: { ...this.meta } };
  }

  /** An empty element whose attributes carry the original title and text-valued metadata. */
  private metaElement(): string {
    const original = this.original();
    const entries: [string, string][] = [...Object.entries(original.meta), ['title', original.title]];
    const keys = entries.map(([key], index) => `${key}[data-original-${index}]`).join(', ');
    const values = entries.map(([, value], index) => ` data-original-${index}="${escapeAttribute(value)}"`).join('');
    return `<div data-pagefind-meta="${keys}"${values}></div>`;
  }
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The folded copy of a rendered Serbian page for the index, and the original title, text and
 * metadata it carries (returned too, for tests and statistics). `indexLanguage` replaces the
 * root `lang` in the copy: the index Pagefind files the page under.
 */
export function foldPageForIndex(html: string, options: { indexLanguage?: string } = {}): { html: string; original: OriginalMeta } {
  const serialiser = new FoldingSerialiser(options.indexLanguage);
  const parser = new Parser(serialiser, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  parser.end(html);
  return serialiser.result();
}
