/**
 * Serbian Latin ⇄ Cyrillic transliteration: the public entry point. The work is split by
 * concern under ./transliteration/ (letter tables, tokenizer, word and capital rules, digraph
 * rules, the two runners); docs/transliteration.md describes the rules.
 */

export { latinToCyrillic } from './transliteration/latin-to-cyrillic';
export { cyrillicToLatin } from './transliteration/cyrillic-to-latin';
export { optionsFromData, type TransliterationData, type TransliterationOptions } from './transliteration/options';
