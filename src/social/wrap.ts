/**
 * Line breaking of a preview's title, measured with the font's own advances, ligatures and
 * kerning, in the script each line will be shaped in (in font units: comparisons are exact).
 */
import { face as faceOf, type Face } from './face';
import { scriptTagOf, shapeText } from './shape';

const ELLIPSIS = '…';

/** Widths in font units; glyphs to kern across the joins. */
interface Measured {
  readonly width: number;
  readonly first: number;
  readonly last: number;
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth` at `fontSize` in DejaVu
 * Sans Bold (or `face`); a longer text ends with an ellipsis, a word longer than a line is cut.
 * One pass over the characters: a pasted 20,000-character URL costs what 20,000 characters of
 * prose cost.
 */
export function wrapLines(text: string, fontSize: number, maxWidth: number, maxLines: number, face: Face = faceOf('bold')): { lines: string[]; truncated: boolean } {
  const { font } = face;
  const limit = (maxWidth * font.unitsPerEm) / fontSize;
  const glyphOf = (char: string) => font.glyphOf(char.codePointAt(0) as number);
  const kernIn = (script: string) => face.layout(script).kern;
  const spaceGlyph = glyphOf(' ');
  const spaceAdvance = font.advanceOf(spaceGlyph);
  /** Text as it will be drawn in `script`: shaped when the fast path can, else glyph by glyph. */
  const measure = (run: string, script: string): Measured => {
    const shaped = shapeText(face, run, script);
    if (shaped) return { width: shaped.advance, first: shaped.glyphs[0] ?? spaceGlyph, last: shaped.glyphs.at(-1) ?? spaceGlyph };
    const kern = kernIn(script);
    let width = 0;
    let first = -1;
    let last = -1;
    for (const char of run) {
      const glyph = glyphOf(char);
      width += font.advanceOf(glyph) + (last >= 0 ? kern(last, glyph) : 0);
      if (first < 0) first = glyph;
      last = glyph;
    }
    return { width, first: Math.max(first, 0), last: Math.max(last, 0) };
  };

  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let current = '';
  let width = 0;
  let lastGlyph = spaceGlyph;
  // Each line is shaped in the script of its first letter (as resvg shapes each <text>): unknown
  // while the line holds only digits and signs, which are measured in the default script.
  let lineScript: string | undefined;
  let truncated = false;
  /** Ends the current line; false when that was the last one allowed. */
  const breakLine = (): boolean => {
    lines.push(current);
    current = '';
    width = 0;
    return lines.length < maxLines;
  };
  words: for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    const own = scriptTagOf(word);
    if (current !== '') {
      const script = lineScript ?? (own === 'DFLT' ? undefined : own);
      const tag = script ?? 'DFLT';
      const kern = kernIn(tag);
      // The first letter of the line decides its script: measure what came before it again, once.
      const before = script === lineScript ? { width, last: lastGlyph } : measure(current, tag);
      const measured = measure(word, tag);
      const joined = before.width + kern(before.last, spaceGlyph) + spaceAdvance + kern(spaceGlyph, measured.first) + measured.width;
      if (joined <= limit) {
        current += ` ${word}`;
        width = joined;
        lastGlyph = measured.last;
        lineScript = script;
        continue;
      }
      if (!breakLine()) {
        truncated = true;
        break;
      }
    }
    lineScript = own === 'DFLT' ? undefined : own;
    const measured = measure(word, own);
    if (measured.width <= limit) {
      current = word;
      width = measured.width;
      lastGlyph = measured.last;
      continue;
    }
    // A single word wider than the line: cut it where it fits, character by character.
    const kern = kernIn(own);
    for (const char of word) {
      const glyph = glyphOf(char);
      const charWidth = font.advanceOf(glyph) + (current !== '' ? kern(lastGlyph, glyph) : 0);
      if (current !== '' && width + charWidth > limit && !breakLine()) {
        truncated = true;
        break words;
      }
      width += current !== '' ? charWidth : font.advanceOf(glyph);
      current += char;
      lastGlyph = glyph;
    }
  }
  if (!truncated && current !== '') {
    if (lines.length < maxLines) lines.push(current);
    else truncated = true;
  }
  if (truncated && lines.length > 0) {
    const last = lines[lines.length - 1] as string;
    lines[lines.length - 1] = withEllipsis(last, limit, face, kernIn(scriptTagOf(last)));
  }
  return { lines, truncated };
}

/**
 * The longest start of `line` that still fits with an ellipsis after it, and the ellipsis.
 * Prefix widths glyph by glyph: linear, even for a line of zero-width characters.
 */
function withEllipsis(line: string, limit: number, face: Face, kern: (left: number, right: number) => number): string {
  const { font } = face;
  const chars = [...line];
  const glyphs = chars.map((c) => font.glyphOf(c.codePointAt(0) as number));
  const ellipsis = font.glyphOf(ELLIPSIS.codePointAt(0) as number);
  const prefix = [0];
  for (let i = 0; i < glyphs.length; i++) {
    const glyph = glyphs[i] as number;
    prefix.push((prefix[i] as number) + font.advanceOf(glyph) + (i > 0 ? kern(glyphs[i - 1] as number, glyph) : 0));
  }
  let keep = chars.length;
  const fits = (k: number) => (prefix[k] as number) + (k > 0 ? kern(glyphs[k - 1] as number, ellipsis) : 0) + font.advanceOf(ellipsis) <= limit;
  while (keep > 0 && !fits(keep)) keep--;
  return `${chars.slice(0, keep).join('').trimEnd()}${ELLIPSIS}`;
}
