import type { Lang } from '../config/editions';
import { sectionUrl } from '../config/routes';
import { translator, type Translate } from '../i18n/translate';
import { html } from '../templates/html';
import type { TemplateContext } from '../types/eleventy';

interface SearchData {
  lang: Lang;
}

/** The search page of an edition. Without JavaScript it says so and points at the listings. */
export const searchTemplate = {
  data: {
    layout: 'base.11ty.ts',
    pageKey: 'search',
    pageHead: (_data: SearchData, t: Translate) => ({ title: t('search.title'), description: t('search.description') }),
  },
  render(this: TemplateContext, data: SearchData): string {
    const t = translator(this, data.lang);
    return html`<section class="search-page">
<h1>${t('search.title')}</h1>
<form class="search-form" role="search" action="${sectionUrl('search', data.lang)}" method="get"><label for="search-q">${t('search.label')}</label> <input id="search-q" type="search" name="q" autocomplete="off"> <button type="submit">${t('search.submit')}</button></form>
<div id="search-results" class="search-results" aria-live="polite"></div>
<p class="no-js-note" id="search-no-js">${t('search.noScript')} <a href="${sectionUrl('articles', data.lang)}">${t('listing.articles')}</a></p>
</section>`.value;
  },
};
