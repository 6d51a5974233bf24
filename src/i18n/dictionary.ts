import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type en from '../../i18n/en.json';
import { LANGS, type Lang } from '../config/editions';
import { REPO_ROOT } from '../config/paths';
import { DataFileError, readStructuredFile } from '../content/data-files';
import { describeIssues } from '../content/schema';

/** A UI string's key: every key of the English dictionary (the check below keeps the others equal). */
export type UiKey = keyof typeof en;

/** Where the UI dictionaries are: one flat JSON file per language. */
export const I18N_DIR = path.join(REPO_ROOT, 'i18n');

/** A dictionary file: dotted keys (`nav.home`, `article.readingTime.one`) to non-empty strings. */
const dictionarySchema = z.record(
  z.string().regex(/^[a-z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9-]+)*$/, { error: 'is not a dotted key like nav.home' }),
  z.string({ error: 'must be text' }).refine((value) => value.trim() !== '' && value === value.trim(), { error: 'must be text without surrounding spaces' }),
);

/** `{{name}}` placeholders of a string, sorted. */
export function placeholdersOf(text: string): string[] {
  return [...text.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((match) => match[1] ?? '').sort();
}

/**
 * Reads and checks both dictionaries: each a flat map of keys to strings, the same keys in both,
 * the same placeholders for each key. Every problem names the file and the key.
 */
export function readDictionaries(dir: string = I18N_DIR): { dictionaries?: Record<Lang, Record<string, string>>; problems: { file: string; field?: string; message: string }[] } {
  const problems: { file: string; field?: string; message: string }[] = [];
  const files = {} as Record<Lang, Record<string, string>>;
  for (const lang of LANGS) {
    const file = path.join(dir, `${lang}.json`);
    const shown = `i18n/${lang}.json`;
    let data: unknown;
    try {
      data = readStructuredFile(readFileSync(file, 'utf8'), shown);
    } catch (error) {
      if (error instanceof DataFileError) problems.push(...error.lines.map((line) => ({ file: shown, message: line.message })));
      else problems.push({ file: shown, message: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` });
      continue;
    }
    const result = dictionarySchema.safeParse(data);
    if (!result.success) {
      problems.push(...describeIssues(result.error.issues, data).map((line) => ({ file: shown, field: line.field, message: line.message })));
      continue;
    }
    files[lang] = result.data;
  }
  if (problems.length) return { problems };
  // English is the reference: the keys the code is typed with (UiKey) come from it.
  const first: Lang = 'en';
  const others = LANGS.filter((lang) => lang !== first);
  const reference = files[first];
  for (const lang of others) {
    const dictionary = files[lang];
    for (const key of Object.keys(reference)) {
      if (!(key in dictionary)) problems.push({ file: `i18n/${lang}.json`, field: key, message: `${key} is missing (i18n/${first}.json has it)` });
      else if (placeholdersOf(dictionary[key] ?? '').join() !== placeholdersOf(reference[key] ?? '').join()) {
        problems.push({ file: `i18n/${lang}.json`, field: key, message: `${key} has the placeholders {{${placeholdersOf(dictionary[key] ?? '').join('}}, {{')}}} where i18n/${first}.json has {{${placeholdersOf(reference[key] ?? '').join('}}, {{')}}}` });
      }
    }
    for (const key of Object.keys(dictionary)) {
      if (!(key in reference)) problems.push({ file: `i18n/${lang}.json`, field: key, message: `${key} is not in i18n/${first}.json (every language has the same keys)` });
    }
  }
  return problems.length ? { problems } : { dictionaries: files, problems };
}

function loadDictionaries(): Readonly<Record<Lang, Readonly<Record<UiKey, string>>>> {
  const { dictionaries, problems } = readDictionaries();
  if (!dictionaries) throw new DataFileError('i18n/', problems.map((p) => ({ field: p.field, message: `${p.file}: ${p.message}` })));
  return dictionaries as Record<Lang, Record<UiKey, string>>;
}

/**
 * One flat dictionary per language, dotted keys grouped by component, read and checked once.
 * The Cyrillic edition has no dictionary of its own: its strings are transliterated from `sr`
 * with the rest of the page.
 */
export const DICTIONARIES: Readonly<Record<Lang, Readonly<Record<UiKey, string>>>> = loadDictionaries();

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
