/**
 * Which characters the fast path draws itself: those that become one glyph each, in a script
 * where shaping is only ligatures and kerning. Everything else (combining marks, right-to-left
 * and complex scripts, invisible format characters, characters the font lacks) goes to resvg.
 */
import type { SfntFont } from './sfnt';

const SIMPLE_SCRIPT = /[\p{sc=Latin}\p{sc=Cyrillic}\p{sc=Greek}\p{sc=Common}]/u;
/** Marks, controls, format and private-use characters, line and paragraph separators. */
const NOT_SIMPLE = /[\p{M}\p{C}\p{Zl}\p{Zp}]/u;
/** The highest code point the fast path considers (the end of the emoji blocks). */
const LAST_CODE_POINT = 0x1faff;

const verdicts = new WeakMap<SfntFont, Map<number, boolean>>();

/** True when the fast path may draw this character in this font. */
export function acceptsCodePoint(font: SfntFont, codePoint: number): boolean {
  let known = verdicts.get(font);
  if (!known) verdicts.set(font, (known = new Map()));
  let verdict = known.get(codePoint);
  if (verdict === undefined) {
    const char = String.fromCodePoint(codePoint);
    verdict =
      codePoint <= LAST_CODE_POINT &&
      font.glyphOf(codePoint) !== 0 &&
      SIMPLE_SCRIPT.test(char) &&
      !NOT_SIMPLE.test(char) &&
      // Right-to-left punctuation of Common script would open a bidi run.
      !(codePoint >= 0x0590 && codePoint <= 0x08ff) &&
      !(codePoint >= 0xfb1d && codePoint <= 0xfeff);
    known.set(codePoint, verdict);
  }
  return verdict;
}

const glyphSets = new WeakMap<SfntFont, Uint8Array>();

/** The glyphs of accepted characters: 1 in a glyph-indexed array. */
export function acceptedGlyphs(font: SfntFont): Uint8Array {
  let found = glyphSets.get(font);
  if (!found) {
    found = new Uint8Array(font.numGlyphs);
    for (let codePoint = 0x20; codePoint <= LAST_CODE_POINT; codePoint++) {
      if (codePoint === 0xd800) codePoint = 0xe000;
      const glyph = font.glyphOf(codePoint);
      if (glyph !== 0 && found[glyph] !== 1 && acceptsCodePoint(font, codePoint)) found[glyph] = 1;
    }
    glyphSets.set(font, found);
  }
  return found;
}
