/**
 * The part of Pagefind's browser API (`/pagefind/pagefind.js`) the search page uses. The module is
 * written by the build, not bundled: it is imported at run time from the site itself.
 */
export interface PagefindData {
  readonly url: string;
  /** The page's text: for Serbian pages the original, marked in runs (see `search/fragments.ts`). */
  readonly content: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
  readonly filters: Readonly<Record<string, readonly string[] | undefined>>;
}

export interface PagefindResult {
  readonly id: string;
  data(): Promise<PagefindData>;
}

export interface PagefindSearch {
  readonly results: readonly PagefindResult[];
}

export interface PagefindModule {
  /** Before `init`: `noWorker` keeps the search on the page's thread (no worker script to fetch). */
  options(options: { noWorker?: boolean }): Promise<void>;
  init(): Promise<void>;
  search(term: string, options?: { filters?: Record<string, string> }): Promise<PagefindSearch | null>;
}

/** Loads Pagefind from the site (same origin: no other host is ever asked). */
export async function loadPagefind(url: string): Promise<PagefindModule> {
  const module = (await import(/* a URL of the built site, not a bundled module */ url)) as PagefindModule;
  // The worker is a second 43 KB script (12 KB compressed) on the first query, for searches that
  // take milliseconds on this site's index; without it the CSP refuses workers altogether.
  await module.options({ noWorker: true });
  await module.init();
  return module;
}
