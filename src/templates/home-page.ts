import { sourceEdition } from '../config/editions';
import { CATEGORIES, categoryUrl, sectionUrl } from '../config/routes';
import type { SiteSettings } from '../content/schema';
import { itemsOf } from '../content/site-model';
import { translator } from '../i18n/translate';
import { renderAuthorCard } from './author';
import { renderArticleCard, renderArticleCards, renderSupport } from './cards';
import { html, raw } from './html';
import type { CollectionItem, ContentData, TemplateContext } from '../types/eleventy';

/** Articles shown per category on the home page (the newest article, shown large, aside). */
export const LATEST_PER_CATEGORY = 3;

/**
 * The home: the author's welcome beside a card about the author, the newest article large, then
 * the latest of each category as short lists, and the support call, once.
 */
export function render(this: TemplateContext, data: ContentData & { content: string; site: SiteSettings; siteRoot?: string; collections: { all: CollectionItem[] } }): string {
  const lang = data.lang;
  const edition = sourceEdition(lang);
  const t = translator(this, lang);
  const articles = itemsOf(data.collections.all, 'article', lang);
  const [newest, ...rest] = articles;
  return html`<div class="home">
<section class="welcome">
<div class="welcome-text">
<h1>${data.title}</h1>
<div class="prose">${raw(data.content)}</div>
</div>
${renderAuthorCard(data.site, lang, t, data.siteRoot)}
</section>
${newest ? html`<section class="latest" aria-labelledby="latest-heading">
<h2 id="latest-heading" class="section-title">${t('home.latest')}</h2>
${renderArticleCard(newest, edition, t, { weight: 'feature', level: 3 })}
</section>` : ''}
<div class="categories">
${CATEGORIES.map((category) => {
  const latest = rest.filter((a) => a.data.category === category).slice(0, LATEST_PER_CATEGORY);
  return html`<section class="category-latest" aria-labelledby="latest-${category}">
<h2 id="latest-${category}" class="section-title"><a href="${categoryUrl(category, lang)}">${t(`categories.${category}`)}</a></h2>
${latest.length ? renderArticleCards(latest, edition, t, { weight: 'compact', level: 3, showCategory: false }) : html`<p class="empty">${t('listing.empty')}</p>`}
<p class="more"><a href="${categoryUrl(category, lang)}">${t('home.allInCategory', { category: t(`categories.${category}`) })} →</a></p>
</section>`;
})}
</div>
<p class="more more-all"><a href="${sectionUrl('articles', lang)}">${t('home.allArticles')} →</a></p>
${renderSupport({ url: data.site.support.url, label: data.site.support.label[lang], where: 'home' }, t)}
</div>`.value;
}
