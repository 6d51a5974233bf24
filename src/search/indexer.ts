/**
 * The search index: Pagefind's service, fed while the pages are rendered. Pagefind runs in a
 * process of its own, so it reads and indexes pages on the second core while the first renders
 * the next ones. There are two indexes: `en`, and `sr` for both Serbian editions (their pages
 * file under `<html lang>` `sr-Latn` and `sr-Cyrl`, which Pagefind's browser side falls back to
 * `sr`). English pages go in as rendered; Serbian ones as the folded copy the editions' single
 * pass makes (`src/editions/serbian-page.ts`), and only once, for both scripts.
 *
 * Pages go to Pagefind while the site renders, unless the site is too large for both
 * languages' indexes to fit Pagefind's memory budget side by side (`index-memory.ts`): then the
 * English pages are held and go to a service of their own once the Serbian index is written and
 * its service ended. Written one language after the other (each written index is deleted, or its
 * service ended, before the next is built), Serbian first, so that the Serbian result files get
 * their original text in place of the folded one (`fragments.ts`) while Pagefind indexes and
 * writes English. Every service is always closed, and every response's errors fail the build.
 *
 * With a cache folder (the production build's `.cache/search/`, `index-cache.ts`), a language
 * whose pages are those of the kept index, one for one, is copied from it instead: its pages are
 * held back while they match and go to Pagefind, all of them, at the first one that does not.
 * Pagefind is started only for a language that needs it.
 */
import { readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { shipOriginalText } from './fragments';
import { LanguageIndexCache, recordHash } from './index-cache';
import { languagesIndexedLast } from './index-memory';
import { INDEX_LANGUAGES, SERBIAN_INDEX, type IndexLanguage } from './languages';
import { ENTRY_FILE, PagefindService, type PagefindEntry } from './pagefind-service';

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

/**
 * Pagefind's own UIs, written by default (we ship our own UI: they inject inline styles, which the
 * CSP refuses), and its worker (the search runs on the page's thread: `noWorker`, and the CSP
 * allows no worker).
 */
const UNUSED_FILES = /^pagefind-(?:ui|modular-ui|component-ui|highlight|worker)\.(?:js|css)$/;

/**
 * A search index being built. `add` pages in any order (it never blocks rendering for long:
 * only while too many pages wait for Pagefind); `write` once; `close` always.
 */
export class SearchIndexer {
  private readonly counts: Record<IndexLanguage, number> = { en: 0, sr: 0 };
  private readonly originals = new Map<string, string>();
  private readonly service = new PagefindService();
  /**
   * Pagefind numbers pages in the order they arrive, and that numbering is in every index file:
   * pages are handed over in the order `expect` gives (then any others in URL order), whatever
   * order Eleventy finishes them in, so two builds of the same content write the same bytes. The
   * URLs still to come, in order, and the pages that arrived early, per language.
   */
  private readonly order: Record<IndexLanguage, { urls: string[]; next: number }> = { en: { urls: [], next: 0 }, sr: { urls: [], next: 0 } };
  private readonly early: Record<IndexLanguage, Map<string, IndexRecord | null>> = { en: new Map(), sr: new Map() };

  /** The hash of every page given, per language, in order (for the cache), when there is a cache. */
  private readonly hashes: Record<IndexLanguage, string[]> = { en: [], sr: [] };
  /** The languages indexed after the others have been written (`index-memory.ts`; set by `expect`). */
  private indexedLast: ReadonlySet<IndexLanguage> = new Set();
  /** Pages of the languages indexed last, held until then. */
  private readonly later: Record<IndexLanguage, IndexRecord[]> = { en: [], sr: [] };
  /** Per language, while its pages so far are the kept index's: the kept index, and the pages held back. */
  private readonly reusing: Partial<Record<IndexLanguage, { cache: LanguageIndexCache; held: IndexRecord[] }>> = {};

  private constructor(
    private readonly caches: Readonly<Record<IndexLanguage, LanguageIndexCache>> | undefined,
    private readonly pagefindBudgetBytes?: number,
  ) {
    for (const language of INDEX_LANGUAGES) {
      const cache = caches?.[language];
      if (cache && cache.pages > 0) this.reusing[language] = { cache, held: [] };
    }
  }

  /**
   * An indexer; with `cacheDir`, one that reuses and keeps each language's index there; with
   * `pagefindBudgetBytes`, another budget for Pagefind's process than `index-memory.ts`'s.
   */
  static async start(options: { cacheDir?: string; pagefindBudgetBytes?: number } = {}): Promise<SearchIndexer> {
    const { cacheDir } = options;
    const caches = cacheDir ? (Object.fromEntries(INDEX_LANGUAGES.map((language) => [language, LanguageIndexCache.open(cacheDir, language)])) as Record<IndexLanguage, LanguageIndexCache>) : undefined;
    return new SearchIndexer(caches, options.pagefindBudgetBytes);
  }

  /**
   * The searchable pages that will be offered, per language, in the order they go to Pagefind:
   * each goes as soon as every page before it has been offered. The order should be about the
   * one Eleventy renders in, or pages wait (an order Eleventy does not keep, such as URL order,
   * holds every article up until the author page, which Eleventy renders among the last).
   */
  expect(urls: Readonly<Record<IndexLanguage, readonly string[]>>): void {
    for (const language of INDEX_LANGUAGES) this.order[language] = { urls: [...new Set(urls[language])], next: 0 };
    this.indexedLast = languagesIndexedLast({ en: this.order.en.urls.length, sr: this.order.sr.urls.length }, this.pagefindBudgetBytes);
  }

  /**
   * A page of `language` at `url` has been rendered: its record, or nothing when it is not
   * searchable (a listing). Hands over every page whose turn has come; waits only while too many
   * pages are in flight.
   */
  async offer(language: IndexLanguage, url: string, record?: IndexRecord): Promise<void> {
    if (this.service.failure) throw this.service.failure;
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
    if (this.service.failure) throw this.service.failure;
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
        if (this.indexedLast.has(record.language)) this.later[record.language].push(...reusing.held);
        else for (const held of reusing.held) this.service.dispatch(held.language, held.url, held.html);
      }
    }
    if (this.indexedLast.has(record.language)) this.later[record.language].push(record);
    else await this.service.send(record.language, record.url, record.html);
  }

  /** Pages handed to Pagefind so far, per language (fewer than given when a kept index is reused). */
  sentToPagefind(): Readonly<Record<IndexLanguage, number>> {
    return this.service.sent();
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
      await this.service.settle();
      const entries: Partial<Record<IndexLanguage, PagefindEntry>> = {};
      const written = INDEX_LANGUAGES.filter((language) => this.counts[language] > 0);
      // The languages given during the render first, Serbian first among them (its result files
      // get their original text while Pagefind writes English); those indexed last after them,
      // each with a service of its own.
      const rank = (language: IndexLanguage) => (this.indexedLast.has(language) ? 2 : language === SERBIAN_INDEX ? 0 : 1);
      const order = [...written].sort((a, b) => rank(a) - rank(b));
      let shipping: Promise<void> = Promise.resolve();
      // An empty site still gets Pagefind's scripts, so its search page loads and finds nothing.
      for (const language of order.length ? order : [INDEX_LANGUAGES[INDEX_LANGUAGES.length - 1]!]) {
        const reusing = this.reusing[language];
        if (reusing && reusing.cache.pages === this.counts[language]) {
          entries[language] = await reusing.cache.restore(outputPath);
          continue;
        }
        if (this.indexedLast.has(language)) {
          // A service of its own: the other languages' memory is handed back first.
          await this.service.end();
          for (const record of [...(reusing?.held ?? []), ...this.later[language]]) await this.service.send(record.language, record.url, record.html);
          this.later[language] = [];
        } else if (reusing) {
          // Held back to the end (the kept index had more pages): they go now.
          for (const held of reusing.held) this.service.dispatch(held.language, held.url, held.html);
        }
        delete this.reusing[language];
        entries[language] = await this.service.write(language, outputPath);
        if (language === SERBIAN_INDEX && this.originals.size > 0) {
          shipping = shipOriginalText(outputPath, SERBIAN_INDEX, this.originals).then((rewritten) => {
            if (rewritten < this.originals.size) throw new Error(`Pagefind wrote ${rewritten} Serbian result files for ${this.originals.size} pages`);
            // Shipped: the text is the build's to let go of while Pagefind writes English.
            this.originals.clear();
          });
          // Its failure is thrown below, after the next language's write.
          shipping.catch(() => undefined);
        }
      }
      await shipping;
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

  /** Ends Pagefind's service (a failed build calls it too). */
  async close(): Promise<void> {
    await this.service.end();
  }
}
