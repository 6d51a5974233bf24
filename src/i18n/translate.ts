import type { Lang } from '../config/editions';
import type { TemplateContext } from '../types/eleventy';
import type { UiKey } from './dictionary';
import { pluralCategory } from './format';

/** Looks a UI string up in the page's language, filling `{{name}}` placeholders. */
export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/** Keys that come in plural forms: `<base>.one`, `<base>.few`, `<base>.other`. */
type PluralBase<K extends string> = K extends `${infer B}.other` ? B : never;
export type PluralKey = PluralBase<UiKey>;

/**
 * This build's translations so far, by language, key and variables: a page asks for the same
 * few dozen strings as every other page, and the plugin's lookup parses the key path each time.
 * Forgotten before each build (`forgetTranslations`), so `npm start` sees an edited dictionary.
 */
const translated = new Map<string, string>();

export function forgetTranslations(): void {
  translated.clear();
}

/**
 * A translator bound to a language, backed by eleventy-plugin-i18n's `i18n` filter. The
 * language is always passed explicitly: the plugin would otherwise guess it from the first URL
 * segment, which is wrong for `/`, `/404.html` and the generated Cyrillic edition.
 */
export function translator(context: Pick<TemplateContext, 'i18n'>, lang: Lang): Translate {
  return (key, vars) => {
    const id = vars ? `${lang}\0${key}\0${JSON.stringify(vars)}` : `${lang}\0${key}`;
    let text = translated.get(id);
    if (text === undefined) {
      text = context.i18n(key, vars ?? {}, lang);
      translated.set(id, text);
    }
    return text;
  };
}

/** `1 članak`, `2 članka`, `5 članaka`: the count in the language's plural form. */
export function plural(t: Translate, base: PluralKey, count: number, lang: Lang): string {
  return t(`${base}.${pluralCategory(count, lang)}` as UiKey, { count });
}
