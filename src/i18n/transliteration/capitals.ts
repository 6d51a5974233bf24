/**
 * Words in capitals: Serbian word, Serbian acronym (→ Cyrillic), foreign acronym or Roman
 * numeral (→ kept). The lists are in acronyms.ts; the rules, in order, are documented in
 * docs/transliteration.md ("Capitals and acronyms").
 */

import { FOREIGN_ACRONYMS, SERBIAN_ACRONYMS, SERBIAN_CAPS_WORDS } from './acronyms';
import { CONVERT, KEEP_OTHER, type Decision, type ScanState } from './decisions';

const ROMAN_NUMERAL = /^(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/** Words after which a lone `I` or `V` is a century or an ordinal (V vek → V век). */
const ROMAN_CONTEXT_NEXT = /^(?:vek|vijek|stoleć|stoljeć|milenij|svetsk|svjetsk)/;
const CAPS_DIGRAPH = /LJ|NJ/;
const HAS_VOWEL = /[AEIOU]/;
/** No vowel, but an r beside a consonant: the syllabic r of KRV, TRG, VRH, SMRT. */
const SYLLABIC_R = /^[^AEIOU]*[^AEIOUR]R|^R[^AEIOUR]/;

const CAPS_WORD_STICKY = /(?:\p{Lu}\p{M}*)+(?:[-'’](?:[\p{Lu}\p{N}]\p{M}*)+)*(?![\p{L}\p{M}\p{N}])/uy;
const CAPS_SEPARATOR_STICKY = /[^\p{L}\n]+/uy;
const NEXT_WORD_STICKY = /[ \t\u00a0]{1,16}(\p{L}{1,16})/uy;
const SPACES_ONLY = /^[ \t\u00a0]{1,16}$/;
/** A text this short whose only word is in capitals is a heading, label or sign. */
const SOLE_WORD_TEXT = 64;
const NO_LETTER = /^[^\p{L}\p{N}]*$/u;

/** Whether a word in capitals can be a Serbian word: it has a vowel or a syllabic r. */
export function hasSerbianShape(word: string): boolean {
  return HAS_VOWEL.test(word) || SYLLABIC_R.test(word);
}

const DOUBLED_LETTER = /(\p{L})\1/u;
const LONG_CLUSTER = /[^AEIOUR]{4}/;

/**
 * Stricter, for a word standing alone: at least three letters, Serbian shape, no doubled
 * letter (IPP, CSS) and no four consonants in a row without an r.
 */
function looksLikeSerbianWord(word: string): boolean {
  return word.length >= 3 && hasSerbianShape(word) && !DOUBLED_LETTER.test(word) && !LONG_CLUSTER.test(word);
}

function isSerbianList(word: string): boolean {
  return SERBIAN_ACRONYMS.has(word) || SERBIAN_CAPS_WORDS.has(word);
}

/**
 * An all-capitals word of two or more letters. `serbianSign`: it has č ć đ š ž, dž or an
 * accent mark, which no foreign acronym has.
 */
export function decideCapitals(part: string, serbianSign: boolean, start: number, state: ScanState): Decision {
  if (serbianSign) return CONVERT;
  if (inSerbianCapsPassage(start, state)) {
    if (isSerbianList(part)) return CONVERT;
    if (ROMAN_NUMERAL.test(part) || FOREIGN_ACRONYMS.has(part) || !hasSerbianShape(part)) return KEEP_OTHER;
    return CONVERT;
  }
  if (ROMAN_NUMERAL.test(part)) return KEEP_OTHER;
  if (isSerbianList(part)) return CONVERT;
  if (CAPS_DIGRAPH.test(part)) return CONVERT; // NJIVA, LJUDI, LJ
  if (FOREIGN_ACRONYMS.has(part)) return KEEP_OTHER;
  if (isSoleWord(part, start, state)) return looksLikeSerbianWord(part) ? CONVERT : KEEP_OTHER;
  if (part.length <= 5) return KEEP_OTHER; // HTML, SQL, CSS, PDF: an acronym unless known
  return CONVERT; // BEOGRAD, UPOZORENJE
}

/** Whether the word is the only one of a short text (a heading, label or sign: KRV, TRG). */
function isSoleWord(part: string, start: number, state: ScanState): boolean {
  const text = state.text;
  if (text.length > SOLE_WORD_TEXT) return false;
  state.work += text.length;
  return NO_LETTER.test(text.slice(0, start)) && NO_LETTER.test(text.slice(start + part.length));
}

/**
 * A lone capital. `I` and `V` are Roman numerals after a title-case name (Petar I, Stefan V),
 * after a name in capitals when no word follows (KRALJA PETRA I), or before a century-like word
 * (V vek); otherwise every lone letter is Serbian (I onda…, plan B, VELIKI I MALI).
 */
export function decideSingleCapital(part: string, start: number, state: ScanState): Decision {
  if (part !== 'I' && part !== 'V') return CONVERT;
  let afterName = false;
  if (state.previousEnd >= 0 && (state.previousTitleCase || state.previousAllCaps) && start - state.previousEnd <= 16) {
    state.work += start - state.previousEnd;
    afterName = SPACES_ONLY.test(state.text.slice(state.previousEnd, start));
  }
  if (afterName && state.previousTitleCase) return KEEP_OTHER;
  NEXT_WORD_STICKY.lastIndex = start + part.length;
  const next = NEXT_WORD_STICKY.exec(state.text);
  state.work += next === null ? 1 : next[0].length;
  if (next !== null && ROMAN_CONTEXT_NEXT.test(next[1]!)) return KEEP_OTHER;
  // In capitals, a name's numeral closes the name (KRALJA PETRA I); `I` between words is `и`.
  if (afterName && next === null) return KEEP_OTHER;
  return CONVERT;
}

/**
 * Whether the all-caps word at `start` belongs to a Serbian all-caps passage: a run of two or
 * more all-caps words (separated by anything but letters and line breaks) of which at least one
 * is recognisably Serbian. The run is scanned once and remembered, so the cost stays linear.
 */
function inSerbianCapsPassage(start: number, state: ScanState): boolean {
  if (start < state.capsRunEnd) return state.capsRunSerbian;
  const text = state.text;
  let position = start;
  let words = 0;
  let serbian = false;
  let runEnd = start;
  for (;;) {
    CAPS_WORD_STICKY.lastIndex = position;
    const word = CAPS_WORD_STICKY.exec(text);
    if (word === null) break;
    words++;
    if (!serbian) {
      for (const piece of word[0].split(/[-'’]/)) {
        if (isSerbianCapsSignal(piece)) serbian = true;
      }
    }
    runEnd = position + word[0].length;
    CAPS_SEPARATOR_STICKY.lastIndex = runEnd;
    const separator = CAPS_SEPARATOR_STICKY.exec(text);
    if (separator === null) break;
    position = runEnd + separator[0].length;
  }
  state.work += Math.max(runEnd, position) - start + 1;
  state.capsRunEnd = Math.max(runEnd, start + 1);
  state.capsRunSerbian = words >= 2 && serbian;
  return state.capsRunSerbian;
}

/** č ć đ š ž, dž, or an accent mark (precomposed or combining). */
const SERBIAN_ONLY_CAPS = /[ČĆĐŠŽ\u01c4ÀÁÂÈÉÊÌÍÎÒÓÔÙÚÛĀĒĪŌŪŔȀȂȄȆȈȊȌȎȐȒȔȖ\u0300\u0301\u0302\u0304\u030f\u0311]/;

function isSerbianCapsSignal(word: string): boolean {
  if (word === '') return false;
  if (isSerbianList(word)) return true;
  if (SERBIAN_ONLY_CAPS.test(word) || CAPS_DIGRAPH.test(word)) return true;
  return word.length >= 6 && !FOREIGN_ACRONYMS.has(word);
}
