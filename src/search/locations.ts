/** Where the Pagefind index lives in the built site, and the script the search page imports. */
export const PAGEFIND_DIR = 'pagefind';
export const PAGEFIND_SCRIPT_URL = `/${PAGEFIND_DIR}/pagefind.js`;

/** Where each language's written index is kept between builds (`index-cache.ts`; deploys keep `.cache/`). */
export const SEARCH_CACHE_DIR = '.cache/search';
