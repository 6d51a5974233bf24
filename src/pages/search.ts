import type { Lang } from '../config/editions';
import { CATEGORIES, sectionUrl } from '../config/routes';
import { translator, type Translate } from '../i18n/translate';
import type { TransliterationData } from '../i18n/transliterate';
import { searchBundle } from '../search/bundle';
import { PAGEFIND_SCRIPT_URL } from '../search/locations';
import { html } from '../templates/html';
import type { TemplateContext } from '../types/eleventy';

interface SearchData {
  lang: Lang;
  /** `_data/transliteration.json`: the Cyrillic search page transliterates results with it. */
  transliteration?: TransliterationData;
}

/** Kinds of indexed page a reader can narrow to (`data-pagefind-filter="kind:…"` in the templates). */
const KINDS = ['article', 'library-item'] as const;

/**
 * The search page of an edition. The form works without JavaScript only as far as it can: it says
 * so and points at the listings. With JavaScript, `src/search/client/` searches in place; its UI
 * strings come from the `data-label-*` attributes here (the Cyrillic edition transliterates them),
 * with `{0}` as the placeholder because a letter would be transliterated too.
 */
export const searchTemplate = {
  data: {
    layout: 'base.11ty.ts',
    pageKey: 'search',
    scripts: [searchBundle().url],
    pageHead: (_data: SearchData, t: Translate) => ({ title: t('search.title'), description: t('search.description') }),
  },
  render(this: TemplateContext, data: SearchData): string {
    const t = translator(this, data.lang);
    const p = '{0}';
    return html`<section class="search-page" id="search" data-pagefind-url="${PAGEFIND_SCRIPT_URL}" data-label-results-one="${t('search.results.one', { count: p })}" data-label-results-few="${t('search.results.few', { count: p })}" data-label-results-other="${t('search.results.other', { count: p })}" data-label-empty="${t('search.empty', { query: p })}" data-label-loading="${t('search.loading')}" data-label-error="${t('search.error')}" data-label-more="${t('search.more')}"${data.lang === 'sr' ? html` data-transliteration="${JSON.stringify(data.transliteration ?? {})}"` : ''}>
<h1>${t('search.title')}</h1>
<form class="search-form" role="search" action="${sectionUrl('search', data.lang)}" method="get">
<p class="search-field"><label for="search-q">${t('search.label')}</label> <input id="search-q" type="search" name="q" autocomplete="off" aria-keyshortcuts="/" aria-describedby="search-hint" aria-controls="search-results"> <button type="submit">${t('search.submit')}</button></p>
<p class="search-filters" hidden><label for="search-category">${t('search.filter.category')}</label> <select id="search-category" name="category"><option value="">${t('search.filter.allCategories')}</option>${CATEGORIES.map((category) => html`<option value="${category}">${t(`categories.${category}`)}</option>`)}</select>
<label for="search-kind">${t('search.filter.kind')}</label> <select id="search-kind" name="kind"><option value="">${t('search.filter.allKinds')}</option>${KINDS.map((kind) => html`<option value="${kind}">${t(`search.kind.${kind}`)}</option>`)}</select></p>
</form>
<p class="search-hint" id="search-hint" hidden>${t('search.hint')}</p>
<p class="search-status" id="search-status" role="status"></p>
<ol id="search-results" class="search-results"></ol>
<p class="search-more" hidden><button type="button" id="search-more">${t('search.more')}</button></p>
<p class="no-js-note" id="search-no-js">${t('search.noScript')} <a href="${sectionUrl('articles', data.lang)}">${t('listing.articles')}</a></p>
</section>`.value;
  },
};
