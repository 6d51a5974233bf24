/**
 * The Cyrillic → Latin runner: letter for letter (Љ Њ Џ to two), keeping accent marks, and
 * leaving protected tokens (URLs, e-mail addresses, file names, identifiers, inline code…)
 * exactly as written, so that a Latin edition made from Cyrillic text keeps its links working.
 */

import { CYRILLIC_BASE, CYRILLIC_SIZE, CYRILLIC_TO_LATIN, isCombiningMark, letterCase } from './letters';
import { copyCodeUnits, decodeCodeUnits, outputBuffer } from './output';
import { buildScanner } from './tokens';

const HAS_CYRILLIC = /[\u0400-\u045f\u04e2\u04e3\u04ee\u04ef]/;
/** Where a protected token could start; text without any of these is converted in one pass. */
const MAY_HAVE_PROTECTED = /[`{@_/~]|:\/\/|www\.|mailto:|tel:|\.[A-Za-z]/;
const SCANNER = buildScanner();

/**
 * Transliterates Serbian Cyrillic to Serbian Latin, one letter to one letter (Љ Њ Џ to two).
 * Capital Љ/Њ/Џ become `LJ`/`NJ`/`DŽ` next to capitals (ЉУБАВ → LJUBAV) and `Lj`/`Nj`/`Dž`
 * otherwise (Љубав → Ljubav, Љ → Lj). Accent marks are kept (ѐ → è, о̂ → ô). Latin, protected
 * tokens (URLs, addresses, file names, identifiers, inline code) and everything else pass
 * through unchanged.
 */
export function cyrillicToLatin(text: string): string {
  if (!HAS_CYRILLIC.test(text)) return text;
  // At most two Latin code units per Cyrillic one (Љ → LJ).
  const out = outputBuffer(text.length * 2);
  let length = 0;
  if (!MAY_HAVE_PROTECTED.test(text)) {
    length = convertRange(text, 0, text.length, out, length);
    return decodeCodeUnits(out, length);
  }
  SCANNER.lastIndex = 0;
  let copied = 0;
  let match: RegExpExecArray | null;
  while ((match = SCANNER.exec(text)) !== null) {
    if (match[1] !== undefined || match[2] !== undefined) continue; // a word: converted with the gap
    length = convertRange(text, copied, match.index, out, length);
    length = copyCodeUnits(text, match.index, match.index + match[0].length, out, length);
    copied = match.index + match[0].length;
  }
  length = convertRange(text, copied, text.length, out, length);
  return decodeCodeUnits(out, length);
}

/** Converts `text[from, to)` into `out`; neighbours for capitalisation are read from the whole text. */
function convertRange(text: string, from: number, to: number, out: Uint16Array, length: number): number {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index);
    const offset = code - CYRILLIC_BASE;
    const mapped = offset >= 0 && offset < CYRILLIC_SIZE ? CYRILLIC_TO_LATIN[offset]! : '';
    if (mapped === '') {
      out[length++] = code;
      continue;
    }
    let latin = mapped;
    if (mapped.length === 2 && code < 0x410) {
      // A capital digraph: all capitals beside a capital letter (ЉУБАВ, ПОЉ), else title case.
      const next = letterCase(text.charCodeAt(skipMarks(text, index + 1)));
      const allCaps = next !== 0 ? next === 2 : letterCase(text.charCodeAt(index - 1)) === 2;
      if (!allCaps) latin = mapped.charAt(0) + mapped.charAt(1).toLowerCase();
    }
    let marksEnd = index + 1;
    while (marksEnd < to && isCombiningMark(text.charCodeAt(marksEnd))) marksEnd++;
    if (marksEnd > index + 1) {
      // о + U+0302 → ô: the mark composes with the Latin letter where Unicode has the letter.
      latin = (latin + text.slice(index + 1, marksEnd)).normalize('NFC');
      index = marksEnd - 1;
    }
    for (let unit = 0; unit < latin.length; unit++) out[length++] = latin.charCodeAt(unit);
  }
  return length;
}

function skipMarks(text: string, index: number): number {
  while (index < text.length && isCombiningMark(text.charCodeAt(index))) index++;
  return index;
}
