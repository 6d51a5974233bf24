import type { Lang } from '../config/editions';
import { itemsOf } from '../content/site-model';
import { translator, type Translate } from '../i18n/translate';
import { renderLibraryCards } from '../templates/cards';
import { html } from '../templates/html';
import type { CollectionItem, TemplateContext } from '../types/eleventy';

interface LibraryData {
  lang: Lang;
  collections: { all: CollectionItem[] };
}

/** The eLibrary index, per language. */
export const libraryTemplate = {
  data: {
    layout: 'base.11ty.ts',
    pageKey: 'library',
    pageHead: (_data: LibraryData, t: Translate) => ({ title: t('library.title'), description: t('library.description') }),
  },
  render(this: TemplateContext, data: LibraryData): string {
    const t = translator(this, data.lang);
    const items = itemsOf(data.collections.all, 'library-item', data.lang);
    return html`<section class="listing" data-pagefind-ignore>
<header class="listing-header">
<h1>${t('library.title')}</h1>
<p class="lead">${t('library.description')}</p>
</header>
${items.length ? renderLibraryCards(items, t) : html`<p>${t('library.empty')}</p>`}
</section>`.value;
  },
};
