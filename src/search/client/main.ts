/** Entry point of the search page's script (bundled by `src/search/bundle.ts`). */
import { startSearchPage } from './search-page';

const root = document.getElementById('search');
if (root) startSearchPage(root);
