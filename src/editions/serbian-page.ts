import { FoldingSerialiser, type OriginalMeta } from '../search/fold-page';
import { SERBIAN_INDEX } from '../search/languages';
import { rewritePage, type EditionOptions } from './page-rewriter';

/** What one pass over a rendered Serbian page gives. */
export interface SerbianPage {
  /** The `/sr/` page: everything Serbian in Latin (the source as written when it already was). */
  readonly latin: string;
  /** The `/sr-cyrl/` twin. */
  readonly cyrillic: string;
  /** The folded copy the search index reads, and the text results show (when asked for). */
  readonly search?: { readonly html: string; readonly original: OriginalMeta };
}

/**
 * Both Serbian editions of a page rendered from the author's source (Latin, Cyrillic or mixed),
 * and with `search` its search copy, from a single parse: the page is read once after it is
 * rendered, whatever needs it.
 */
export function serbianEditions(html: string, options: EditionOptions & { readonly search?: boolean }): SerbianPage {
  const folding = options.search ? new FoldingSerialiser(SERBIAN_INDEX) : undefined;
  const editions = rewritePage(html, ['Latn', 'Cyrl'], options, folding ? [folding] : []);
  return { latin: editions.Latn as string, cyrillic: editions.Cyrl as string, ...(folding ? { search: folding.result() } : {}) };
}
