/**
 * The search index: Pagefind's Node API over the finished pages, one index per language: `en`,
 * and `sr` for both Serbian editions. Pagefind files a page under its `<html lang>` and the
 * browser picks the index of the reader's page, falling back from `sr-cyrl` or `sr-latn` to `sr`.
 *
 * Serbian pages go in folded (see `fold-page.ts`), and only the Latin ones: a Cyrillic twin folds
 * to the very same search keys, so indexing it too would double the work and the download for
 * nothing. Results carry the original text marked in runs (in place of the folded text, see
 * `fragments.ts`), and the Cyrillic search page shows them transliterated as its pages are, at
 * their `/sr-cyrl/` URLs (`display.ts`).
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { PostBuildStep } from '../build/post-build';
import { editionOfUrl } from '../config/editions';
import { foldPageForIndex } from './fold-page';
import { shipOriginalText } from './fragments';
import { PAGEFIND_DIR } from './locations';
import { searchLanguageOf, type SearchLanguage } from './normalise';

/** A rendered page: its root-relative URL and HTML. */
export interface IndexPage {
  readonly url: string;
  readonly html: string;
}

export interface SearchIndexSummary {
  /** Pages indexed, per index language (`en`, `sr`). */
  readonly pages: Readonly<Record<string, number>>;
}

/** Pagefind's list of the languages it wrote (and their index files). */
const ENTRY_FILE = 'pagefind-entry.json';

/** Pagefind's own UIs, written by default; we ship our own UI (CSP: they inject inline styles). */
const UNUSED_FILES = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/** The index both Serbian editions search (their pages' `lang` tags fall back to it). */
export const SERBIAN_INDEX = 'sr';

/** Pages added to the service at once: it answers in parallel; one at a time is IPC-bound. */
const BATCH = 32;

function check(what: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${what} failed:\n  ${errors.join('\n  ')}`);
}

/** The pages to index: those whose URL `include` accepts (read lazily, so a pass reads only its own). */
export type PageSource = (include: (url: string) => boolean) => AsyncIterable<IndexPage> | Iterable<IndexPage>;

/** The languages Pagefind indexes, one service run each (see {@link writeSearchIndex}). */
const INDEX_LANGUAGES: readonly SearchLanguage[] = ['en', 'sr'];

interface PagefindEntry {
  languages: Record<string, unknown>;
}

/**
 * Indexes the pages (only those with `data-pagefind-body`, only inside an edition, Cyrillic twins
 * left out) and writes the index to `outputPath`. Each language is indexed by its own run of
 * Pagefind's service, one after the other, so only one language's index is ever in memory (the
 * service holds every page until it writes: at 4,000 articles the Serbian run alone peaks at
 * about 1 GB, and the whole build's peak fell from 2.66 to 2.48 GB);
 * Pagefind writes each language's files under names of their own, and its entry file, which each
 * run rewrites with its language alone, is merged at the end. The service is always closed, and
 * every response's errors fail.
 */
export async function writeSearchIndex(source: PageSource, outputPath: string): Promise<SearchIndexSummary> {
  const counts: Record<string, number> = {};
  const entries: PagefindEntry[] = [];
  for (const language of INDEX_LANGUAGES) {
    const include = (url: string) => isIndexedUrl(url) && searchLanguageOf(editionOfUrl(url) ?? '') === language;
    const count = await indexLanguage(source(include), language, outputPath, language === INDEX_LANGUAGES.at(-1) && entries.length === 0);
    if (count === 0) continue;
    counts[language] = count;
    entries.push(JSON.parse(await readFile(path.join(outputPath, ENTRY_FILE), 'utf8')) as PagefindEntry);
  }
  if (entries.length > 1) {
    const merged = { ...entries[entries.length - 1], languages: Object.assign({}, ...entries.map((entry) => entry.languages)) as Record<string, unknown> };
    await writeFile(path.join(outputPath, ENTRY_FILE), JSON.stringify(merged));
  }
  for (const file of await readdir(outputPath)) {
    if (UNUSED_FILES.test(file)) await rm(path.join(outputPath, file));
  }
  return { pages: counts };
}

/** One service run: the pages of one language, written unless there were none (or `always`). */
async function indexLanguage(pages: AsyncIterable<IndexPage> | Iterable<IndexPage>, language: SearchLanguage, outputPath: string, always: boolean): Promise<number> {
  let count = 0;
  try {
    const created = await pagefind.createIndex({});
    check('createIndex', created.errors);
    const index = created.index;
    if (!index) throw new Error('Pagefind createIndex returned no index');
    // Pages go to the service in batches; the next batch is read and folded while the service
    // indexes the previous one (it runs in its own process), so neither side waits for the other.
    let batch: Promise<void>[] = [];
    let inFlight: Promise<unknown> = Promise.resolve();
    // Serbian pages' original text, by URL: it replaces the folded text in their result files.
    const originals = new Map<string, string>();
    for await (const page of pages) {
      if (!page.html.includes('data-pagefind-body')) continue;
      let content = page.html;
      if (language === 'sr') {
        const folded = foldPageForIndex(page.html, { indexLanguage: SERBIAN_INDEX });
        content = folded.html;
        originals.set(page.url, folded.original.text);
      }
      count++;
      batch.push(index.addHTMLFile({ url: page.url, content }).then((response) => check(`indexing ${page.url}`, response.errors)));
      if (batch.length >= BATCH) {
        await inFlight;
        inFlight = Promise.all(batch);
        batch = [];
      }
    }
    await inFlight;
    await Promise.all(batch);
    // An empty site still gets Pagefind's scripts, so its search page loads and finds nothing.
    if (count > 0 || always) {
      const written = await index.writeFiles({ outputPath });
      check('writeFiles', written.errors);
      if (originals.size > 0) {
        const rewritten = await shipOriginalText(outputPath, SERBIAN_INDEX, originals);
        if (rewritten < originals.size) throw new Error(`Pagefind wrote ${rewritten} Serbian result files for ${originals.size} pages`);
      }
    }
  } finally {
    await pagefind.close();
  }
  return count;
}

/** Whether the index reads a page at all (the Cyrillic twins are left out, see above). */
export function isIndexedUrl(url: string): boolean {
  const edition = editionOfUrl(url);
  return edition !== undefined && edition !== 'sr-Cyrl';
}

/**
 * The HTML pages of an output folder whose URL `include` accepts (by default, those the index
 * reads), with their URLs (`sr/x/index.html` → `/sr/x/`).
 */
export async function* sitePages(outDir: string, include: (url: string) => boolean = isIndexedUrl): AsyncGenerator<IndexPage> {
  const files = (await readdir(outDir, { recursive: true })) as string[];
  for (const file of files.sort()) {
    if (!file.endsWith('.html')) continue;
    const rel = file.split(path.sep).join('/');
    const url = `/${rel.replace(/(?:^|\/)index\.html$/, (match) => (match.startsWith('/') ? '/' : ''))}`;
    if (!include(url)) continue;
    yield { url, html: await readFile(path.join(outDir, file), 'utf8') };
  }
}

/** The post-build step: index the fresh output folder into its `pagefind/` folder. */
export const searchIndexStep: PostBuildStep = async ({ outDir }) => {
  await writeSearchIndex((include) => sitePages(outDir, include), path.join(outDir, PAGEFIND_DIR));
};
