/**
 * Search keys: the one form in which both the indexed text and the reader's query are compared.
 *
 * Serbian is folded to lower-case ASCII Latin so that script and diacritics do not matter:
 * `ћевапи`, `Ćevapi` and `cevapi` all become `cevapi`; `Đorđe`, `Djordje` and `Dordje` all become
 * `dorde`. Pagefind folds most Latin diacritics itself, but not `ћ` against `ć` across scripts,
 * and `đ` has no Unicode decomposition (FACTS: Pagefind), hence our own fold on both sides.
 *
 * Folding never adds or removes whitespace, so a text keeps its words (`source.split(/\s+/)` and
 * `fold(source).split(/\s+/)` line up). No imports: this module is also bundled for the browser.
 */

/** Cyrillic letters (lower case) to folded Latin; `ђ` goes through `đ` like the Latin letter. */
const CYRILLIC: Readonly<Record<string, string>> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'd', е: 'e', ж: 'z', з: 'z', и: 'i', ј: 'j', к: 'k',
  л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'c', у: 'u',
  ф: 'f', х: 'h', ц: 'c', ч: 'c', џ: 'dz', ш: 's',
};

const COMBINING_MARK = /\p{M}/gu;
const DJ = /dj/g;

/**
 * Lower-case letters folded without decomposition, by UTF-16 code (U+0080–U+04FF): Cyrillic, and
 * Latin with Serbian diacritics; every other character decomposes as NFD would.
 */
const FOLDED: readonly (string | undefined)[] = (() => {
  const table: (string | undefined)[] = [];
  for (const [letter, folded] of Object.entries({ ...CYRILLIC, č: 'c', ć: 'c', š: 's', ž: 'z', đ: 'd' })) table[letter.charCodeAt(0)] = folded;
  return table;
})();

/** Editions as the search sees them: every Serbian edition shares one fold. */
export type SearchLanguage = 'sr' | 'en';

/** The search language of an `<html lang>` tag (`sr-Latn`, `sr-Cyrl` → `sr`; anything else → `en`). */
export function searchLanguageOf(tag: string): SearchLanguage {
  return /^sr(?:-|$)/i.test(tag.trim()) ? 'sr' : 'en';
}

/**
 * Serbian text in either script, folded to lower-case ASCII Latin: Cyrillic to Latin, diacritics
 * dropped (č ć → c, š → s, ž → z, dž → dz), and `đ` and its ASCII spelling `dj` both to `d`
 * (readers type `Đorđe` as `Djordje` or `Dordje`). `dj` inside a word (`podjela`) folds too; both
 * sides fold alike, so that only merges a few spellings.
 */
export function foldSerbian(text: string): string {
  const lower = text.toLowerCase();
  // Most text of a Serbian page is ASCII or a handful of letters: fold those through a table and
  // decompose only what the table does not know (same result as NFD for every character).
  let folded = '';
  let start = 0;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    if (code < 0x80) continue;
    folded += lower.slice(start, i);
    const known = FOLDED[code];
    if (known !== undefined) folded += known;
    else {
      const char = lower[i] as string;
      // Anything else: decomposed, combining marks dropped (a surrogate pair stays whole).
      const next = lower.charCodeAt(i + 1);
      const pair = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? lower.slice(i, i + 2) : char;
      folded += pair.normalize('NFD').replace(COMBINING_MARK, '');
      i += pair.length - 1;
    }
    start = i + 1;
  }
  folded += lower.slice(start);
  return folded.replace(DJ, 'd');
}

/** English (and any other language): lower case without diacritics (`Café` → `cafe`). */
export function foldPlain(text: string): string {
  return text.toLowerCase().normalize('NFD').replace(COMBINING_MARK, '');
}

/** The search key of a text in a language: {@link foldSerbian} for Serbian, {@link foldPlain} otherwise. */
export function searchKey(text: string, language: SearchLanguage): string {
  return language === 'sr' ? foldSerbian(text) : foldPlain(text);
}

/**
 * A reader's query as it is sent to the index: trimmed, inner whitespace collapsed, folded. English
 * stays as typed apart from case and accents; Pagefind's English stemmer does the rest.
 */
export function normaliseQuery(query: string, language: SearchLanguage): string {
  return searchKey(query.trim().replace(/\s+/g, ' '), language);
}
