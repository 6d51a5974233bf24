/**
 * The Latin → Cyrillic runner: one left-to-right scan of the tokenizer, each word judged by the
 * word rules and written letter by letter into the output buffer. Runs on every text node of
 * every Cyrillic page, so everything it uses is precompiled and the cost is linear.
 */

import { SERBIAN_MIXED_CASE } from './acronyms';
import { CONVERT, KEEP_FOREIGN, KEEP_OTHER, type Decision, type ScanState } from './decisions';
import { compileExtraStems, digraphSplits, type ExtraStems } from './digraphs';
import { decideWord } from './foreign-words';
import {
  ACCENTED_TO_CYRILLIC, DIGRAPH_TO_CYRILLIC, LATIN_TO_CYRILLIC_CODE, LOWER, UPPER,
  isDigraphAt, latinClass,
} from './letters';
import type { TransliterationOptions } from './options';
import { copyCodeUnits, decodeCodeUnits, outputBuffer } from './output';
import { COMPOUND_SEPARATOR, buildScanner, isCompoundSeparator } from './tokens';

/** Any Latin letter at all: without one there is nothing to do (Cyrillic or symbols only). */
const HAS_LATIN = /[A-Za-z\u00c0-\u024f]/;
/** Combining marks: text typed or pasted as NFD (c + U+030C) is normalised to NFC first. */
const HAS_COMBINING = /[\u0300-\u036f]/;

interface Compiled {
  scanner: RegExp;
  /** Extra digraph stems from the options, or null. */
  extraStems: ExtraStems | null;
}

const DEFAULT_COMPILED: Compiled = { scanner: buildScanner(), extraStems: null };
const compiledCache = new WeakMap<TransliterationOptions, Compiled>();

function compile(options: TransliterationOptions | undefined): Compiled {
  if (options === undefined) return DEFAULT_COMPILED;
  let compiled = compiledCache.get(options);
  if (compiled === undefined) {
    compiled = {
      scanner: options.keepLatin !== undefined && options.keepLatin.size > 0 ? buildScanner(options.keepLatin) : DEFAULT_COMPILED.scanner,
      extraStems: compileExtraStems(options.splitDigraphs ?? []),
    };
    compiledCache.set(options, compiled);
  }
  return compiled;
}

/** Work counters of the last call, for tests that check the cost stays linear. */
export const lastScanWork = { tokens: 0, lookaround: 0 };

/**
 * Transliterates Serbian Latin text to Serbian Cyrillic, leaving foreign words, acronyms, URLs,
 * e-mail addresses, domains, file names, identifiers, inline code, Roman numerals and
 * `keepLatin` entries in Latin (see docs/transliteration.md for the exact rules). Cyrillic,
 * digits and punctuation pass through unchanged; NFD input is normalised to NFC; accent marks
 * are kept (kôd → ко̂д).
 */
export function latinToCyrillic(text: string, options?: TransliterationOptions): string {
  lastScanWork.tokens = 0;
  lastScanWork.lookaround = 0;
  if (!HAS_LATIN.test(text)) return text;
  if (HAS_COMBINING.test(text)) text = text.normalize('NFC');
  const compiled = compile(options);
  const scanner = compiled.scanner;
  scanner.lastIndex = 0;
  const state: ScanState = { text, previousEnd: -1, previousTitleCase: false, previousAllCaps: false, capsRunEnd: -1, capsRunSerbian: false, work: 0 };
  // Output goes to a code-unit buffer, allocated on the first change. A digraph becomes one
  // letter, an accented vowel at most two (о + U+0302), so twice the input always suffices.
  let out: Uint16Array | null = null;
  let length = 0;
  let copied = 0;
  let match: RegExpExecArray | null;
  while ((match = scanner.exec(text)) !== null) {
    lastScanWork.tokens++;
    const token = match[0];
    const start = match.index;
    const end = start + token.length;
    const word = match[1] ?? match[2];
    if (word === undefined) {
      // A protected token: copied as is with the rest of the untouched text.
      state.previousEnd = -1;
      continue;
    }
    const plan = planToken(token, start, state);
    if (plan !== KEEP_ALL) {
      if (out === null) out = outputBuffer(text.length * 2);
      length = copyCodeUnits(text, copied, start, out, length);
      length = writeToken(token, plan, compiled, out, length);
      copied = end;
    }
    state.previousEnd = end;
    state.previousTitleCase = isTitleCase(token);
    state.previousAllCaps = isAllCaps(token);
  }
  lastScanWork.lookaround = state.work;
  if (out === null) return text;
  length = copyCodeUnits(text, copied, text.length, out, length);
  return decodeCodeUnits(out, length);
}

