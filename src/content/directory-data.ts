import type { Lang } from '../config/editions';
import { articleUrl, homeUrl, libraryItemUrl, sectionUrl } from '../config/routes';
import type { EleventyPage } from '../types/eleventy';

/**
 * Per-folder defaults for content, so front matter holds only what the author decides. The
 * `*.11tydata.ts` files inside `content/` are one-line calls to these functions.
 */
interface PageRef {
  page: EleventyPage;
}

/** `content/<lang>/`: the home (`index.md`) and the author page (`author.md`). */
export function languageFolderData(lang: Lang) {
  return {
    lang,
    layout: 'content.11ty.ts',
    eleventyComputed: {
      kind: (data: PageRef) => (data.page.fileSlug === 'author' ? 'author' : 'home'),
      pageKey: (data: PageRef) => (data.page.fileSlug === 'author' ? 'author' : 'home'),
      permalink: (data: PageRef) => (data.page.fileSlug === 'author' ? sectionUrl('author', lang) : homeUrl(lang)),
    },
  };
}

/** `content/<lang>/articles/<slug>.md` → `/sr/clanci/<slug>/`, `/en/articles/<slug>/`. */
export function articlesFolderData(lang: Lang) {
  return {
    lang,
    kind: 'article',
    layout: 'article.11ty.ts',
    eleventyComputed: {
      kind: () => 'article',
      pageKey: () => undefined,
      permalink: (data: PageRef) => articleUrl(lang, data.page.fileSlug),
    },
  };
}

/** `content/<lang>/library/<slug>.md` → `/sr/ebiblioteka/<slug>/`, `/en/elibrary/<slug>/`. */
export function libraryFolderData(lang: Lang) {
  return {
    lang,
    kind: 'library-item',
    layout: 'library-item.11ty.ts',
    eleventyComputed: {
      kind: () => 'library-item',
      pageKey: () => undefined,
      permalink: (data: PageRef) => libraryItemUrl(lang, data.page.fileSlug),
    },
  };
}
