import path from 'node:path';
import { EDITION_INFO, type Lang } from '../config/editions';
import { articleUrl, libraryItemUrl, toEditionUrl, type Category } from '../config/routes';
import { slugify } from '../i18n/slug';
import { latinToCyrillic } from '../i18n/transliterate';

/** What `npm run new` can create: an article (članak) or an eLibrary item (eBiblioteka). */
export const POST_KINDS = ['article', 'library'] as const;
export type PostKind = (typeof POST_KINDS)[number];

/** Library item formats the new-post command offers (the schema's `LIBRARY_FORMATS`). */
export type NewLibraryFormat = 'pdf' | 'epub' | 'web';

export interface NewPostRequest {
  readonly kind: PostKind;
  readonly lang: Lang;
  readonly title: string;
  /** Required for articles. */
  readonly category?: Category;
  /** Library items only; pdf by default. */
  readonly format?: NewLibraryFormat;
  /** Today, from the injectable clock. */
  readonly today: Date;
  /** Set when the new file is a translation of another. */
  readonly translationKey?: string;
  /** A translation keeps its source's date (the pair is one publication). */
  readonly date?: string;
  /** Markdown body; a short placeholder paragraph when absent. */
  readonly body?: string;
}

/** The file `npm run new` will write. Paths are relative to the site root, with `/`. */
export interface PlannedPost {
  readonly file: string;
  readonly slug: string;
  readonly contents: string;
  /** Public URLs: the page itself, and its Cyrillic twin for Serbian. */
  readonly urls: readonly string[];
  /** Things the author still has to do before the item validates or publishes. */
  readonly nextSteps: readonly string[];
}

/** Placeholders the author replaces; they start with TODO so they are easy to find. */
const PLACEHOLDER: Readonly<Record<Lang, { description: string; body: string; author: string }>> = {
  sr: {
    description: 'TODO: jedna ili dvije rečenice za kartice i pretraživače.',
    body: 'TODO: tekst.',
    author: 'TODO: Ime Prezime',
  },
  en: {
    description: 'TODO: one or two sentences for cards and search engines.',
    body: 'TODO: text.',
    author: 'TODO: First Last',
  },
};

/** A problem with the request, phrased for the author (the CLI prints it and exits 1). */
export class NewPostError extends Error {
  override name = 'NewPostError';
}

/** `YYYY-MM-DD` of `date` in the author's local time zone (the day they are writing on). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A YAML scalar: JSON's double-quoted strings are valid YAML and escape everything needed. */
function yamlString(value: string): string {
  return JSON.stringify(value);
}

const CYRILLIC = /[\u0400-\u04ff]/;

/** The placeholders of a new file, in the script of its title (the `TODO:` marker stays as it is). */
function placeholdersFor(lang: Lang, cyrillic: boolean): { description: string; body: string; author: string } {
  const text = PLACEHOLDER[lang];
  if (!cyrillic || lang !== 'sr') return text;
  const convert = (value: string) => value.replace(/^TODO: (.*)$/, (_all, rest: string) => `TODO: ${latinToCyrillic(rest)}`);
  return { description: convert(text.description), body: convert(text.body), author: convert(text.author) };
}

/**
 * Plans a new article or eLibrary item: the slug from the title in either script
 * (`Čuvanje podataka` / `Чување података` → `cuvanje-podataka`), complete front matter with
 * today's date and `draft: true`, the path under `content/<lang>/` and the public URLs.
 * Pure: writing the file (and refusing to overwrite) is the caller's job.
 */
export function planNewPost(request: NewPostRequest): PlannedPost {
  // Kept in the script it was typed in: a Serbian article may be written in either (both
  // editions are made from it); the slug is ASCII either way.
  const title = request.title.trim();
  if (!title) throw new NewPostError('the title must not be empty');
  const slug = slugify(title);
  if (!slug) throw new NewPostError(`the title "${title}" has no letters or digits to make an address from`);
  const date = request.date ?? localIsoDate(request.today);
  const placeholder = placeholdersFor(request.lang, CYRILLIC.test(title));
  const lines = ['---', `title: ${yamlString(title)}`];
  const nextSteps: string[] = [];
  let folder: string;
  let url: string;
  if (request.kind === 'article') {
    if (!request.category) throw new NewPostError('an article needs a category (--category science-technology | life-style | republika-srpska)');
    folder = 'articles';
    url = articleUrl(request.lang, slug);
    lines.push(`description: ${yamlString(placeholder.description)}`, `date: ${date}`, `category: ${request.category}`, 'tags: []');
  } else {
    const format = request.format ?? 'pdf';
    folder = 'library';
    url = libraryItemUrl(request.lang, slug);
    lines.push(
      `authors: [${yamlString(placeholder.author)}]`,
      `description: ${yamlString(placeholder.description)}`,
      `year: ${request.today.getFullYear()}`,
      `format: ${format}`,
    );
    if (format === 'web') {
      lines.push('url: https://example.org/');
      nextSteps.push('set url: to the address of the web item');
    } else {
      const file = `content/files/${slug}.${format}`;
      lines.push(`file: ${file}`);
      nextSteps.push(`put the ${format.toUpperCase()} at ${file} (the build stops while it is missing)`);
    }
  }
  if (request.translationKey) lines.push(`translationKey: ${request.translationKey}`);
  lines.push('draft: true', '---', '');
  nextSteps.push('replace every TODO', 'delete the line draft: true to publish');
  const contents = `${lines.join('\n')}\n${(request.body ?? `${placeholder.body}\n`).replace(/^\n+/, '')}`;
  const urls = request.lang === 'sr' ? [url, toEditionUrl(url, 'sr-Cyrl')] : [url];
  return { file: path.posix.join('content', request.lang, folder, `${slug}.md`), slug, contents, urls, nextSteps };
}

/** The language a translation is written in. */
export function otherLang(lang: Lang): Lang {
  return lang === 'sr' ? 'en' : 'sr';
}

/** Names the edition a URL belongs to, for the CLI's output. */
export function editionLabel(url: string): string {
  if (url.startsWith('/sr-cyrl/')) return EDITION_INFO['sr-Cyrl'].tag;
  if (url.startsWith('/sr/')) return EDITION_INFO['sr-Latn'].tag;
  return EDITION_INFO.en.tag;
}