function isTitleCase(token: string): boolean {
  return (latinClass(token.charCodeAt(0)) & UPPER) !== 0 && (latinClass(token.charCodeAt(1)) & LOWER) !== 0;
}

function isAllCaps(token: string): boolean {
  if (token.length < 2) return false;
  for (let index = 0; index < token.length; index++) {
    if ((latinClass(token.charCodeAt(index)) & LOWER) !== 0) return false;
  }
  return (latinClass(token.charCodeAt(0)) & UPPER) !== 0;
}

/** Plan for a token: every part converted, every part kept, or one decision per part. */
const CONVERT_ALL = 0;
const KEEP_ALL = 1;
type Plan = typeof CONVERT_ALL | typeof KEEP_ALL | Decision[];

function planToken(token: string, start: number, state: ScanState): Plan {
  if (!COMPOUND_SEPARATOR.test(token)) {
    const decision = decideWord(token, start, state);
    if (decision === CONVERT) return CONVERT_ALL;
    return SERBIAN_MIXED_CASE.has(token) ? [decision] : KEEP_ALL;
  }
  // Hyphenated compound or elision: each part on its own, then foreign parts pull capitalised
  // neighbours along (Wi-Fi), while lowercase case endings after a foreign part are Serbian
  // (Mixpanel-a → Mixpanel-а, SMS-om → SMS-ом).
  const parts = token.split(COMPOUND_SEPARATOR);
  const decisions: Decision[] = [];
  let offset = start;
  for (const part of parts) {
    decisions.push(decideWord(part, offset, state));
    offset += part.length + 1;
  }
  for (let index = 0; index < decisions.length; index++) {
    if (decisions[index] !== CONVERT || (latinClass(parts[index]!.charCodeAt(0)) & UPPER) === 0) continue;
    if (decisions[index - 1] === KEEP_FOREIGN || decisions[index + 1] === KEEP_FOREIGN) decisions[index] = KEEP_OTHER;
  }
  let converted = false;
  for (let index = 0; index < parts.length; index++) {
    if (decisions[index] === CONVERT || SERBIAN_MIXED_CASE.has(parts[index]!)) converted = true;
  }
  return converted ? decisions : KEEP_ALL;
}

/** Writes a token following its plan; returns the new output length. */
function writeToken(token: string, plan: Plan, compiled: Compiled, out: Uint16Array, length: number): number {
  if (plan === CONVERT_ALL) return writeWord(token, compiled, out, length);
  if (plan === KEEP_ALL) return copyCodeUnits(token, 0, token.length, out, length);
  let partStart = 0;
  for (let part = 0; part < plan.length; part++) {
    let partEnd = partStart;
    while (partEnd < token.length && !isCompoundSeparator(token.charCodeAt(partEnd))) partEnd++;
    const text = token.slice(partStart, partEnd);
    const mixed = SERBIAN_MIXED_CASE.get(text);
    if (plan[part] === CONVERT) length = writeWord(text, compiled, out, length);
    else length = copyCodeUnits(mixed ?? text, 0, (mixed ?? text).length, out, length);
    if (partEnd < token.length) out[length++] = token.charCodeAt(partEnd);
    partStart = partEnd + 1;
  }
  return length;
}

/**
 * Letter-by-letter conversion of a Serbian word into `out`, joining lj/nj/dž except where the
 * digraph rules split them; returns the new output length.
 */
function writeWord(word: string, compiled: Compiled, out: Uint16Array, length: number): number {
  const splits = digraphSplits(word, compiled.extraStems);
  let nextSplit = 0;
  const size = word.length;
  for (let index = 0; index < size; index++) {
    const code = word.charCodeAt(index);
    if (index + 1 < size && isDigraphAt(word, index)) {
      while (splits !== null && nextSplit < splits.length && splits[nextSplit]! < index + 1) nextSplit++;
      if (splits === null || splits[nextSplit] !== index + 1) {
        out[length++] = DIGRAPH_TO_CYRILLIC[code]!;
        index++;
        continue;
      }
    }
    const mapped = code < LATIN_TO_CYRILLIC_CODE.length ? LATIN_TO_CYRILLIC_CODE[code]! : 0;
    if (mapped !== 0) {
      out[length++] = mapped;
      continue;
    }
    const accented = code < ACCENTED_TO_CYRILLIC.length ? ACCENTED_TO_CYRILLIC[code]! : '';
    if (accented !== '') {
      out[length++] = accented.charCodeAt(0);
      if (accented.length > 1) out[length++] = accented.charCodeAt(1);
      continue;
    }
    out[length++] = code;
  }
  return length;
}
