import type { Lang } from '../config/editions';
import type { SiteSettings } from '../content/schema';
import { itemsOf } from '../content/site-model';
import { translator, type Translate } from '../i18n/translate';
import { renderLibraryCards } from '../templates/cards';
import { html } from '../templates/html';
import type { CollectionItem, TemplateContext } from '../types/eleventy';

interface LibraryData {
  lang: Lang;
  site: SiteSettings;
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
    return html`<section class="listing library" data-pagefind-ignore>
<header class="listing-header">
<h1>${t('library.title')}</h1>
<p class="lead">${t('library.description')}</p>
</header>
${items.length ? renderLibraryCards(items, t, data.site.author.name) : html`<p>${t('library.empty')}</p>`}
</section>`.value;
  },
};
