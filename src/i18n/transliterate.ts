/**
 * Serbian Latin ⇄ Cyrillic transliteration.
 *
 * Pure string functions, no Eleventy: they run on every text node of every page of the
 * Cyrillic edition, so the Latin → Cyrillic direction is a single left-to-right regex scan
 * with precompiled patterns and lookup tables. The rules, and how foreign words are detected,
 * are documented in docs/transliteration.md; keep the two in step.
 */

/** Author-editable exceptions, usually built with {@link optionsFromData} from `_data/transliteration.json`. */
export interface TransliterationOptions {
  /** Extra words or phrases kept as written (whole words, case-sensitive; `Buy Me a Coffee` works). */
  keepLatin?: ReadonlySet<string>;
  /** Extra lowercase word stems in which `lj`, `nj` or `dž` are two letters (`panjevrop` → панјевропски). */
  splitDigraphs?: readonly string[];
}

/** Shape of `_data/transliteration.json`. */
export interface TransliterationData {
  keepLatin?: string[];
  splitDigraphs?: string[];
}

/**
 * Options from the parsed `_data/transliteration.json`. Build it once and pass the same object
 * to every call: compiled patterns are cached per options object.
 */
export function optionsFromData(data: TransliterationData): TransliterationOptions {
  return {
    keepLatin: new Set((data.keepLatin ?? []).map((word) => word.trim()).filter((word) => word !== '')),
    splitDigraphs: (data.splitDigraphs ?? []).map((stem) => stem.trim().toLowerCase()).filter((stem) => stem !== ''),
  };
}

// ---------------------------------------------------------------------------------------------
// Letter tables
// ---------------------------------------------------------------------------------------------

/** Table size: covers ASCII, Latin-1, Latin Extended-A and the Unicode digraph ligatures (U+01C4–U+01CC). */
const TABLE_SIZE = 0x1d0;

/** Character class of a Serbian Latin letter (0: not one). */
const LOWER = 1;
const UPPER = 2;
/** č ć đ š ž: letters that exist only in (South Slavic) Latin, a sure sign of a Serbian word. */
const SERBIAN_ONLY = 4;

const LATIN_CLASS = new Uint8Array(TABLE_SIZE);
const LATIN_TO_CYRILLIC: string[] = new Array<string>(TABLE_SIZE).fill('');

function defineLetter(latin: string, cyrillic: string, flags: number): void {
  const code = latin.charCodeAt(0);
  LATIN_CLASS[code] = flags;
  LATIN_TO_CYRILLIC[code] = cyrillic;
}

