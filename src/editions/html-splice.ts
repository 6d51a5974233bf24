/**
 * Splicing a source HTML string: where htmlparser2's events lie in the source (attribute and text
 * positions), one output per edition copied slice by slice with only the changed ranges replaced,
 * and the encoders that keep the rest byte-identical. The page rewriter decides what changes.
 */
import { Parser, QuoteType, type Handler } from 'htmlparser2';
import type { Script } from './protection';

/** Text characters escaped again after a text node is rewritten. */
export const TEXT_ESCAPES = /[&<>\u00a0]/g;
export const TEXT_ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\u00a0': '&nbsp;' };

/** An attribute as written in the source. */
export interface SourceAttribute {
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

export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** What the position parser reports, in source offsets, before each event. */
export interface PositionListener {
  attributeNameAt(start: number, end: number): void;
  attributeEndAt(quote: QuoteType, end: number): void;
  textAt(start: number, end: number): void;
  /** The end of the current text run, or null outside one. */
  textRunEnd(): number | null;
}

/** One edition being written: the pieces so far and how far the source has been copied. */
export class Output {
  readonly pieces: string[] = [];
  cursor = 0;
  edits = 0;

  constructor(readonly script: Script) {}

  replace(html: string, start: number, end: number, text: string): void {
    if (start < this.cursor) throw new Error(`edition rewrite: overlapping edit at ${start}`);
    this.pieces.push(html.slice(this.cursor, start), text);
    this.cursor = end;
    this.edits++;
  }

  result(html: string): string {
    if (this.edits === 0) return html;
    this.pieces.push(html.slice(this.cursor));
    return this.pieces.join('');
  }
}

/**
 * htmlparser2's Parser reports decoded attribute values but not where they are; the tokenizer
 * callbacks it implements do carry the positions, so they are intercepted on the way through.
 */
export class PositionParser extends Parser {
  constructor(private readonly rewriter: PositionListener, handler: Partial<Handler>) {
    super(handler, { decodeEntities: true });
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

/** Forwards every parser event to each handler, in order. */
export function tee(handlers: readonly Partial<Handler>[]): Partial<Handler> {
  const events: (keyof Handler)[] = ['onparserinit', 'onreset', 'onend', 'onerror', 'onclosetag', 'onopentagname', 'onattribute', 'onopentag', 'ontext', 'oncomment', 'oncdatastart', 'oncdataend', 'oncommentend', 'onprocessinginstruction'];
  const out: Partial<Handler> = {};
  for (const event of events) {
    const listeners = handlers.map((handler) => handler[event]?.bind(handler)).filter((listener) => listener !== undefined) as ((...args: unknown[]) => void)[];
    if (listeners.length === 1) (out as Record<string, unknown>)[event] = listeners[0];
    else if (listeners.length > 1) (out as Record<string, unknown>)[event] = (...args: unknown[]) => listeners.forEach((listener) => listener(...args));
  }
  return out;
}

export function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d;
}

/** Start of the whitespace before `index`, so a removed attribute takes its separator along. */
export function trimStartBack(html: string, index: number): number {
  let start = index;
  while (start > 0 && isWhitespace(html.charCodeAt(start - 1))) start--;
  return start;
}

export function encodeAttribute(value: string, quote: QuoteType): string {
  let encoded = value.replace(/&/g, '&amp;');
  if (quote === QuoteType.Single) return encoded.replace(/'/g, '&#39;');
  if (quote === QuoteType.Double || /[\s>]/.test(value)) encoded = encoded.replace(/"/g, '&quot;');
  // An unquoted value stays unquoted (byte-identical markup) unless it now holds a character
  // that would end it: whitespace or `>`.
  if (quote === QuoteType.Unquoted && /[\s>]/.test(value)) return `"${encoded}"`;
  return encoded;
}

/** The indentation of a pretty-printed JSON block (`''` for a one-line one). */
export function detectIndent(raw: string): string | number {
  const match = /\n([ \t]+)\S/.exec(raw.trim());
  if (match === null) return raw.trim().includes('\n') ? 2 : '';
  const indent = match[1]!;
  return indent.startsWith('\t') ? '\t' : indent.length;
}
