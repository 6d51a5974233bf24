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

const CYRILLIC_LETTER = /[\u0400-\u045f]/g;
const COMBINING_MARK = /\p{M}/gu;

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
  return text
    .toLowerCase()
    .replace(CYRILLIC_LETTER, (letter) => CYRILLIC[letter] ?? letter)
    .normalize('NFD')
    .replace(COMBINING_MARK, '')
    .replace(/đ/g, 'd')
    .replace(/dj/g, 'd');
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
