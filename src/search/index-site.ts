/**
 * The search index: Pagefind's Node API over the finished pages of all three editions, one index
 * per `<html lang>` (Pagefind's behaviour; the browser loads the one of the reader's edition).
 * Serbian pages go in folded (see `fold-page.ts`); English pages as they are.
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { PostBuildStep } from '../build/post-build';
import { editionOfUrl } from '../config/editions';
import { foldPageForIndex } from './fold-page';
import { PAGEFIND_DIR } from './locations';
import { searchLanguageOf } from './normalise';

/** A rendered page: its root-relative URL and HTML. */
export interface IndexPage {
  readonly url: string;
  readonly html: string;
}

export interface SearchIndexSummary {
  /** Pages indexed, per `<html lang>` edition tag. */
  readonly pages: Readonly<Record<string, number>>;
}

/** Pagefind's own UIs, written by default; we ship our own UI (CSP: they inject inline styles). */
const UNUSED_FILES = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

/** Pages added to the service at once: it answers in parallel; one at a time is IPC-bound. */
const BATCH = 32;

function check(what: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${what} failed:\n  ${errors.join('\n  ')}`);
}

/**
 * Indexes the pages (only those with `data-pagefind-body`, only inside an edition) and writes the
 * index to `outputPath`. The Pagefind service is always closed, and every response's errors fail.
 */
export async function writeSearchIndex(pages: AsyncIterable<IndexPage> | Iterable<IndexPage>, outputPath: string): Promise<SearchIndexSummary> {
  const counts: Record<string, number> = {};
  try {
    const created = await pagefind.createIndex({});
    check('createIndex', created.errors);
    const index = created.index;
    if (!index) throw new Error('Pagefind createIndex returned no index');
    let batch: Promise<void>[] = [];
    for await (const page of pages) {
      const edition = editionOfUrl(page.url);
      if (!edition || !page.html.includes('data-pagefind-body')) continue;
      const content = searchLanguageOf(edition) === 'sr' ? foldPageForIndex(page.html).html : page.html;
      counts[edition] = (counts[edition] ?? 0) + 1;
      batch.push(index.addHTMLFile({ url: page.url, content }).then((response) => check(`indexing ${page.url}`, response.errors)));
      if (batch.length >= BATCH) {
        await Promise.all(batch);
        batch = [];
      }
    }
    await Promise.all(batch);
    const written = await index.writeFiles({ outputPath });
    check('writeFiles', written.errors);
  } finally {
    await pagefind.close();
  }
  for (const file of await readdir(outputPath)) {
    if (UNUSED_FILES.test(file)) await rm(path.join(outputPath, file));
  }
  return { pages: counts };
}

/** The HTML pages of an output folder, with their URLs (`sr/x/index.html` → `/sr/x/`). */
export async function* sitePages(outDir: string): AsyncGenerator<IndexPage> {
  const files = (await readdir(outDir, { recursive: true })) as string[];
  for (const file of files.sort()) {
    if (!file.endsWith('.html')) continue;
    const rel = file.split(path.sep).join('/');
    const url = `/${rel.replace(/(?:^|\/)index\.html$/, (match) => (match.startsWith('/') ? '/' : ''))}`;
    yield { url, html: await readFile(path.join(outDir, file), 'utf8') };
  }
}

/** The post-build step: index the fresh output folder into its `pagefind/` folder. */
export const searchIndexStep: PostBuildStep = async ({ outDir }) => {
  await writeSearchIndex(sitePages(outDir), path.join(outDir, PAGEFIND_DIR));
};
