/**
 * Pagefind's indexing service, a process of its own, as the search index uses it: one index per
 * language, created with the language's first page; pages sent in order (Pagefind numbers them
 * in the order they arrive, and that numbering is in every index file) with at most
 * {@link IN_FLIGHT} waiting for an answer; a language's index written into a folder and then
 * dropped; the process ended, and started again by the next page sent. Every response's errors
 * fail the build (`failure`, thrown by `settle` and `write`).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { INDEX_LANGUAGES, type IndexLanguage } from './languages';

/** Pagefind's list of the languages it wrote (and their index files). */
export const ENTRY_FILE = 'pagefind-entry.json';

/** Pagefind's entry file as written with a language (its `languages` holds that one). */
export type PagefindEntry = Record<string, unknown> & { languages: Record<string, unknown> };

/** Pages in flight to the service at once: it answers in parallel; one at a time is IPC-bound. */
const IN_FLIGHT = 64;

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

function check(what: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${what} failed:\n  ${errors.join('\n  ')}`);
}

export class PagefindService {
  /** The first error of any response. */
  failure: unknown;
  private readonly indexes: Partial<Record<IndexLanguage, Promise<PagefindIndex>>> = {};
  private readonly pending: Record<IndexLanguage, Set<Promise<void>>> = { en: new Set(), sr: new Set() };
  /** Callers waiting for a page in flight to finish (see `send`). */
  private readonly waiting: (() => void)[] = [];
  private readonly counts: Record<IndexLanguage, number> = { en: 0, sr: 0 };

  /** Pagefind's index of `language`, the process started with the first one. */
  private index(language: IndexLanguage): Promise<PagefindIndex> {
    this.indexes[language] ??= pagefind.createIndex({}).then((created) => {
      check('createIndex', created.errors);
      if (!created.index) throw new Error('Pagefind createIndex returned no index');
      return created.index;
    });
    return this.indexes[language];
  }

  /** Sends a page now; waits only while too many pages are in flight. */
  async send(language: IndexLanguage, url: string, html: string): Promise<void> {
    this.dispatch(language, url, html);
    // Many pages are offered at once (Eleventy transforms pages concurrently): past the limit each
    // waits in a queue for one page to finish, a wait that costs the same with ten pages in
    // flight as with ten thousand (a race over all of them would cost their number each time).
    if (this.pending.en.size + this.pending.sr.size > IN_FLIGHT) await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** Sends a page now, without waiting: pages dispatched one after another keep their order. */
  dispatch(language: IndexLanguage, url: string, html: string): void {
    this.counts[language]++;
    const pending = this.pending[language];
    const job: Promise<void> = this.index(language)
      .then((index) => index.addHTMLFile({ url, content: html }))
      .then((response) => check(`indexing ${url}`, response.errors))
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => {
        pending.delete(job);
        this.waiting.shift()?.();
      });
    pending.add(job);
  }

  /** Pages sent so far, per language. */
  sent(): Readonly<Record<IndexLanguage, number>> {
    return { ...this.counts };
  }

  /** Waits for every page sent to be answered; throws the first error of any answer. */
  async settle(): Promise<void> {
    await Promise.all([...this.pending.en, ...this.pending.sr]);
    if (this.failure) throw this.failure;
  }

  /** Writes `language`'s index into `outputPath` and drops it from the process; Pagefind's entry file as written. */
  async write(language: IndexLanguage, outputPath: string): Promise<PagefindEntry> {
    await this.settle();
    const index = await this.index(language);
    const result = await index.writeFiles({ outputPath });
    check('writeFiles', result.errors);
    const entry = JSON.parse(await readFile(path.join(outputPath, ENTRY_FILE), 'utf8')) as PagefindEntry;
    await index.deleteIndex();
    return entry;
  }

  /** Ends the process, if it runs (its memory goes with it); the next page sent starts a new one. */
  async end(): Promise<void> {
    await Promise.allSettled([...this.pending.en, ...this.pending.sr]);
    await pagefind.close();
    for (const language of INDEX_LANGUAGES) delete this.indexes[language];
  }
}
