import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { LANGS, type Lang } from '../config/editions';
import { imageProblems } from '../images/check';
import { containmentProblems } from './containment';
import { tagProblems } from './tag-check';
import { resolveImageSource } from '../images/sources';
import { ContentError, parseContentFile } from './front-matter';
import {
  articleSchema,
  describeIssues,
  libraryItemSchema,
  pageSchema,
  SLUG_PATTERN,
  type ArticleFrontMatter,
  type LibraryItemFrontMatter,
  type PageFrontMatter,
} from './schema';

/** One thing the author must fix. `file` is relative to the project root. */
export interface Problem {
  readonly file: string;
  readonly field?: string;
  readonly message: string;
}

/** A content file that passed the check: where it is, what it says, where its body starts. */
export interface ValidatedFile<D> {
  /** Relative to the site root: `content/sr/articles/x.md`. */
  readonly file: string;
  readonly lang: Lang;
  readonly slug: string;
  readonly data: D;
  /** The file line the Markdown body starts on (messages about the body name file lines). */
  readonly bodyLine: number;
}

export type ValidatedArticle = ValidatedFile<ArticleFrontMatter>;
export type ValidatedLibraryItem = ValidatedFile<LibraryItemFrontMatter>;
export type ValidatedPage = ValidatedFile<PageFrontMatter> & { readonly kind: 'home' | 'author' };

export interface ContentReport {
  readonly problems: Problem[];
  readonly articles: ValidatedArticle[];
  readonly libraryItems: ValidatedLibraryItem[];
  /** Each language's home text and author page. */
  readonly pages: ValidatedPage[];
}

/** Images may sit beside the Markdown that shows them. */
const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif|svg)$/i;

/** Files a language folder may hold besides `articles/` and `library/`. */
const PAGE_FILES = new Set(['index.md', 'author.md']);

/**
 * Reads and checks every content file of `contentDir` without writing anything, and lists
 * every problem (not only the first) with the file, the field and what was expected.
 * `root` is what file names are shown relative to.
 */
export function validateContent(contentDir: string, root = process.cwd()): ContentReport {
  const problems: Problem[] = [];
  const articles: ValidatedArticle[] = [];
  const libraryItems: ValidatedLibraryItem[] = [];
  const pages: ValidatedPage[] = [];
  const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');

  if (existsSync(contentDir)) {
    for (const entry of readdirSync(contentDir, { withFileTypes: true })) {
      if (!(LANGS as readonly string[]).includes(entry.name) && entry.name !== 'files' && entry.name !== 'images') {
        problems.push({ file: rel(path.join(contentDir, entry.name)), message: 'is not a known content folder (content/ holds sr/, en/, files/ and images/)' });
      }
    }
  }
  for (const lang of LANGS) {
    const langDir = path.join(contentDir, lang);
    if (!existsSync(langDir)) continue;
    // An empty language folder would publish an edition with no home page, which every
    // language switcher links to: say so here rather than as broken links after the build.
    if (readdirSync(langDir).length === 0) {
      problems.push({ file: rel(langDir), message: `is empty (a language folder holds index.md, author.md, articles/ and library/; delete it or write ${lang}/index.md and ${lang}/author.md)` });
      continue;
    }
    for (const entry of readdirSync(langDir, { withFileTypes: true })) {
      const full = path.join(langDir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name === 'articles' || entry.name === 'library') continue;
        problems.push({ file: rel(full), message: `is not a known folder (articles go in ${lang}/articles/, eLibrary items in ${lang}/library/)` });
      } else if (PAGE_FILES.has(entry.name)) {
        const checked = check(full, pageSchema);
        if (checked) pages.push({ file: rel(full), lang, slug: entry.name.slice(0, -3), kind: entry.name === 'index.md' ? 'home' : 'author', ...checked });
      } else {
        problems.push({ file: rel(full), message: 'is not a known page (a language folder holds index.md, author.md, articles/ and library/)' });
      }
    }
    for (const file of markdownFiles(path.join(langDir, 'articles'), problems, rel)) {
      const checked = check(file, articleSchema);
      if (checked) articles.push({ file: rel(file), lang, slug: path.basename(file, '.md'), ...checked });
    }
    for (const file of markdownFiles(path.join(langDir, 'library'), problems, rel)) {
      const checked = check(file, libraryItemSchema);
      if (checked) libraryItems.push({ file: rel(file), lang, slug: path.basename(file, '.md'), ...checked });
    }
  }

  problems.push(...containmentProblems(contentDir, root));
  problems.push(...tagProblems([...articles, ...libraryItems].flatMap((entry) => (entry.data.tags ?? []).map((tag) => ({ file: entry.file, lang: entry.lang, tag })))));
  checkTranslationKeys(articles, problems, true);
  checkTranslationKeys(libraryItems, problems, false);
  for (const item of libraryItems) {
    if (item.data.file && !isFile(path.join(root, item.data.file))) {
      problems.push({ file: item.file, field: 'file', message: `file ${item.data.file} does not exist (put the ${item.data.format} in content/files/)` });
    }
  }
  for (const entry of [...articles, ...libraryItems]) {
    const cover = entry.data.cover;
    if (!cover) continue;
    // The same rule as a picture in the text: beside the file, or /images/… in content/images/.
    const source = resolveImageSource(cover.src, path.join(root, entry.file), contentDir);
    if ('error' in source) problems.push({ file: entry.file, field: 'cover.src', message: `cover.src: ${source.error}` });
    else if (!isFile(source.file)) problems.push({ file: entry.file, field: 'cover.src', message: `cover.src ${cover.src} does not exist (put it beside the file, or in content/images/ and write /images/…)` });
  }
  return { problems, articles, libraryItems, pages };

  function check<S extends z.ZodType>(file: string, schema: S): { data: z.infer<S>; bodyLine: number } | undefined {
    try {
      const bytes = readFileSync(file);
      const { data, body, bodyLine } = parseContentFile(rel(file), bytes);
      // Parsing Markdown costs; most articles have no picture, so only those that may are read.
      if (body.includes('![') || /<img/i.test(body)) {
        for (const problem of imageProblems(file, body, contentDir, bodyLine)) problems.push({ file: rel(file), ...problem });
      }
      const result = schema.safeParse(data);
      if (result.success) return { data: result.data, bodyLine };
      for (const line of describeIssues(result.error.issues, data)) problems.push({ file: rel(file), field: line.field, message: line.message });
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push({ file: error.file, message: error.detail });
    }
    return undefined;
  }
}

