/**
 * When `lj`, `nj` and `dž` are two letters. They are one letter (љ, њ, џ) except where a prefix
 * ending in n/d meets a root starting with j/ž, or a borrowed root was formed that way. Each
 * rule below names a boundary: it yields the index of the j or ž that starts a new letter, so
 * only the digraph AT the boundary is split and any other one in the word stays one letter
 * (nadživljavati → надживљавати, nadžnjeti → наджњети).
 *
 * The rules are patterns of prefixes and roots, not word lists: a root covers all its forms,
 * its spellings (konjuktura beside konjunktura) and its compounds (mikroinjekcija).
 */

import { BASE_LETTER, TABLE_SIZE, isDigraphAt } from './letters';
import { escapeRegExp } from './tokens';

/**
 * Borrowed roots that are two letters wherever they stand in a word, so also after any prefix
 * or first part of a compound (mikroinjekcija, hiperkonjugacija, reinjektirati). Latin in- and
 * con- before a j-root, German feld- before žandar. Each is written so that no Serbian word
 * contains it with one letter (svinjica has `injic` but not `injicir`).
 */
const BORROWED_ROOTS: readonly string[] = [
  // in + jek-/jic-/junk-/jur-: injekcija, injektor, injicirati, injunkcija, injurija
  'in(?=j(?:ek[ct]|icir|un?k[ct]|urij))',
  // con + jug-/junk-/jekt-, and the common spellings without n (konjuktura, konjuktivitis) or
  // without k (konjunktiva → konjuntiva): the split follows the root, not one spelling
  'kon(?=j(?:un?k[ct]|unt|ug[aeiou]|ektur))',
  // feld + žandar: feldžandarm, feldžandarmerija
  'feld(?=žandar)',
];

/**
 * Roots starting with ž after the prefixes nad-, pod-, od-, pred-. A root stands for a family:
 * `živ` for nadživeti, nadživjeti, nadživljavati, odživeti, predživot. `žal` must not be
 * followed by `a`: odžaliti, odžaljen, but the name Odžalan is one џ, like odžak (оџак),
 * nadžak (наџак) and hodža (хоџа), whose `žak`, `ža` are no roots.
 */
const Ž_ROOTS: readonly string[] = [
  'živ', // živeti, život
  'žanr',
  'želu[dc]', // želudac: podželudačna, predželudac
  'žet', // žeti, žetva: nadžeti, predžetveni
  'žeo', // nadžeo (past of nadžeti)
  'žnj', // žnjeti: nadžnjeti, nadžnjevati
  'žanj', // nadžanjem
  'žup', // župan, župnik, županija
  'žal(?!a)', // žaliti, žalba: odžaliti, neodžaljen, predžalbeni
  'žar', // žariti: odžariti, podžariti
  'žubor',
  'žvak',
  'ždr', // ždrelo, ždrijelo: podždrelni
  'že[ćgž]', // žeći: podžeći, podžegao, podžeže
  'žig', // podžigač, podžigati
  'žg', // podžgati
];

/** Roots starting with j after the prefix van- (outside): vanjezički, vanjugoslovenski. Not vanjski (вањски). */
const VAN_J_ROOTS: readonly string[] = ['jezi', 'jezg', 'jedar', 'jedr', 'jugoslov'];

/**
 * Prefixes that may stand before a prefix-boundary rule, up to three deep: neodžaljen,
 * samopodžigač, prenadživeti, poluvanjezički. Longest first inside the alternation.
 */
const PREFIX_CHAIN: readonly string[] = [
  'kontra', 'pseudo', 'super', 'hiper', 'mikro', 'makro', 'ultra', 'ekstra', 'kvazi', 'multi', 'ispod',
  'iznad', 'ispred', 'anti', 'samo', 'polu', 'post', 'proto', 'naj', 'pre', 'pro', 'raz', 'ras', 'iz',
  'is', 'ne', 'su', 'za', 'na', 'po', 'do', 'pri', 'nad', 'pod', 'od', 'pred', 're',
];

const CHAIN = `(?:${PREFIX_CHAIN.join('|')}){0,3}?`;

/** Boundary rules that hold only at the start of a word or after a prefix chain. */
const PREFIX_RULES: readonly string[] = [
  `(?:nad|pod|od|pred)(?=(?:${Ž_ROOTS.join('|')}))`,
  `van(?=(?:${VAN_J_ROOTS.join('|')}))`,
  'an(?=jon)', // an + ion: anjon, anjonski; not kanjon
  'tan(?=jug)', // TAN + JUG (the news agency); tanjir is untouched
];

const BORROWED = new RegExp(BORROWED_ROOTS.join('|'), 'g');
const AT_PREFIX = new RegExp(`^${CHAIN}(?:${PREFIX_RULES.join('|')})`);

/** Cheap pre-test: only words with one of the digraphs need the rules. */
const DIGRAPH_CANDIDATE = /[lLnN][jJ]|[dD][žŽ]/;

/** Author stems from `splitDigraphs`: every digraph inside the stem is two letters. */
export interface ExtraStems {
  pattern: RegExp;
}

/** Compiles `splitDigraphs` stems (lowercase), matched at the start of a word or after a prefix chain. */
export function compileExtraStems(stems: readonly string[]): ExtraStems | null {
  const cleaned = stems.map((stem) => stem.toLowerCase()).filter((stem) => stem !== '');
  if (cleaned.length === 0) return null;
  const sorted = [...cleaned].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return { pattern: new RegExp(`^(${CHAIN})(?:${sorted.join('|')})`) };
}

/**
 * Lowercase form of a word with accent marks dropped from precomposed vowels, index for index,
 * so that rules match `nȁdživeti` like `nadživeti`.
 */
function matchingForm(word: string): string {
  const lower = word.toLowerCase();
  let plain: string | null = null;
  for (let index = 0; index < lower.length; index++) {
    const code = lower.charCodeAt(index);
    if (code < TABLE_SIZE && code >= 0xc0 && BASE_LETTER[code] !== 0 && BASE_LETTER[code] !== code) {
      plain ??= lower.slice(0, index);
      plain += String.fromCharCode(BASE_LETTER[code]!);
    } else if (plain !== null) {
      plain += lower[index];
    }
  }
  return plain ?? lower;
}

/**
 * Where the word's digraphs are two letters: a sorted list of indexes of the j/ž that start a
 * letter of their own, or null when every digraph is one letter.
 */
export function digraphSplits(word: string, extra: ExtraStems | null): number[] | null {
  if (!DIGRAPH_CANDIDATE.test(word)) return null;
  const form = matchingForm(word);
  if (form.length !== word.length) return null; // a case mapping changed the length: not a Serbian word
  let splits: number[] | null = null;
  const prefixed = AT_PREFIX.exec(form);
  if (prefixed !== null) (splits ??= []).push(prefixed.index + prefixed[0].length);
  BORROWED.lastIndex = 0;
  let borrowed: RegExpExecArray | null;
  while ((borrowed = BORROWED.exec(form)) !== null) (splits ??= []).push(borrowed.index + borrowed[0].length);
  if (extra !== null) {
    const stem = extra.pattern.exec(form);
    if (stem !== null) {
      for (let index = stem[1]!.length; index < stem[0].length - 1; index++) {
        if (isDigraphAt(form, index)) (splits ??= []).push(index + 1);
      }
    }
  }
  if (splits !== null && splits.length > 1) splits.sort((a, b) => a - b);
  return splits;
}
