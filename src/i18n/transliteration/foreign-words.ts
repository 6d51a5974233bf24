/**
 * Whether one word (no hyphen or apostrophe in it) is Serbian: foreign letters, letters mixed
 * with digits, inner capitals and accent marks. Words in capitals go on to capitals.ts.
 */

import { SERBIAN_MIXED_CASE } from './acronyms';
import { decideCapitals, decideSingleCapital } from './capitals';
import { CONVERT, KEEP_FOREIGN, KEEP_OTHER, type Decision, type ScanState } from './decisions';
import {
  LOWER, MARKED, MARK_FALLING, MARK_RISING, SERBIAN_ONLY, UPPER, VOWEL,
  isCombiningMark, isDigraphAt, latinClass, markKind,
} from './letters';

const CODE_R = 0x72;
const CODE_UPPER_R = 0x52;

/** Decides whether one word (no separators) is Serbian. */
export function decideWord(part: string, start: number, state: ScanState): Decision {
  let lower = 0;
  let upper = 0;
  let digits = 0;
  let serbianOnly = false;
  let innerCapital = false;
  let leadingUpper = 0;
  let previousLower = false;
  // Accent marks: how many accents (rising or falling), where the rising one stands, and the
  // syllable nuclei (vowels, or an r carrying a mark) to tell whether it is on the last syllable.
  let accents = 0;
  let marked = false;
  let risingNucleus = -1;
  let nuclei = 0;
  for (let index = 0; index < part.length; index++) {
    const code = part.charCodeAt(index);
    const flags = latinClass(code);
    if (flags === 0) {
      if (code >= 0x30 && code <= 0x39) {
        digits++;
        previousLower = false;
        continue;
      }
      if (isCombiningMark(code)) {
        // A mark left combining after NFC: on r (r̀, r̂), or a second mark. Serbian marks only,
        // and only on a vowel or r.
        const kind = markKind(code);
        const previous = part.charCodeAt(index - 1);
        const previousFlags = latinClass(previous);
        if (kind === 0 || (previousFlags & VOWEL) === 0 && previous !== CODE_R && previous !== CODE_UPPER_R) return KEEP_FOREIGN;
        marked = true;
        if ((previousFlags & VOWEL) === 0 && (previousFlags & MARKED) === 0) nuclei++; // syllabic r
        if ((kind & (MARK_RISING | MARK_FALLING)) !== 0) accents++;
        if (kind === MARK_RISING) risingNucleus = nuclei;
        continue;
      }
      // q, w, x, y, é… of other languages, Cyrillic: not a Serbian Latin word (Cyrillic stays as it is).
      return KEEP_FOREIGN;
    }
    if ((flags & SERBIAN_ONLY) !== 0) serbianOnly = true;
    if ((flags & VOWEL) !== 0 || (flags & MARKED) !== 0) nuclei++;
    if ((flags & MARKED) !== 0) {
      marked = true;
      if ((flags & (MARK_RISING | MARK_FALLING)) !== 0) accents++;
      if ((flags & MARK_RISING) !== 0) risingNucleus = nuclei;
    }
    if ((flags & UPPER) !== 0) {
      upper++;
      if (previousLower) innerCapital = true;
      if (lower === 0) leadingUpper++;
      previousLower = false;
    } else {
      lower++;
      previousLower = true;
    }
  }
  const letters = lower + upper;
  if (letters === 0) return CONVERT; // digits only: nothing changes either way
  if (digits > 0) return KEEP_OTHER; // mp3, H2O, B2B, 1080p
  // One accent to a word, and a rising one never on the last syllable: café, José stay foreign.
  if (accents > 1 || (risingNucleus > 0 && risingNucleus === nuclei && nuclei > 1)) return KEEP_FOREIGN;
  if (SERBIAN_MIXED_CASE.has(part)) return KEEP_OTHER; // converted from the table by the caller
  if (innerCapital) return isSerbianEPrefixed(part) ? CONVERT : KEEP_FOREIGN; // GitHub, iPhone, JavaScript, OpenAI
  if (lower > 0) {
    if (leadingUpper <= 1) return CONVERT; // lowercase or Title case
    // NJegoš, LJubav, DŽep: a capital digraph followed by lowercase is title case.
    if (leadingUpper === 2 && isDigraphAt(part, 0)) return CONVERT;
    return KEEP_FOREIGN; // PDFs, IDs
  }
  if (letters === 1) return decideSingleCapital(part, start, state);
  return decideCapitals(part, serbianOnly || marked, start, state);
}

/**
 * `e` + a capitalised Serbian word is the Serbian "electronic" prefix: eBiblioteka → еБиблиотека,
 * eUprava → еУправа. (Foreign e-words with q/w/x/y, like eBay, never get here.)
 */
function isSerbianEPrefixed(part: string): boolean {
  if (part.length < 3 || part.charCodeAt(0) !== 0x65) return false;
  if ((latinClass(part.charCodeAt(1)) & UPPER) === 0) return false;
  for (let index = 2; index < part.length; index++) {
    if ((latinClass(part.charCodeAt(index)) & LOWER) === 0) return false;
  }
  return true;
}
