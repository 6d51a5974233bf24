import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import en from '../../i18n/en.json';
import sr from '../../i18n/sr.json';
import { LANGS, type Lang } from '../../src/config/editions';
import { DICTIONARIES, pluginTranslations, type TranslationTree } from '../../src/i18n/dictionary';

const require = createRequire(import.meta.url);
const get = require('lodash.get') as (object: unknown, path: string) => unknown;
type PluginLookup = (key: string, data?: Record<string, unknown>, localeOverride?: string, pluginOptions?: { translations?: object; fallbackLocales?: Record<string, string> }, page?: { url?: string }) => string;
const pluginLookup = require('eleventy-plugin-i18n/i18n.js') as PluginLookup;

const FILES: Readonly<Record<Lang, Readonly<Record<string, string>>>> = { en, sr };
const KEYS = Object.keys(en).sort();
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((m) => m[1]).sort();

describe('i18n/en.json and i18n/sr.json', () => {
  it('have keys', () => {
    expect(KEYS.length).toBeGreaterThan(10);
  });

  it('have exactly the same keys', () => {
    expect(Object.keys(sr).sort()).toEqual(KEYS);
  });

  /** `lang key: problem` for every entry of both files that `problem` finds something wrong with. */
  const everyEntry = (problem: (value: unknown, lang: Lang, key: string) => string | undefined) =>
    LANGS.flatMap((lang) => Object.entries(FILES[lang]).flatMap(([key, value]) => {
      const found = problem(value, lang, key);
      return found ? [`${lang} ${key}: ${found}`] : [];
    }));

  it('hold only non-empty strings without surrounding spaces', () => {
    expect(everyEntry((value) => (typeof value !== 'string' ? 'not a string' : value.trim() === '' ? 'empty' : value !== value.trim() ? 'surrounding spaces' : undefined))).toEqual([]);
  });

  it('use the same placeholders in both languages', () => {
    const different = KEYS.filter((key) => JSON.stringify(placeholders((sr as Record<string, string>)[key] ?? '')) !== JSON.stringify(placeholders((en as Record<string, string>)[key] ?? '')));
    expect(different).toEqual([]);
  });

  it('have only well-formed {{placeholders}}', () => {
    expect(everyEntry((value) => (/\{\{|\}\}/.test(String(value).replace(/\{\{[a-zA-Z]+\}\}/g, '')) ? 'malformed placeholder' : undefined))).toEqual([]);
  });

  it('the checks above notice a bad entry', () => {
    expect(placeholders('{{a}} i {{b}}')).toEqual(['a', 'b']);
    expect(/\{\{|\}\}/.test('{{ broken }'.replace(/\{\{[a-zA-Z]+\}\}/g, ''))).toBe(true);
  });

  it('keeps plural forms complete', () => {
    const bases = new Set(KEYS.filter((k) => /\.(one|few|other)$/.test(k)).map((k) => k.replace(/\.(one|few|other)$/, '')));
    expect(bases.size).toBeGreaterThan(0);
    for (const base of bases) for (const form of ['one', 'few', 'other']) expect(KEYS).toContain(`${base}.${form}`);
  });

  it('are what DICTIONARIES holds', () => {
    expect(DICTIONARIES.en).toEqual(en);
    expect(DICTIONARIES.sr).toEqual(sr);
  });

  it('use no language code as a key segment', () => {
    for (const key of KEYS) for (const segment of key.split('.')) expect(LANGS as readonly string[]).not.toContain(segment);
  });
});

describe('pluginTranslations', () => {
  const tree = pluginTranslations();

  it('lets lodash.get (the plugin\'s lookup) find every key in every language', () => {
    const wrong = LANGS.flatMap((lang) => KEYS.filter((key) => get(tree, `[${key}][${lang}]`) !== FILES[lang][key]).map((key) => `${lang} ${key}`));
    expect(wrong).toEqual([]);
  });

  it('nests dotted keys with the languages at the leaves', () => {
    expect(tree.nav).toMatchObject({ home: { en: en['nav.home'], sr: sr['nav.home'] } });
  });

  it('keeps a key that is also a prefix of other keys', () => {
    const small = pluginTranslations({ en: { 'a.b': 'AB', 'a.b.c': 'ABC' }, sr: { 'a.b': 'ab', 'a.b.c': 'abc' } });
    expect(small).toEqual({ a: { b: { en: 'AB', sr: 'ab', c: { en: 'ABC', sr: 'abc' } } } });
    expect(get(small, '[a.b][sr]')).toBe('ab');
    expect(get(small, '[a.b.c][en]')).toBe('ABC');
  });

  it.each<[string, Record<string, string>]>([
    ['a segment that is a language code', { 'nav.en': 'x' }],
    ['a segment that is the other language code', { 'sr.title': 'x' }],
  ])('refuses %s', (_name, dictionary) => {
    expect(() => pluginTranslations({ en: dictionary, sr: dictionary })).toThrow(/language code/);
  });

  it('builds an empty tree from empty dictionaries', () => {
    const empty: TranslationTree = pluginTranslations({ en: {}, sr: {} });
    expect(empty).toEqual({});
  });
});

describe("eleventy-plugin-i18n's lookup", () => {
  const options = { translations: pluginTranslations() };
  afterEach(() => {
    vi.restoreAllMocks();
  });

  /** The value with each placeholder filled by `<name>`. */
  const filled = (text: string) => text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_w, name: string) => `<${name}>`);
  const dataFor = (text: string) => Object.fromEntries(placeholders(text).map((name) => [name, `<${name}>`]));

  it('returns the dictionary value of every key in every language, placeholders filled, without a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const wrong: string[] = [];
    for (const lang of LANGS) {
      for (const key of KEYS) {
        const value = FILES[lang][key] ?? '';
        const got = pluginLookup(key, dataFor(value), lang, options, { url: '/' });
        if (got !== filled(value)) wrong.push(`${lang} ${key}: ${got}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(warn).not.toHaveBeenCalled();
  });

  it('takes the language override over the page URL', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(pluginLookup('nav.home', {}, 'sr', options, { url: '/en/' })).toBe(sr['nav.home']);
    expect(pluginLookup('nav.home', {}, 'en', options, { url: '/sr-cyrl/' })).toBe(en['nav.home']);
    expect(warn).not.toHaveBeenCalled();
  });

  it('fills {{count}} from the data', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(pluginLookup('listing.count.few', { count: 3 }, 'sr', options)).toBe('3 članka');
  });

  it('returns the key (and warns) for an unknown key, so the test above can fail', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(pluginLookup('nav.nothing', {}, 'sr', options)).toBe('nav.nothing');
    expect(warn).toHaveBeenCalled();
  });
});