function markdownFiles(dir: string, problems: Problem[], rel: (file: string) => string): string[] {
  if (!existsSync(dir)) return [];
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isFile() && IMAGE_FILE.test(entry.name)) continue; // covers and images live beside their article
    if (!entry.isFile() || !entry.name.endsWith('.md')) {
      problems.push({ file: rel(full), message: 'is not a Markdown file (.md) or an image; move it out of this folder' });
      continue;
    }
    const slug = entry.name.slice(0, -3);
    if (!SLUG_PATTERN.test(slug)) {
      problems.push({ file: rel(full), field: 'slug', message: `file name "${slug}" is the URL slug and must be lowercase ASCII letters, digits and hyphens (e.g. cuvanje-podataka.md)` });
      continue;
    }
    files.push(full);
  }
  return files.sort();
}

function checkTranslationKeys(
  entries: readonly (ValidatedArticle | ValidatedLibraryItem)[],
  problems: Problem[],
  sameCategory: boolean,
): void {
  const byKey = new Map<string, (ValidatedArticle | ValidatedLibraryItem)[]>();
  for (const entry of entries) {
    const key = entry.data.translationKey;
    if (!key) continue;
    const list = byKey.get(key) ?? [];
    list.push(entry);
    byKey.set(key, list);
  }
  for (const [key, list] of byKey) {
    for (const lang of LANGS) {
      const same = list.filter((e) => e.lang === lang);
      if (same.length > 1) {
        for (const e of same) {
          problems.push({ file: e.file, field: 'translationKey', message: `translationKey "${key}" is also used by ${same.filter((o) => o !== e).map((o) => o.file).join(', ')} in the same language (each language may use a key once)` });
        }
      }
    }
    if (sameCategory) {
      const categories = new Set(list.map((e) => ('category' in e.data ? e.data.category : '')));
      if (categories.size > 1) {
        for (const e of list) {
          problems.push({ file: e.file, field: 'category', message: `category differs from its translation (translationKey "${key}": ${list.map((o) => `${o.file} is ${'category' in o.data ? o.data.category : '?'}`).join(', ')})` });
        }
      }
    }
  }
}

function isFile(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** One line per problem, as printed by the build and by `npm run check`. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map((p) => `  ${p.file}: ${p.message}`).join('\n');
}
