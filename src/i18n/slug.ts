import { cyrillicToLatin } from './transliterate';

/**
 * Letters that Unicode does not decompose into a base letter plus a mark, so NFD alone would
 * drop them. `đ` is the one that matters for Serbian: `dj` is how it is spelt without
 * diacritics (Đorđe → djordje), and it is what search users type (FACTS: Pagefind).
 */
const UNDECOMPOSABLE: Readonly<Record<string, string>> = {
  'đ': 'dj', 'Đ': 'dj', 'ð': 'dj', 'Ð': 'dj',
  'ß': 'ss', 'æ': 'ae', 'Æ': 'ae', 'œ': 'oe', 'Œ': 'oe', 'ø': 'o', 'Ø': 'o', 'ł': 'l', 'Ł': 'l',
  'þ': 'th', 'Þ': 'th', 'ı': 'i', 'ħ': 'h', 'Ħ': 'h', 'ŧ': 't', 'Ŧ': 't',
  // Serbian digraph ligatures (legacy encodings)
  'ǆ': 'dz', 'ǅ': 'dz', 'Ǆ': 'dz', 'ǉ': 'lj', 'ǈ': 'lj', 'Ǉ': 'lj', 'ǌ': 'nj', 'ǋ': 'nj', 'Ǌ': 'nj',
};
const UNDECOMPOSABLE_PATTERN = new RegExp(`[${Object.keys(UNDECOMPOSABLE).join('')}]`, 'g');
const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Apostrophes vanish rather than split a word: don't → dont, not don-t. */
const APOSTROPHES = /['’ʼ`]/g;
const NON_SLUG = /[^a-z0-9]+/g;
const EDGE_HYPHENS = /^-+|-+$/g;

/**
 * ASCII slug of a title in either Serbian script or any Latin-script language:
 * `Čuvanje podataka` and `Чување података` → `cuvanje-podataka`, `Đorđe` → `djordje`,
 * `Љубав` → `ljubav`, `Café` → `cafe`. The result has only lowercase ASCII letters, digits and
 * single hyphens, with no hyphen at either end; it is empty when the text has none of those.
 */
export function slugify(text: string): string {
  return cyrillicToLatin(text)
    .replace(UNDECOMPOSABLE_PATTERN, (letter) => UNDECOMPOSABLE[letter] ?? letter)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(APOSTROPHES, '')
    .replace(NON_SLUG, '-')
    .replace(EDGE_HYPHENS, '');
}
