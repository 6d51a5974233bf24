import type { ContentReport } from '../content/validate';
import type { IndexRecord } from '../search/indexer';
import type { IndexLanguage } from '../search/languages';

/**
 * What a production build (`buildSite`) shares with the Eleventy plugins it runs: facts computed
 * once, before rendering, and the sinks rendered pages flow into. Eleventy loads the site's
 * configuration in the build's own process, so plugins read it here; under `npm start` there is
 * none, and each plugin works on its own (validating each rebuild, indexing in the background).
 */
export interface BuildContext {
  /** The validated content of this build: validated once, before Eleventy starts. */
  readonly report: ContentReport;
  /**
   * Where each rendered page of an edition goes for the search index (Pagefind, fed while pages
   * render): its record, or nothing when it is not searchable.
   */
  readonly offerToSearch: (language: IndexLanguage, url: string, record?: IndexRecord) => Promise<void>;
  /**
   * The pages Eleventy is about to write, once it knows (each URL and the absolute path of the
   * file it is made from), and each one written.
   */
  readonly pagesPlanned: (sources: ReadonlyMap<string, string>) => void;
  /** A page's turn to render (`pages-in-flight.ts`): nothing when it may go on now. */
  readonly pageTurn: (url: string) => Promise<void> | undefined;
  /** A page or other file at `url` has left for the disk (a page's turn is over). */
  readonly pageWritten: (url: string) => void;
}

let current: BuildContext | undefined;

/** Runs `work` with `context` as the build in progress. */
export async function withBuildContext<T>(context: BuildContext, work: () => Promise<T>): Promise<T> {
  if (current) throw new Error('a build is already running in this process');
  current = context;
  try {
    return await work();
  } finally {
    current = undefined;
  }
}

/** The production build in progress, if any. */
export function buildContext(): BuildContext | undefined {
  return current;
}

/**
 * Called by a layout before it renders the page at `url`: nothing when it may render now (always,
 * outside a production build), otherwise when it may (`pages-in-flight.ts`).
 */
export function pageTurn(url: string | false | undefined): Promise<void> | undefined {
  return current && typeof url === 'string' ? current.pageTurn(url) : undefined;
}
