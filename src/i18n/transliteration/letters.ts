/**
 * Letter tables of both directions, indexed by UTF-16 code unit, and the accent marks of
 * Serbian orthography. Everything here is built once at load time; the scanners only index.
 */

/** Table size: ASCII, Latin-1, Latin Extended-A, the digraph ligatures and the double-grave / inverted-breve vowels (U+0200–U+0217). */
export const TABLE_SIZE = 0x218;

/** Character class of a Serbian Latin letter (0: not one). */
export const LOWER = 1;
export const UPPER = 2;
/** č ć đ š ž: letters that exist only in (South Slavic) Latin, a sure sign of a Serbian word. */
export const SERBIAN_ONLY = 4;
/** a e i o u, with or without an accent mark (syllable nuclei other than r). */
export const VOWEL = 8;
/** Length signs: circumflex (kôd, sâm: the genitive sign) and macron (post-accent length). */
export const MARK_LENGTH = 16;
/** Rising accents: grave (short) and acute (long). Never on the last syllable of a Serbian word. */
export const MARK_RISING = 32;
/** Falling accents: double grave (short) and inverted breve (long). Serbo-Croatian only. */
export const MARK_FALLING = 64;
/** Any accent mark. */
export const MARKED = MARK_LENGTH | MARK_RISING | MARK_FALLING;

export const LATIN_CLASS = new Uint8Array(TABLE_SIZE);
/** Latin code unit → Cyrillic code unit (0: no mapping). Unaccented letters only. */
export const LATIN_TO_CYRILLIC_CODE = new Uint16Array(TABLE_SIZE);
/** Accented Latin vowel → its Cyrillic spelling, NFC: `è` → `ѐ` (one unit), `ô` → `о` + U+0302 (two). */
export const ACCENTED_TO_CYRILLIC: string[] = new Array<string>(TABLE_SIZE).fill('');
/** Accented Latin vowel → the code of its unaccented letter, so digraph rules see `nȁdživ` as `nadživ`. */
export const BASE_LETTER = new Uint16Array(TABLE_SIZE);

function defineLetter(latin: string, cyrillic: string, flags: number): void {
  const code = latin.charCodeAt(0);
  LATIN_CLASS[code] = flags;
  LATIN_TO_CYRILLIC_CODE[code] = cyrillic.charCodeAt(0);
  BASE_LETTER[code] = code;
}

