/**
 * The search index: Pagefind's service, fed while the pages are rendered. Pagefind runs in a
 * process of its own, so it reads and indexes pages on the second core while the first renders
 * the next ones. There are two indexes: `en`, and `sr` for both Serbian editions (their pages
 * file under `<html lang>` `sr-Latn` and `sr-Cyrl`, which Pagefind's browser side falls back to
 * `sr`). English pages go in as rendered; Serbian ones as the folded copy the editions' single
 * pass makes (`src/editions/serbian-page.ts`), and only once, for both scripts.
 *
 * English pages go to Pagefind while the site renders. Serbian ones are held (their folded copies
 * are ASCII, about half the size of the page) and go to a service of their own once the English
 * index is written and its service ended: Pagefind's process holds every page it was given and,
 * while it writes a language, about three times that again, so one language at a time in one
 * process keeps the build under its memory budget (at 10,000 articles the English write alone
 * peaks at 1.7 GB). Then the Serbian result files get their original text in place of the
 * folded one (`fragments.ts`). Every service is always closed, and every response's errors fail
 * the build.
 *
 * With a cache folder (the production build's `.cache/search/`, `index-cache.ts`), a language
 * whose pages are those of the kept index, one for one, is copied from it instead: its pages are
 * held back while they match and go to Pagefind, all of them, at the first one that does not.
 * Pagefind is started only for a language that needs it.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { shipOriginalText } from './fragments';
import { LanguageIndexCache, readEntry, recordHash } from './index-cache';
import { INDEX_LANGUAGES, SERBIAN_INDEX, type IndexLanguage } from './languages';

/** One page for the index: its URL, the HTML Pagefind reads, and (Serbian) the text results show. */
export interface IndexRecord {
  readonly language: IndexLanguage;
  readonly url: string;
  readonly html: string;
  /** The original text (marked runs) that replaces the folded text in the result file. */
  readonly original?: string;
}

export interface SearchIndexSummary {
  /** Pages indexed, per index language. */
  readonly pages: Readonly<Record<string, number>>;
}

/** Pagefind's list of the languages it wrote (and their index files). */
const ENTRY_FILE = 'pagefind-entry.json';

/**
 * Pagefind's own UIs, written by default (we ship our own UI: they inject inline styles, which the
 * CSP refuses), and its worker (the search runs on the page's thread: `noWorker`, and the CSP
 * allows no worker).
 */
const UNUSED_FILES = /^pagefind-(?:ui|modular-ui|component-ui|highlight|worker)\.(?:js|css)$/;

/** Pages in flight to the service at once: it answers in parallel; one at a time is IPC-bound. */
const IN_FLIGHT = 64;

/** The languages whose pages wait for the other languages' indexes to be written (see above). */
const AFTER_THE_OTHERS: ReadonlySet<IndexLanguage> = new Set([SERBIAN_INDEX]);

