/** Where the Pagefind index lives in the built site, and the script the search page imports. */
export const PAGEFIND_DIR = 'pagefind';
export const PAGEFIND_SCRIPT_URL = `/${PAGEFIND_DIR}/pagefind.js`;
