/**
 * Shaping for the fast path: one glyph per character, DejaVu's ligatures and pair kerning, in the
 * script HarfBuzz would pick (that of the run's first Latin, Cyrillic or Greek letter). Text this
 * cannot shape exactly as resvg would is refused, and the card is drawn by resvg instead.
 */
import { acceptsCodePoint } from './charset';
import type { Face } from './face';

/** A shaped run: glyphs, each with its pen position, in font units from the run's start. */
export interface ShapedText {
  readonly glyphs: readonly number[];
  readonly x: readonly number[];
  /** Advance of the whole run, in font units. */
  readonly advance: number;
}

const STRONG = /[\p{sc=Latin}\p{sc=Cyrillic}\p{sc=Greek}]/u;

/** The OpenType script HarfBuzz picks for a run: that of its first letter with a script. */
export function scriptTagOf(text: string): string {
  const strong = STRONG.exec(text)?.[0];
  if (strong === undefined) return 'DFLT';
  if (/\p{sc=Latin}/u.test(strong)) return 'latn';
  return /\p{sc=Cyrillic}/u.test(strong) ? 'cyrl' : 'grek';
}

/**
 * Shapes `text` in `face` (in `scriptTag`, else the script of its first letter), or returns
 * undefined when the fast path cannot draw it exactly. Linear in the length of the text.
 */
export function shapeText(face: Face, text: string, scriptTag = scriptTagOf(text)): ShapedText | undefined {
  const { font } = face;
  const layout = face.layout(scriptTag);
  let glyphs: number[] = [];
  for (const char of text) {
    const codePoint = char.codePointAt(0) as number;
    if (!acceptsCodePoint(font, codePoint)) return undefined;
    const glyph = font.glyphOf(codePoint);
    if (layout.drawable[glyph] !== 1) return undefined;
    glyphs.push(glyph);
  }
  for (const lookup of layout.ligatureLookups) {
    if (lookup.size === 0) continue;
    const out: number[] = [];
    for (let i = 0; i < glyphs.length; ) {
      const first = glyphs[i] as number;
      // The first ligature in the font's order that matches wins, as in HarfBuzz.
      const match = lookup.get(first)?.find((lig) => lig.rest.every((g, k) => glyphs[i + 1 + k] === g));
      out.push(match ? match.glyph : first);
      i += match ? 1 + match.rest.length : 1;
    }
    glyphs = out;
  }
  // A ligature a lookup this reader skips could act on is not drawn either.
  if (glyphs.some((glyph) => layout.drawable[glyph] !== 1)) return undefined;
  const x: number[] = [];
  let pen = 0;
  for (let i = 0; i < glyphs.length; i++) {
    x.push(pen);
    const glyph = glyphs[i] as number;
    pen += font.advanceOf(glyph);
    if (i + 1 < glyphs.length) pen += layout.kern(glyph, glyphs[i + 1] as number);
  }
  return { glyphs, x, advance: pen };
}