const SINGLE_LETTERS: ReadonlyArray<readonly [string, string]> = [
  ['a', 'а'], ['b', 'б'], ['c', 'ц'], ['d', 'д'], ['e', 'е'], ['f', 'ф'], ['g', 'г'], ['h', 'х'],
  ['i', 'и'], ['j', 'ј'], ['k', 'к'], ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['p', 'п'],
  ['r', 'р'], ['s', 'с'], ['t', 'т'], ['u', 'у'], ['v', 'в'], ['z', 'з'],
];
const DIACRITIC_LETTERS: ReadonlyArray<readonly [string, string]> = [
  ['č', 'ч'], ['ć', 'ћ'], ['đ', 'ђ'], ['š', 'ш'], ['ž', 'ж'],
];
for (const [latin, cyrillic] of SINGLE_LETTERS) {
  defineLetter(latin, cyrillic, LOWER);
  defineLetter(latin.toUpperCase(), cyrillic.toUpperCase(), UPPER);
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

/** The same table as code units, for the buffer writer (0: no mapping). */
const LATIN_TO_CYRILLIC_CODE = new Uint16Array(TABLE_SIZE);
for (let code = 0; code < TABLE_SIZE; code++) {
  const cyrillic = LATIN_TO_CYRILLIC[code]!;
  if (cyrillic !== '') LATIN_TO_CYRILLIC_CODE[code] = cyrillic.charCodeAt(0);
}
/** First letter of a digraph (by its case) → the Cyrillic letter: Lj/LJ → Љ, lj → љ. */
const DIGRAPH_TO_CYRILLIC = new Uint16Array(0x80);
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

// ---------------------------------------------------------------------------------------------
// Word lists (uppercase where they compare all-caps tokens)
// ---------------------------------------------------------------------------------------------

/**
 * Word stems (lowercase, matched at the start of a word, optionally after the negation `ne`)
 * in which `nj` / `dž` / `lj` are two letters: a prefix ending in n/d/l meets a root starting
 * with j/ž, or a foreign root was borrowed that way. Only digraphs inside the stem are split,
 * so a later one in the same word is still one letter (nadživljavati → надживљавати).
 */
const DIGRAPH_EXCEPTION_STEMS: readonly string[] = [
  // n + j: Latin con-/in- roots and prefix van- / an-
  'konjug', // конјугација, конјуговати
  'konjunk', // конјункција, конјунктура, конјунктив, конјунктивитис
  'konjektur', // конјектура
  'injekc', // инјекција
  'injekt', // инјектор, инјектирати
  'injicir', // инјицирати
  'injunkc', // инјункција
  'injurij', // инјурија
  'anjon', // анјон (an + ion); anchored at the start, so кањон is untouched
  'vanjezi', // ванјезички
  'vanjugoslov', // ванјугословенски
  'tanjug', // Танјуг (TAN + JUG, the news agency); тањир is untouched
  // d + ž: prefixes nad-, od-, pod-, pred- and German feld-
  'nadživ', // надживети, надживјети, надживљавати
  'nadžanj', // наджањети
  'nadžet', // наджети
  'nadžnje', // наджњети
  'nadžup', // наджупан
  'odžal', // оџак is untouched: only оджалити and its forms
  'odžari', // оджарити
  'odživ', // одживети
  'odžubor', // оджуборити
  'odžvak', // оджвакати
  'podžanr', // поджанр
  'podžel', // поджелудачна
  'podžeć', // поджећи
  'podžeg', // поджег
  'podžig', // поджигач, поджигати
  'podžup', // поджупан
  'predželu', // преджелудац
  'predžetv', // преджетвени
  'predživot', // предживот
  'feldžandar', // фелджандарм
];

/**
 * Serbian words and Serbian acronyms that are transliterated even when written in capitals on
 * their own. Everything else all-caps of five letters or fewer is treated as a (foreign or
 * technical) acronym and kept in Latin. The list is deliberately small: add to it as needed.
 */
const SERBIAN_CAPS_WORDS: ReadonlySet<string> = new Set([
  // one-letter words
  'A', 'I', 'K', 'O', 'S', 'U',
  // function words and common short words of headings and emphasis
  'DA', 'NE', 'JE', 'SE', 'SU', 'NA', 'ZA', 'OD', 'DO', 'PO', 'IZ', 'SA', 'KA', 'TO', 'TA', 'TE',
  'TI', 'MI', 'VI', 'ON', 'ONA', 'ONO', 'ONI', 'ONE', 'JA', 'LI', 'BI', 'NI', 'ALI', 'ILI', 'KAO',
  'KAD', 'KADA', 'GDE', 'GDJE', 'KO', 'NIJE', 'NISU', 'SAM', 'SMO', 'STE', 'BEZ', 'PRI', 'PRED',
  'NAD', 'POD', 'KROZ', 'PREMA', 'ZBOG', 'OKO', 'IMA', 'NEMA', 'SVE', 'SVI', 'SVA', 'SAMO', 'KAKO',
  'NOVI', 'NOVA', 'NOVO', 'DAN', 'SAD', 'SADA', 'OVO', 'OVA', 'OVAJ', 'TAJ', 'DOK', 'AKO', 'JER',
  'PA', 'TEK', 'MOJ', 'MOJA', 'MOJE', 'NAS', 'VAS', 'KOJI', 'KOJA', 'KOJE', 'REČ', 'KRAJ', 'UVOD',
  'RAD', 'RAT', 'MIR', 'GRAD', 'ZAKON', 'VEK', 'VIJEK', 'DEO', 'DIO', 'GLAVA',
  // Serbian acronyms, written in Cyrillic in Cyrillic text
  'SAD', 'EU', 'UN', 'NATO', 'RTS', 'RTV', 'MUP', 'PDV', 'PIB', 'JMBG', 'SFRJ', 'SRJ', 'SANU',
  'JNA', 'BIA', 'SPC', 'OEBS', 'MMF', 'NBS', 'PTT', 'GSP', 'JKP', 'EPS', 'NIS', 'RS', 'BG', 'NS',
]);

/** International acronyms kept in Latin even inside an all-caps Serbian passage. */
const INTERNATIONAL_ACRONYMS: ReadonlySet<string> = new Set([
  'API', 'URL', 'URI', 'USB', 'IT', 'CIO', 'CEO', 'CTO', 'SEO', 'UX', 'UI', 'AI', 'CPU', 'GPU',
  'RAM', 'ROM', 'JSON', 'ISO', 'OS', 'ID', 'GNU', 'MIT', 'NASA', 'EAN', 'IBAN', 'ISBN', 'IEEE',
  'OAUTH', 'GIF', 'RSS', 'CRM', 'PR', 'HR', 'CSRF', 'ARIA', 'DOM', 'UTF', 'UTC', 'IP', 'IOS',
]);

/** All-caps words longer than five letters that are still acronyms (transliterating would misspell them). */
const LONG_ACRONYMS: ReadonlySet<string> = new Set(['UNESCO', 'UNICEF', 'ECMASCRIPT', 'OPENAPI']);

/** Mixed-case Serbian words that the inner-capital rule would otherwise keep in Latin. */
const SERBIAN_MIXED_CASE: ReadonlyMap<string, string> = new Map([['BiH', 'БиХ']]);

const ROMAN_NUMERAL = /^(?=[MDCLXVI])M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
/** Words after which a lone `I` or `V` is a century or an ordinal (V vek → V век). */
const ROMAN_CONTEXT_NEXT = /^(?:vek|vijek|stoleć|stoljeć|milenij|svetsk|svjetsk)/;
const NO_VOWEL_NO_R = /^[^AEIOUR]+$/;
const CAPS_DIGRAPH = /LJ|NJ/;

// ---------------------------------------------------------------------------------------------
// Scanner
// ---------------------------------------------------------------------------------------------

/** Any Latin letter at all: without one there is nothing to do (Cyrillic or symbols only). */
const HAS_LATIN = /[A-Za-z\u00c0-\u024f]/;
/** Combining marks: text typed or pasted as NFD (c + U+030C) is normalised to NFC first. */
const HAS_COMBINING = /[\u0300-\u036f]/;

/**
 * Word characters: Latin (with all its extensions), Greek, Cyrillic, digits and combining marks.
 * Explicit ranges rather than \p{L}: a non-unicode regex runs about twice as fast here, and
 * letters of other scripts need no handling (they are never transliterated).
 */
const W = 'A-Za-z0-9\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af\\u0300-\\u036f\\u0370-\\u03ff\\u0400-\\u052f\\u1e00-\\u1eff';
const NOT_AFTER_WORD = `(?<![${W}])`;
const NOT_BEFORE_WORD = `(?![${W}])`;
/** A word, hyphenated compound or elision: letters, digits, with inner `-`, `'` or `’`. */
const WORD = `[${W}]+(?:[-'’][${W}]+)*`;
/**
 * The common case, tried before the protected patterns: a word that is not followed by `@`,
 * `/`, `_`, `%`, `+`, `.letter` or `:non-space` cannot start a URL, address, domain or file name, so the costly
 * patterns below are only tried where one of those characters follows.
 */
const PLAIN_WORD = `(${WORD})(?![${W}@/_%+]|[-'’][${W}]|\\.[${W}]|:[^\\s])`;
/**
 * Tokens copied verbatim, in priority order. Each is non-capturing; only words are captured.
 * Repetitions are bounded so that a pathological input (a 100 KB `a.a.a.…`) costs
 * O(length × bound), never O(length²).
 */
const PROTECTED_PATTERNS: readonly string[] = [
  // template placeholders in UI strings: {{count}}, {% if x %}
  '\\{\\{[^{}\\n]{0,200}\\}\\}|\\{%[^%\\n]{0,200}%\\}',
  // URLs: scheme or www., up to the first space/quote; trailing sentence punctuation is not part of it
  `${NOT_AFTER_WORD}(?:(?:https?|ftp|file):\\/\\/|mailto:|tel:|www\\.)[^\\s<>"'\`]*[^\\s<>"'\`.,;:!?)\\]}»«“”„’]`,
  // e-mail addresses
  `[${W}._%+-]{1,64}@[${W}-]{1,63}(?:\\.[${W}-]{1,63}){1,8}`,
  // @handles (and Mastodon @user@host)
  `${NOT_AFTER_WORD}@[A-Za-z0-9_]+(?:@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)?`,
  // dot-files and dotted names: .env, .gitignore, .NET
  `(?<![${W}.])\\.[A-Za-z][A-Za-z0-9_-]{0,63}(?:\\.[A-Za-z0-9_-]{1,64}){0,8}${NOT_BEFORE_WORD}`,
  // absolute and home paths: /usr/local/bin, ~/notes, ./src
  `${NOT_AFTER_WORD}(?:~|\\.{1,2})?\\/[${W}_.-]+(?:\\/[${W}_.-]*)*`,
  // domains and file names (with an optional relative path): dmspot.net, report.pdf, src/i18n/slug.ts
  `(?:[${W}_~.-]{0,64}\\/){0,16}[${W}_-]{1,64}(?:\\.[${W}_-]{1,64}){0,8}\\.(?:[a-z][a-z0-9]{1,9}|[A-Z][A-Z0-9]{1,9})${NOT_BEFORE_WORD}`,
];

/** Serbian case endings that may follow a `keepLatin` entry directly (DM Spotu, Googleov). */
const KEEP_LATIN_ENDING = '(?:ov(?:a|e|i|o|u|og|om|im|oj|ih|ima)?|om|em|ima|ama|a|e|i|u)?';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

interface Compiled {
  master: RegExp;
  /** Extra digraph stems from the options, or null. */
  extraSplit: RegExp | null;
}

function buildMaster(keepLatin: ReadonlySet<string> | undefined): RegExp {
  const alternatives: string[] = [];
  if (keepLatin !== undefined && keepLatin.size > 0) {
    // Longest first, so `Buy Me a Coffee` wins over a shorter entry starting the same way.
    const entries = [...keepLatin].filter((entry) => entry !== '').sort((a, b) => b.length - a.length);
    if (entries.length > 0) {
      const body = entries.map((entry) => entry.split(/\s+/).map(escapeRegExp).join('[\\s\\u00a0]+')).join('|');
      // A declined form stays whole too: DM Spotu, Googleov, Googleom.
      alternatives.push(`${NOT_AFTER_WORD}(?:${body})${KEEP_LATIN_ENDING}${NOT_BEFORE_WORD}`);
    }
  }
  // Inline code first (it may contain anything), then plain words, then the protected tokens,
  // then any word the protected patterns did not claim (`Napomena:tekst`).
  alternatives.push('`[^`\\n]+`', PLAIN_WORD, ...PROTECTED_PATTERNS, `(${WORD})`);
  return new RegExp(alternatives.join('|'), 'g');
}

function buildStemPattern(stems: readonly string[]): RegExp {
  const sorted = [...stems].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return new RegExp(`^(ne)?(?:${sorted.join('|')})`);
}

const DEFAULT_STEMS = buildStemPattern(DIGRAPH_EXCEPTION_STEMS);
const DEFAULT_COMPILED: Compiled = { master: buildMaster(undefined), extraSplit: null };
const compiledCache = new WeakMap<TransliterationOptions, Compiled>();

function compile(options: TransliterationOptions | undefined): Compiled {
  if (options === undefined) return DEFAULT_COMPILED;
  let compiled = compiledCache.get(options);
  if (compiled === undefined) {
    const extra = (options.splitDigraphs ?? []).map((stem) => stem.toLowerCase()).filter((stem) => stem !== '');
    compiled = {
      master: options.keepLatin !== undefined && options.keepLatin.size > 0 ? buildMaster(options.keepLatin) : DEFAULT_COMPILED.master,
      extraSplit: extra.length > 0 ? buildStemPattern(extra) : null,
    };
    compiledCache.set(options, compiled);
  }
  return compiled;
}

/** Per-call state: what came before, and the extent of the current all-caps run. */
interface ScanState {
  text: string;
  compiled: Compiled;
  /** End of the previous word token and whether it was title case (Petar I). */
  previousEnd: number;
  previousTitleCase: boolean;
  /** The all-caps run containing positions before capsRunEnd, and whether it is a Serbian passage. */
  capsRunEnd: number;
  capsRunSerbian: boolean;
}

const CAPS_WORD_STICKY = /[A-ZČĆĐŠŽ\u01c4\u01c7\u01ca]+(?:[-'’][A-ZČĆĐŠŽ\u01c4\u01c7\u01ca0-9]+)*(?![\p{L}\p{M}\p{N}])/uy;
const CAPS_SEPARATOR_STICKY = /[^\p{L}\n]+/uy;
const NEXT_WORD_STICKY = /[ \t\u00a0]+(\p{L}+)/uy;
const SPACES_ONLY = /^[ \t\u00a0]+$/;

/**
 * Transliterates Serbian Latin text to Serbian Cyrillic, leaving foreign words, acronyms, URLs,
 * e-mail addresses, domains, file names, inline code, Roman numerals and `keepLatin` entries in
 * Latin (see docs/transliteration.md for the exact rules). Cyrillic, digits and punctuation pass
 * through unchanged; NFD input is normalised to NFC.
 */
export function latinToCyrillic(text: string, options?: TransliterationOptions): string {
  if (!HAS_LATIN.test(text)) return text;
  if (HAS_COMBINING.test(text)) text = text.normalize('NFC');
  const compiled = compile(options);
  const master = compiled.master;
  master.lastIndex = 0;
  const state: ScanState = { text, compiled, previousEnd: -1, previousTitleCase: false, capsRunEnd: -1, capsRunSerbian: false };
  // Output goes to a code-unit buffer, allocated on the first change: Cyrillic output is never
  // longer than its Latin input (a digraph becomes one letter), and writing code units avoids
  // building hundreds of thousands of small strings on a large text.
  let out: Uint16Array | null = null;
  let length = 0;
  let copied = 0;
  let match: RegExpExecArray | null;
  while ((match = master.exec(text)) !== null) {
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
      if (out === null) out = outputBuffer(text.length);
      length = copyCodeUnits(text, copied, start, out, length);
      length = writeToken(token, plan, compiled, out, length);
      copied = end;
    }
    state.previousEnd = end;
    state.previousTitleCase = isTitleCase(token);
  }
  if (out === null) return text;
  length = copyCodeUnits(text, copied, text.length, out, length);
  return decodeCodeUnits(out, length);
}

function copyCodeUnits(text: string, from: number, to: number, out: Uint16Array, length: number): number {
  for (let index = from; index < to; index++) out[length++] = text.charCodeAt(index);
  return length;
}

/**
 * One output buffer for the whole module, grown on demand: the functions are synchronous and
 * never re-entered, and reusing it spares thousands of allocations per page.
 */
let sharedBuffer = new Uint16Array(4096);

function outputBuffer(size: number): Uint16Array {
  if (sharedBuffer.length < size) sharedBuffer = new Uint16Array(Math.max(size, sharedBuffer.length * 2));
  return sharedBuffer;
}

const UTF16 = new TextDecoder('utf-16le');
/** Typed arrays use the machine's byte order; the native decoder is only right on little-endian ones. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const SMALL = 64;
const CHUNK = 8192;

/** The string of the first `length` code units of `units`. */
function decodeCodeUnits(units: Uint16Array, length: number): string {
  // The native decoder is several times quicker on anything but a few characters. It turns a
  // lone surrogate into U+FFFD, so a result containing U+FFFD is redone exactly.
  if (length > SMALL && LITTLE_ENDIAN) {
    const decoded = UTF16.decode(units.subarray(0, length));
    if (!decoded.includes('\uFFFD')) return decoded;
  }
  let result = '';
  for (let index = 0; index < length; index += CHUNK) {
    result += String.fromCharCode.apply(null, units.subarray(index, Math.min(length, index + CHUNK)) as unknown as number[]);
  }
  return result;
}

function isTitleCase(token: string): boolean {
  const first = token.charCodeAt(0);
  const second = token.charCodeAt(1);
  return first < TABLE_SIZE && (LATIN_CLASS[first]! & UPPER) !== 0 && second < TABLE_SIZE && (LATIN_CLASS[second]! & LOWER) !== 0;
}

/** Why a part stays in Latin: decides whether it pulls its capitalised neighbours along (Wi-Fi). */
const CONVERT = 0;
const KEEP_FOREIGN = 1;
const KEEP_OTHER = 2;
type Decision = typeof CONVERT | typeof KEEP_FOREIGN | typeof KEEP_OTHER;

/** Plan for a token: every part converted, every part kept, or one decision per part. */
const CONVERT_ALL = 0;
const KEEP_ALL = 1;
type Plan = typeof CONVERT_ALL | typeof KEEP_ALL | Decision[];

const COMPOUND_SEPARATOR = /[-'’]/;

function planToken(token: string, start: number, state: ScanState): Plan {
  if (!COMPOUND_SEPARATOR.test(token)) {
    const decision = decide(token, start, state);
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
    decisions.push(decide(part, offset, state));
    offset += part.length + 1;
  }
  for (let index = 0; index < decisions.length; index++) {
    if (decisions[index] !== CONVERT || !isCapitalised(parts[index]!)) continue;
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
  if (plan === CONVERT_ALL) return writeWord(token, 0, token.length, compiled, out, length);
  if (plan === KEEP_ALL) return copyCodeUnits(token, 0, token.length, out, length);
  let partStart = 0;
  for (let part = 0; part < plan.length; part++) {
    let partEnd = partStart;
    while (partEnd < token.length && !isCompoundSeparator(token.charCodeAt(partEnd))) partEnd++;
    const text = token.slice(partStart, partEnd);
    const mixed = SERBIAN_MIXED_CASE.get(text);
    if (plan[part] === CONVERT) length = writeWord(token, partStart, partEnd, compiled, out, length);
    else length = copyCodeUnits(mixed ?? text, 0, (mixed ?? text).length, out, length);
    if (partEnd < token.length) out[length++] = token.charCodeAt(partEnd);
    partStart = partEnd + 1;
  }
  return length;
}

function isCompoundSeparator(code: number): boolean {
  return code === 0x2d || code === 0x27 || code === 0x2019;
}

function isCapitalised(part: string): boolean {
  const first = part.charCodeAt(0);
  return first < TABLE_SIZE && (LATIN_CLASS[first]! & UPPER) !== 0;
}

/** Decides whether one word (no separators) is Serbian. */
function decide(part: string, start: number, state: ScanState): Decision {
  let lower = 0;
  let upper = 0;
  let digits = 0;
  let serbianOnly = false;
  let innerCapital = false;
  let leadingUpper = 0;
  let previousLower = false;
  for (let index = 0; index < part.length; index++) {
    const code = part.charCodeAt(index);
    const flags = code < TABLE_SIZE ? LATIN_CLASS[code]! : 0;
    if (flags === 0) {
      if (code >= 0x30 && code <= 0x39) {
        digits++;
        previousLower = false;
        continue;
      }
      // q, w, x, y, é, ü, Cyrillic, … : not a Serbian Latin word (Cyrillic stays as it is).
      return KEEP_FOREIGN;
    }
    if ((flags & SERBIAN_ONLY) !== 0) serbianOnly = true;
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
  if (SERBIAN_MIXED_CASE.has(part)) return KEEP_OTHER; // converted from the table by the caller
  if (innerCapital) return isSerbianEPrefixed(part) ? CONVERT : KEEP_FOREIGN; // GitHub, iPhone, JavaScript, OpenAI
  if (lower > 0) {
    if (leadingUpper <= 1) return CONVERT; // lowercase or Title case
    // NJegoš, LJubav, DŽep: a capital digraph followed by lowercase is title case.
    if (leadingUpper === 2 && isDigraphAt(part, 0)) return CONVERT;
    return KEEP_FOREIGN; // PDFs, IDs
  }
  // All capitals from here on.
  if (letters === 1) return decideSingleCapital(part, start, state);
  if (serbianOnly) return CONVERT;
  if (inSerbianCapsPassage(start, state)) {
    if (SERBIAN_CAPS_WORDS.has(part)) return CONVERT;
    if (ROMAN_NUMERAL.test(part)) return KEEP_OTHER;
    if (INTERNATIONAL_ACRONYMS.has(part) || NO_VOWEL_NO_R.test(part)) return KEEP_OTHER;
    return CONVERT;
  }
  if (ROMAN_NUMERAL.test(part)) return KEEP_OTHER;
  if (SERBIAN_CAPS_WORDS.has(part)) return CONVERT;
  if (CAPS_DIGRAPH.test(part)) return CONVERT; // NJIVA, LJUDI, LJ
  if (part.length <= 5) return KEEP_OTHER; // HTML, SQL, CSS, API
  if (LONG_ACRONYMS.has(part)) return KEEP_OTHER;
  return CONVERT; // BEOGRAD, UPOZORENJE
}

/**
 * `e` + a capitalised Serbian word is the Serbian "electronic" prefix: eBiblioteka → еБиблиотека,
 * eUprava → еУправа. (Foreign e-words with q/w/x/y, like eBay, never get here.)
 */
function isSerbianEPrefixed(part: string): boolean {
  if (part.length < 3 || part.charCodeAt(0) !== 0x65) return false;
  const second = part.charCodeAt(1);
  if (second >= TABLE_SIZE || (LATIN_CLASS[second]! & UPPER) === 0) return false;
  for (let index = 2; index < part.length; index++) {
    const code = part.charCodeAt(index);
    if (code >= TABLE_SIZE || (LATIN_CLASS[code]! & LOWER) === 0) return false;
  }
  return true;
}

function isDigraphAt(part: string, index: number): boolean {
  const first = part.charCodeAt(index);
  const second = part.charCodeAt(index + 1);
  if (first === CODE_L || first === CODE_UPPER_L || first === CODE_N || first === CODE_UPPER_N) {
    return second === CODE_J || second === CODE_UPPER_J;
  }
  if (first === CODE_D || first === CODE_UPPER_D) return second === CODE_Z_CARON || second === CODE_UPPER_Z_CARON;
  return false;
}

/**
 * A lone capital. `I` and `V` are Roman numerals after a title-case name (Petar I, Stefan V) or
 * before a century-like word (V vek); otherwise every lone letter is Serbian (I onda…, plan B).
 */
function decideSingleCapital(part: string, start: number, state: ScanState): Decision {
  if (part !== 'I' && part !== 'V') return CONVERT;
  if (state.previousEnd >= 0 && state.previousTitleCase && SPACES_ONLY.test(state.text.slice(state.previousEnd, start))) {
    return KEEP_OTHER;
  }
  NEXT_WORD_STICKY.lastIndex = start + part.length;
  const next = NEXT_WORD_STICKY.exec(state.text);
  if (next !== null && ROMAN_CONTEXT_NEXT.test(next[1]!)) return KEEP_OTHER;
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
  state.capsRunEnd = Math.max(runEnd, start + 1);
  state.capsRunSerbian = words >= 2 && serbian;
  return state.capsRunSerbian;
}

function isSerbianCapsSignal(word: string): boolean {
  if (word === '') return false;
  if (SERBIAN_CAPS_WORDS.has(word)) return true;
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (code < TABLE_SIZE && (LATIN_CLASS[code]! & SERBIAN_ONLY) !== 0) return true;
  }
  if (CAPS_DIGRAPH.test(word)) return true;
  return word.length >= 6 && !LONG_ACRONYMS.has(word);
}

const DIGRAPH_CANDIDATE = /[lLnN][jJ]|[dD][žŽ]/;

/**
 * Letter-by-letter conversion of the Serbian word `source[from, to)` into `out`, joining lj/nj/dž
 * except inside exception stems; returns the new output length.
 */
function writeWord(source: string, from: number, to: number, compiled: Compiled, out: Uint16Array, length: number): number {
  let splitFrom = -1;
  let splitTo = -1;
  const word = from === 0 && to === source.length ? source : source.slice(from, to);
  if (DIGRAPH_CANDIDATE.test(word)) {
    const lower = word.toLowerCase();
    const match = DEFAULT_STEMS.exec(lower) ?? compiled.extraSplit?.exec(lower) ?? null;
    if (match !== null) {
      splitFrom = match[1] === undefined ? 0 : match[1].length;
      splitTo = match[0].length - 1;
    }
  }
  const size = word.length;
  for (let index = 0; index < size; index++) {
    const code = word.charCodeAt(index);
    if (index + 1 < size && (index < splitFrom || index >= splitTo) && isDigraphAt(word, index)) {
      out[length++] = DIGRAPH_TO_CYRILLIC[code]!;
      index++;
      continue;
    }
    const mapped = code < TABLE_SIZE ? LATIN_TO_CYRILLIC_CODE[code]! : 0;
    out[length++] = mapped === 0 ? code : mapped;
  }
  return length;
}

// ---------------------------------------------------------------------------------------------
// Cyrillic → Latin
// ---------------------------------------------------------------------------------------------

const CYRILLIC_BASE = 0x400;
const CYRILLIC_TO_LATIN: string[] = new Array<string>(0x60).fill('');
const CYRILLIC_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['а', 'a'], ['б', 'b'], ['в', 'v'], ['г', 'g'], ['д', 'd'], ['ђ', 'đ'], ['е', 'e'], ['ж', 'ž'],
  ['з', 'z'], ['и', 'i'], ['ј', 'j'], ['к', 'k'], ['л', 'l'], ['љ', 'lj'], ['м', 'm'], ['н', 'n'],
  ['њ', 'nj'], ['о', 'o'], ['п', 'p'], ['р', 'r'], ['с', 's'], ['т', 't'], ['ћ', 'ć'], ['у', 'u'],
  ['ф', 'f'], ['х', 'h'], ['ц', 'c'], ['ч', 'č'], ['џ', 'dž'], ['ш', 'š'],
];
for (const [cyrillic, latin] of CYRILLIC_PAIRS) {
  CYRILLIC_TO_LATIN[cyrillic.charCodeAt(0) - CYRILLIC_BASE] = latin;
  // Upper case: the full capital form (LJ); the title-case form is chosen from the neighbours.
  CYRILLIC_TO_LATIN[cyrillic.toUpperCase().charCodeAt(0) - CYRILLIC_BASE] = latin.toUpperCase();
}
const HAS_CYRILLIC = /[\u0400-\u045f]/;

/** Whether the code unit is a letter, and an upper-case one (Latin or Cyrillic are what matter here). */
function letterCase(code: number): 0 | 1 | 2 {
  if (Number.isNaN(code)) return 0;
  const char = String.fromCharCode(code);
  const lower = char.toLowerCase();
  if (lower === char.toUpperCase()) return 0;
  return lower === char ? 1 : 2;
}

/**
 * Transliterates Serbian Cyrillic to Serbian Latin, one letter to one letter (Љ Њ Џ to two).
 * Capital Љ/Њ/Џ become `LJ`/`NJ`/`DŽ` next to capitals (ЉУБАВ → LJUBAV) and `Lj`/`Nj`/`Dž`
 * otherwise (Љубав → Ljubav, Љ → Lj). Latin and everything else pass through unchanged.
 */
export function cyrillicToLatin(text: string): string {
  if (!HAS_CYRILLIC.test(text)) return text;
  // At most two Latin code units per Cyrillic one (Љ → LJ).
  const out = outputBuffer(text.length * 2);
  let length = 0;
  const size = text.length;
  for (let index = 0; index < size; index++) {
    const code = text.charCodeAt(index);
    const offset = code - CYRILLIC_BASE;
    const mapped = offset >= 0 && offset < 0x60 ? CYRILLIC_TO_LATIN[offset]! : '';
    if (mapped === '') {
      out[length++] = code;
      continue;
    }
    out[length++] = mapped.charCodeAt(0);
    if (mapped.length === 2) {
      let second = mapped.charCodeAt(1);
      if (code < 0x430) {
        // A capital digraph: all capitals beside a capital letter (ЉУБАВ, ПОЉ), else title case.
        const next = letterCase(text.charCodeAt(index + 1));
        const allCaps = next !== 0 ? next === 2 : letterCase(text.charCodeAt(index - 1)) === 2;
        if (!allCaps) second = mapped.slice(1).toLowerCase().charCodeAt(0);
      }
      out[length++] = second;
    }
  }
  return decodeCodeUnits(out, length);
}
