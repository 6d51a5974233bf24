/**
 * How much memory Pagefind's process takes, and so whether the languages' indexes can be made
 * side by side or must be made one after the other. Pagefind holds every page it was given, and
 * while it writes a language's index it takes about three times as much again for that
 * language's pages. Measured with Pagefind 1.6 on the benchmark's English pages (about 800 words
 * each): 5,005 pages held 364 MB, and writing their index peaked at 1,680 MB.
 */
import { INDEX_LANGUAGES, type IndexLanguage } from './languages';

/** The language held back when both do not fit side by side (see `languagesIndexedLast`). */
const HELD_LANGUAGE: IndexLanguage = 'en';

/** What Pagefind's process holds for each page it was given. */
export const HELD_BYTES_PER_PAGE = 73_000;
/** What writing a language's index takes on top, for each page of that language. */
export const WRITING_BYTES_PER_PAGE = 256_000;
/**
 * What Pagefind may take: the build's own process holds about half a gigabyte while the index
 * is written, and the whole build stays under 2.5 GB (issue #17's budget at 10,000 articles).
 */
export const PAGEFIND_BUDGET_BYTES = 1_800_000_000;

/** Pagefind's peak when every language's pages are given while the site renders (one process). */
export function peakSideBySide(pages: Readonly<Record<IndexLanguage, number>>): number {
  const counts = INDEX_LANGUAGES.map((language) => pages[language]);
  const total = counts.reduce((sum, count) => sum + count, 0);
  return total * HELD_BYTES_PER_PAGE + Math.max(0, ...counts) * WRITING_BYTES_PER_PAGE;
}

/**
 * The languages whose pages wait, held by the build, until the other languages' indexes are
 * written and their process has ended: none while both fit Pagefind's budget side by side
 * (indexing overlaps the render: the faster way), else English. The Serbian index is then the one
 * Pagefind makes while the site renders (Eleventy renders the Serbian pages first, so more of
 * their indexing overlaps the render) and the first written, so its result files get their
 * original text (`fragments.ts`) while Pagefind indexes and writes English, instead of after
 * everything else. Held, either language's copies cost the build about the same (at 10,000
 * articles, 69 MB of English pages against 67 MB of folded Serbian ones). Measured at 10,000
 * articles, five alternated builds each: writing the index took 32.1 s (median; 30.6–38.4 s) with
 * English held against 36.4 s (36.1–38.8 s) with Serbian held (issue #17's note).
 */
export function languagesIndexedLast(pages: Readonly<Record<IndexLanguage, number>>, budget = PAGEFIND_BUDGET_BYTES): ReadonlySet<IndexLanguage> {
  return peakSideBySide(pages) > budget ? new Set([HELD_LANGUAGE]) : new Set();
}