const SINGLE_LETTERS: ReadonlyArray<readonly [string, string]> = [
  ['a', 'а'], ['b', 'б'], ['c', 'ц'], ['d', 'д'], ['e', 'е'], ['f', 'ф'], ['g', 'г'], ['h', 'х'],
  ['i', 'и'], ['j', 'ј'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'],
  ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['v', 'в'], ['z', 'з'],
];
const DIACRITIC_LETTERS: ReadonlyArray<readonly [string, string]> = [
  ['č', 'ч'], ['ć', 'ћ'], ['đ', 'ђ'], ['š', 'ш'], ['ž', 'ж'],
];
const VOWELS = 'aeiou';
for (const [latin, cyrillic] of SINGLE_LETTERS) {
  const vowel = VOWELS.includes(latin) ? VOWEL : 0;
  defineLetter(latin, cyrillic, LOWER | vowel);
  defineLetter(latin.toUpperCase(), cyrillic.toUpperCase(), UPPER | vowel);
}
for (const [latin, cyrillic] of DIACRITIC_LETTERS) {
  defineLetter(latin, cyrillic, LOWER | SERBIAN_ONLY);
  defineLetter(latin.toUpperCase(), cyrillic.toUpperCase(), UPPER | SERBIAN_ONLY);
}
// The Unicode digraph ligatures (legacy encodings, some PDFs): one letter in either script.
defineLetter('\u01c4', 'Џ', UPPER | SERBIAN_ONLY); // Ǆ
defineLetter('\u01c5', 'Џ', UPPER | SERBIAN_ONLY); // ǅ (title case)
defineLetter('\u01c6', 'џ', LOWER | SERBIAN_ONLY); // ǆ
defineLetter('\u01c7', 'Љ', UPPER); // Ǉ
defineLetter('\u01c8', 'Љ', UPPER); // ǈ
defineLetter('\u01c9', 'љ', LOWER); // ǉ
defineLetter('\u01ca', 'Њ', UPPER); // Ǌ
defineLetter('\u01cb', 'Њ', UPPER); // ǋ
defineLetter('\u01cc', 'њ', LOWER); // ǌ

/** The combining accent marks of Serbian orthography and their kind (0: not Serbian). */
export function markKind(code: number): number {
  switch (code) {
    case 0x300: // grave: short rising
    case 0x301: // acute: long rising
      return MARK_RISING;
    case 0x302: // circumflex: length, the genitive sign
    case 0x304: // macron: post-accent length
      return MARK_LENGTH;
    case 0x30f: // double grave: short falling
    case 0x311: // inverted breve: long falling
      return MARK_FALLING;
    default:
      return 0;
  }
}

/** Whether the code unit is a combining diacritical mark (U+0300–U+036F). */
export function isCombiningMark(code: number): boolean {
  return code >= 0x300 && code <= 0x36f;
}

// Precomposed accented vowels (and syllabic r): every NFC form of a Serbian letter + mark.
for (const base of 'aeiour') {
  for (const mark of [0x300, 0x301, 0x302, 0x304, 0x30f, 0x311]) {
    for (const letter of [base, base.toUpperCase()]) {
      const composed = (letter + String.fromCharCode(mark)).normalize('NFC');
      if (composed.length !== 1) continue; // r̀, r̂, r̄: no precomposed form, the mark stays combining
      const code = composed.charCodeAt(0);
      if (code >= TABLE_SIZE) continue;
      const baseCode = letter.charCodeAt(0);
      const caseFlags = LATIN_CLASS[baseCode]! & (LOWER | UPPER | VOWEL);
      LATIN_CLASS[code] = caseFlags | markKind(mark);
      BASE_LETTER[code] = baseCode;
      ACCENTED_TO_CYRILLIC[code] = (String.fromCharCode(LATIN_TO_CYRILLIC_CODE[baseCode]!) + String.fromCharCode(mark)).normalize('NFC');
    }
  }
}

/** First letter of a digraph (by its case) → the Cyrillic letter: Lj/LJ → Љ, lj → љ. */
export const DIGRAPH_TO_CYRILLIC = new Uint16Array(0x80);
DIGRAPH_TO_CYRILLIC[0x4c] = 'Љ'.charCodeAt(0);
DIGRAPH_TO_CYRILLIC[0x6c] = 'љ'.charCodeAt(0);
DIGRAPH_TO_CYRILLIC[0x4e] = 'Њ'.charCodeAt(0);
DIGRAPH_TO_CYRILLIC[0x6e] = 'њ'.charCodeAt(0);
DIGRAPH_TO_CYRILLIC[0x44] = 'Џ'.charCodeAt(0);
DIGRAPH_TO_CYRILLIC[0x64] = 'џ'.charCodeAt(0);

const CODE_L = 0x6c;
const CODE_UPPER_L = 0x4c;
const CODE_N = 0x6e;
const CODE_UPPER_N = 0x4e;
const CODE_J = 0x6a;
const CODE_UPPER_J = 0x4a;
const CODE_D = 0x64;
const CODE_UPPER_D = 0x44;
const CODE_Z_CARON = 0x17e; // ž
const CODE_UPPER_Z_CARON = 0x17d; // Ž

/** Whether `lj`, `nj` or `dž` (any case) starts at `index`. */
export function isDigraphAt(word: string, index: number): boolean {
  const first = word.charCodeAt(index);
  const second = word.charCodeAt(index + 1);
  if (first === CODE_L || first === CODE_UPPER_L || first === CODE_N || first === CODE_UPPER_N) {
    return second === CODE_J || second === CODE_UPPER_J;
  }
  if (first === CODE_D || first === CODE_UPPER_D) return second === CODE_Z_CARON || second === CODE_UPPER_Z_CARON;
  return false;
}

/** The class flags of a code unit (0 for anything that is not a Serbian Latin letter). */
export function latinClass(code: number): number {
  return code < TABLE_SIZE ? LATIN_CLASS[code]! : 0;
}

// ---------------------------------------------------------------------------------------------
// Cyrillic → Latin
// ---------------------------------------------------------------------------------------------

/** The Cyrillic block the table covers: U+0400 up to U+04FF (Serbian letters and ѐ ѝ ӣ ӯ). */
export const CYRILLIC_BASE = 0x400;
export const CYRILLIC_SIZE = 0x100;
/** Cyrillic code unit − U+0400 → Latin (one or two letters; '' passes through). */
export const CYRILLIC_TO_LATIN: string[] = new Array<string>(CYRILLIC_SIZE).fill('');
const CYRILLIC_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['а', 'a'], ['б', 'b'], ['в', 'v'], ['г', 'g'], ['д', 'd'], ['ђ', 'đ'], ['е', 'e'], ['ж', 'ž'],
  ['з', 'z'], ['и', 'i'], ['ј', 'j'], ['к', 'k'], ['л', 'l'], ['љ', 'lj'], ['м', 'm'], ['н', 'n'],
  ['њ', 'nj'], ['о', 'o'], ['п', 'p'], ['р', 'r'], ['с', 's'], ['т', 't'], ['ћ', 'ć'], ['у', 'u'],
  ['ф', 'f'], ['х', 'h'], ['ц', 'c'], ['ч', 'č'], ['џ', 'dž'], ['ш', 'š'],
  // Precomposed accented letters of Serbian Cyrillic: ѐ ѝ (U+0450, U+045D), ӣ ӯ (with macron).
  ['ѐ', 'è'], ['ѝ', 'ì'], ['ӣ', 'ī'], ['ӯ', 'ū'],
];
for (const [cyrillic, latin] of CYRILLIC_PAIRS) {
  CYRILLIC_TO_LATIN[cyrillic.charCodeAt(0) - CYRILLIC_BASE] = latin;
  // Upper case: the full capital form (LJ); the title-case form is chosen from the neighbours.
  CYRILLIC_TO_LATIN[cyrillic.toUpperCase().charCodeAt(0) - CYRILLIC_BASE] = latin.toUpperCase();
}

/** Whether the code unit is a letter, and an upper-case one (0 none, 1 lower, 2 upper). */
export function letterCase(code: number): 0 | 1 | 2 {
  if (Number.isNaN(code)) return 0;
  const char = String.fromCharCode(code);
  const lower = char.toLowerCase();
  if (lower === char.toUpperCase()) return 0;
  return lower === char ? 1 : 2;
}
