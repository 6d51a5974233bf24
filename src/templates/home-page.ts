import { sourceEdition } from '../config/editions';
import { CATEGORIES, categoryUrl, sectionUrl } from '../config/routes';
import type { SiteSettings } from '../content/schema';
import { itemsOf } from '../content/site-model';
import { translator } from '../i18n/translate';
import { renderArticleCards, renderSupport } from './cards';
import { html, raw } from './html';
import type { CollectionItem, ContentData, TemplateContext } from '../types/eleventy';



/** Articles shown per category on the home page. */
export const LATEST_PER_CATEGORY = 3;

/** The home: the author's welcome text, the latest articles of each category, the support call. */
export function render(this: TemplateContext, data: ContentData & { content: string; site: SiteSettings; collections: { all: CollectionItem[] } }): string {
  const lang = data.lang;
  const t = translator(this, lang);
  const articles = itemsOf(data.collections.all, 'article', lang);
  return html`<div class="home">
<section class="welcome">
<h1>${data.title}</h1>
<div class="prose">${raw(data.content)}</div>
</section>
${CATEGORIES.map((category) => {
  const latest = articles.filter((a) => a.data.category === category).slice(0, LATEST_PER_CATEGORY);
  return html`<section class="category-latest" aria-labelledby="latest-${category}">
<h2 id="latest-${category}"><a href="${categoryUrl(category, lang)}">${t(`categories.${category}`)}</a></h2>
${latest.length ? renderArticleCards(latest, sourceEdition(lang), t, 3) : html`<p>${t('listing.empty')}</p>`}
<p class="more"><a href="${categoryUrl(category, lang)}">${t('home.allInCategory', { category: t(`categories.${category}`) })}</a></p>
</section>`;
})}
<p class="more"><a href="${sectionUrl('articles', lang)}">${t('home.allArticles')}</a></p>
${renderSupport({ url: data.site.support.url, label: data.site.support.label[lang] }, t)}
</div>`.value;
}
