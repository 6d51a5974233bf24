import type { Lang } from '../config/editions';
import { tagUrl } from '../config/routes';
import { itemsOf, tagIndex } from '../content/site-model';
import { plural, translator, type Translate } from '../i18n/translate';
import { html } from '../templates/html';
import type { CollectionItem, TemplateContext } from '../types/eleventy';

interface TagsData {
  lang: Lang;
  collections: { all: CollectionItem[] };
}

/** Every tag of an edition, as the author wrote it, with how many articles carry it. */
export const tagsTemplate = {
  data: {
    layout: 'base.11ty.ts',
    pageKey: 'tags',
    pageHead: (_data: TagsData, t: Translate) => ({ title: t('tags.title'), description: t('tags.description') }),
  },
  render(this: TemplateContext, data: TagsData): string {
    const t = translator(this, data.lang);
    const tags = tagIndex(itemsOf(data.collections.all, 'article', data.lang), data.lang);
    return html`<section class="tag-index">
<header class="listing-header">
<h1>${t('tags.title')}</h1>
<p class="lead">${t('tags.description')}</p>
</header>
${tags.length
  ? html`<ul class="tag-list">${tags.map((entry) => html`<li><a href="${tagUrl(entry.slug, data.lang)}" rel="tag">${entry.tag}</a> <span class="tag-count">${plural(t, 'listing.count', entry.count, data.lang)}</span></li>`)}</ul>`
  : html`<p>${t('tags.empty')}</p>`}
</section>`.value;
  },
};
