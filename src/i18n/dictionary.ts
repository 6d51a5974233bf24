import en from '../../i18n/en.json';
import sr from '../../i18n/sr.json';
import { LANGS, type Lang } from '../config/editions';

/** A UI string's key: every key of the English dictionary (a test keeps the others equal). */
export type UiKey = keyof typeof en;

/**
 * One flat dictionary per language, dotted keys grouped by component. The Cyrillic edition has
 * no dictionary of its own: its strings are transliterated from `sr` with the rest of the page.
 */
export const DICTIONARIES: Readonly<Record<Lang, Readonly<Record<UiKey, string>>>> = { en, sr };

/** A node of the nested dictionary eleventy-plugin-i18n reads: languages at the leaves. */
export interface TranslationTree {
  [segment: string]: TranslationTree | string;
}

/**
 * The shape eleventy-plugin-i18n wants, built in this one place so the files on disk stay flat
 * and one per locale. The plugin looks keys up with lodash.get 4.4, which splits `nav.home` on
 * the dot, so the dotted keys become a tree with the languages at the leaves:
 * `{ nav: { home: { en: "Home", sr: "Početna" } } }`.
 */
export function pluginTranslations(
  dictionaries: Readonly<Record<Lang, Readonly<Record<string, string>>>> = DICTIONARIES,
): TranslationTree {
  const root: TranslationTree = {};
  for (const lang of LANGS) {
    for (const [key, value] of Object.entries(dictionaries[lang])) {
      let node = root;
      for (const segment of key.split('.')) {
        if ((LANGS as readonly string[]).includes(segment)) throw new Error(`i18n key "${key}": a segment may not be a language code (${segment})`);
        const next = node[segment];
        if (typeof next === 'string') throw new Error(`i18n key "${key}" collides with a string`);
        node = next ?? (node[segment] = {});
      }
      node[lang] = value;
    }
  }
  return root;
}