function check(what: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${what} failed:\n  ${errors.join('\n  ')}`);
}

type PagefindEntry = Awaited<ReturnType<typeof readEntry>>;

type PagefindIndex = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/**
 * A search index being built. `add` pages in any order (it never blocks rendering for long:
 * at most {@link IN_FLIGHT} pages wait for the service); `write` once; `close` always.
 */
export class SearchIndexer {
  private readonly counts: Record<IndexLanguage, number> = { en: 0, sr: 0 };
  private readonly sent: Record<IndexLanguage, number> = { en: 0, sr: 0 };
  private readonly originals = new Map<string, string>();
  private readonly pending: Record<IndexLanguage, Set<Promise<void>>> = { en: new Set(), sr: new Set() };
  /** Callers waiting for a page in flight to finish (see `add`). */
  private readonly waiting: (() => void)[] = [];
  private failure: unknown;
  /**
   * Pagefind numbers pages in the order they arrive, and that numbering is in every index file:
   * pages are handed over in the order `expect` gives (then any others in URL order), whatever
   * order Eleventy finishes them in, so two builds of the same content write the same bytes. The
   * URLs still to come, in order, and the pages that arrived early, per language.
   */
  private readonly order: Record<IndexLanguage, { urls: string[]; next: number }> = { en: { urls: [], next: 0 }, sr: { urls: [], next: 0 } };
  private readonly early: Record<IndexLanguage, Map<string, IndexRecord | null>> = { en: new Map(), sr: new Map() };

  /** Pagefind's index of each language, created when the language's first page goes to it. */
  private readonly indexes: Partial<Record<IndexLanguage, Promise<PagefindIndex>>> = {};
  /** The hash of every page given, per language, in order (for the cache), when there is a cache. */
  private readonly hashes: Record<IndexLanguage, string[]> = { en: [], sr: [] };
  /** Pages of the languages indexed after the others, held until then (`AFTER_THE_OTHERS`). */
  private readonly later: Record<IndexLanguage, IndexRecord[]> = { en: [], sr: [] };
  /** Per language, while its pages so far are the kept index's: the kept index, and the pages held back. */
  private readonly reusing: Partial<Record<IndexLanguage, { cache: LanguageIndexCache; held: IndexRecord[] }>> = {};

  private constructor(private readonly caches: Readonly<Record<IndexLanguage, LanguageIndexCache>> | undefined) {
    for (const language of INDEX_LANGUAGES) {
      const cache = caches?.[language];
      if (cache && cache.pages > 0) this.reusing[language] = { cache, held: [] };
    }
  }

  /** An indexer; with `cacheDir`, one that reuses and keeps each language's index there. */
  static async start(options: { cacheDir?: string } = {}): Promise<SearchIndexer> {
    const { cacheDir } = options;
    const caches = cacheDir ? (Object.fromEntries(INDEX_LANGUAGES.map((language) => [language, LanguageIndexCache.open(cacheDir, language)])) as Record<IndexLanguage, LanguageIndexCache>) : undefined;
    return new SearchIndexer(caches);
  }

  /** Pagefind's index of `language`, its service started with the first one. */
  private index(language: IndexLanguage): Promise<PagefindIndex> {
    this.indexes[language] ??= pagefind.createIndex({}).then((created) => {
      check('createIndex', created.errors);
      if (!created.index) throw new Error('Pagefind createIndex returned no index');
      return created.index;
    });
    return this.indexes[language];
  }

  /**
   * The searchable pages that will be offered, per language, in the order they go to Pagefind:
   * each goes as soon as every page before it has been offered. The order should be about the
   * one Eleventy renders in, or pages wait (an order Eleventy does not keep, such as URL order,
   * holds every article up until the author page, which Eleventy renders among the last).
   */
  expect(urls: Readonly<Record<IndexLanguage, readonly string[]>>): void {
    for (const language of INDEX_LANGUAGES) this.order[language] = { urls: [...new Set(urls[language])], next: 0 };
  }

  /**
   * A page of `language` at `url` has been rendered: its record, or nothing when it is not
   * searchable (a listing). Hands over every page whose turn has come; waits only while too many
   * pages are in flight.
   */
  async offer(language: IndexLanguage, url: string, record?: IndexRecord): Promise<void> {
    if (this.failure) throw this.failure;
    const order = this.order[language];
    const early = this.early[language];
    early.set(url, record ?? null);
    while (order.next < order.urls.length && early.has(order.urls[order.next]!)) {
      const ready = early.get(order.urls[order.next]!);
      early.delete(order.urls[order.next]!);
      order.next++;
      if (ready) await this.add(ready);
    }
  }

  /**
   * Hands a page to the service now (or holds it back while its language matches the kept index);
   * waits only while too many pages are in flight.
   */
  async add(record: IndexRecord): Promise<void> {
    if (this.failure) throw this.failure;
    if (!record.html.includes('data-pagefind-body')) return;
    const position = this.counts[record.language]++;
    if (record.original !== undefined) this.originals.set(record.url, record.original);
    if (this.caches) {
      const hash = recordHash(record);
      this.hashes[record.language].push(hash);
      const reusing = this.reusing[record.language];
      if (reusing?.cache.matches(position, hash)) {
        reusing.held.push(record);
        return;
      }
      if (reusing) {
        // The first page that differs: the language is indexed after all, from its first page.
        // All handed over before any wait, so no page offered meanwhile can overtake them.
        delete this.reusing[record.language];
        if (AFTER_THE_OTHERS.has(record.language)) this.later[record.language].push(...reusing.held);
        else for (const held of reusing.held) this.dispatch(held);
      }
    }
    if (AFTER_THE_OTHERS.has(record.language)) this.later[record.language].push(record);
    else await this.send(record);
  }

  /** Hands a page to the service now; waits only while too many pages are in flight. */
  private async send(record: IndexRecord): Promise<void> {
    this.dispatch(record);
    // Many pages are offered at once (Eleventy transforms pages concurrently): past the limit each
    // waits in a queue for one page to finish, a wait that costs the same with ten pages in
    // flight as with ten thousand (a race over all of them would cost their number each time).
    if (this.pending.en.size + this.pending.sr.size > IN_FLIGHT) await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  /** Sends a page to the service (Pagefind numbers pages in the order they are sent). */
  private dispatch(record: IndexRecord): void {
    this.sent[record.language]++;
    const pending = this.pending[record.language];
    // Sent at once, so Pagefind numbers the pages in the order they are handed over.
    const job: Promise<void> = this.index(record.language)
      .then((index) => index.addHTMLFile({ url: record.url, content: record.html }))
      .then((response) => check(`indexing ${record.url}`, response.errors))
      .catch((error: unknown) => {
        this.failure ??= error;
      })
      .finally(() => {
        pending.delete(job);
        this.waiting.shift()?.();
      });
    pending.add(job);
  }

  /** Pages handed to Pagefind so far, per language (fewer than given when a kept index is reused). */
  sentToPagefind(): Readonly<Record<IndexLanguage, number>> {
    return { ...this.sent };
  }

  /** Pages given so far, per language. */
  pages(): Readonly<Record<IndexLanguage, number>> {
    return { ...this.counts };
  }

  /**
   * Writes both indexes into `outputPath` (the languages' entry files merged) and the Serbian
   * result files' original text, then closes the service.
   */
  async write(outputPath: string): Promise<SearchIndexSummary> {
    try {
      // Pages that came without being expected (or after one that never came), in URL order.
      for (const language of INDEX_LANGUAGES) {
        const rest = [...this.early[language]].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
        this.early[language].clear();
        for (const [, record] of rest) if (record) await this.add(record);
      }
      await Promise.all([...this.pending.en, ...this.pending.sr]);
      if (this.failure) throw this.failure;
      const entries: Partial<Record<IndexLanguage, PagefindEntry>> = {};
      const written = INDEX_LANGUAGES.filter((language) => this.counts[language] > 0);
      // The languages fed during the render first; their service ends before the others start.
      const order = [...written].sort((a, b) => Number(AFTER_THE_OTHERS.has(a)) - Number(AFTER_THE_OTHERS.has(b)));
      // An empty site still gets Pagefind's scripts, so its search page loads and finds nothing.
      for (const language of order.length ? order : [INDEX_LANGUAGES[INDEX_LANGUAGES.length - 1]!]) {
        const reusing = this.reusing[language];
        if (reusing && reusing.cache.pages === this.counts[language]) {
          entries[language] = await reusing.cache.restore(outputPath);
          continue;
        }
        if (AFTER_THE_OTHERS.has(language)) {
          // A service of its own: the other languages' memory is handed back first.
          await this.endService();
          for (const record of [...(reusing?.held ?? []), ...this.later[language]]) await this.send(record);
          this.later[language] = [];
        } else if (reusing) {
          // Held back to the end (the kept index had more pages): they go now.
          for (const held of reusing.held) this.dispatch(held);
        }
        delete this.reusing[language];
        await Promise.all(this.pending[language]);
        if (this.failure) throw this.failure;
        const index = await this.index(language);
        const result = await index.writeFiles({ outputPath });
        check('writeFiles', result.errors);
        entries[language] = await readEntry(outputPath, ENTRY_FILE);
        await index.deleteIndex();
        if (language === SERBIAN_INDEX && this.originals.size > 0) {
          const rewritten = await shipOriginalText(outputPath, SERBIAN_INDEX, this.originals);
          if (rewritten < this.originals.size) throw new Error(`Pagefind wrote ${rewritten} Serbian result files for ${this.originals.size} pages`);
        }
      }
      // Kept once every file is final (Pagefind rewrites its scripts with each language).
      for (const language of written) {
        const entry = entries[language];
        if (this.caches && entry && !this.reusing[language]) await this.caches[language].save(language, outputPath, this.hashes[language], entry);
      }
      const all = INDEX_LANGUAGES.map((language) => entries[language]).filter((entry) => entry !== undefined);
      const merged = { ...all[all.length - 1], languages: Object.assign({}, ...all.map((entry) => entry.languages)) as Record<string, unknown> };
      await writeFile(path.join(outputPath, ENTRY_FILE), JSON.stringify(merged));
      for (const file of await readdir(outputPath)) {
        if (UNUSED_FILES.test(file)) await rm(path.join(outputPath, file));
      }
      return { pages: Object.fromEntries(written.map((language) => [language, this.counts[language]])) };
    } finally {
      await this.close();
    }
  }

  /** Ends Pagefind's service, if it runs; the next page sent starts a new one. */
  private async endService(): Promise<void> {
    await Promise.allSettled([...this.pending.en, ...this.pending.sr]);
    await pagefind.close();
    for (const language of INDEX_LANGUAGES) delete this.indexes[language];
  }

  /** Ends Pagefind's service (a failed build calls it too). */
  async close(): Promise<void> {
    await this.endService();
  }
}
