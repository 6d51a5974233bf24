import { sourceEdition } from '../config/editions';
import { categoryUrl, tagUrl } from '../config/routes';
import { editionTargets } from '../content/alternates';
import { readingMinutes } from '../content/reading-time';
import { itemsOf, neighbours, pageKeyOf, type TranslationMap } from '../content/site-model';
import type { SiteSettings } from '../content/schema';
import { formatDate, isoDate } from '../i18n/format';
import { slugify } from '../i18n/slug';
import { plural, translator } from '../i18n/translate';
import { renderCover } from '../images/cover';
import { renderFactsOf } from '../markdown/render-facts';
import { renderToc, tableOfContents } from '../markdown/toc';
import { renderSupport } from './cards';
import { html, raw } from './html';
import type { CollectionItem, ContentData, TemplateContext } from '../types/eleventy';



interface ArticleData extends ContentData {
  content: string;
  siteRoot: string;
  site: SiteSettings;
  collections: { translationMap: TranslationMap; all: CollectionItem[] };
}

export function render(this: TemplateContext, data: ArticleData): string {
  const lang = data.lang;
  const edition = sourceEdition(lang);
  const t = translator(this, lang);
  const date = data.page.date;
  const updated = data.updated ? new Date(data.updated) : undefined;
  const category = data.category;
  const url = data.page.url || '';
  const other = lang === 'sr' ? 'en' : 'sr';
  const translation = editionTargets(url, lang, pageKeyOf(data), data.collections.translationMap)[other === 'en' ? 'en' : 'sr-Latn'];
  const sameLang = itemsOf(data.collections.all, 'article', lang);
  const { older, newer } = neighbours({ url }, sameLang);
  const tags = data.tags ?? [];
  return html`<article class="article" data-pagefind-body data-pagefind-filter="kind:article">
<header class="article-header">
<h1>${data.title}</h1>
<p class="meta" data-pagefind-ignore><span class="visually-hidden">${t('article.published')}: </span><time datetime="${isoDate(date)}" data-pagefind-meta="date[datetime]">${formatDate(date, edition)}</time> · ${plural(t, 'article.readingTime', readingMinutes(data.content), lang)}${category ? html` · <span class="visually-hidden">${t('article.category')}: </span><a href="${categoryUrl(category, lang)}" data-pagefind-filter="category:${category}">${t(`categories.${category}`)}</a>` : ''}</p>
${updated ? html`<p class="meta" data-pagefind-ignore>${t('article.updated')}: <time datetime="${isoDate(updated)}">${formatDate(updated, edition)}</time></p>` : ''}
${translation ? html`<p class="translation" data-pagefind-ignore><a href="${translation}" hreflang="${other === 'en' ? 'en' : 'sr-Latn'}">${t('article.translation')}</a></p>` : ''}
</header>
${renderCover(data.page.inputPath, data, 'page')}
${renderToc(tableOfContents(renderFactsOf(data.page.inputPath)?.headings ?? []), t('article.toc'))}
<div class="prose">
${raw(data.content)}
</div>
${tags.length ? html`<footer class="article-footer"><h2 class="visually-hidden">${t('article.tags')}</h2><ul class="tags" aria-label="${t('article.tags')}">${tags.map((tag) => html`<li><a href="${tagUrl(slugify(tag), lang)}">${tag}</a></li>`)}</ul></footer>` : ''}
</article>
${renderSupport({ url: data.site.support.url, label: data.site.support.label[lang] }, t)}
${older || newer ? html`<nav class="sequence" aria-label="${t('article.sequence')}">
${newer ? html`<a href="${newer.url}" rel="next"><span>${t('article.next')}</span> ${newer.data.title}</a>` : ''}
${older ? html`<a href="${older.url}" rel="prev"><span>${t('article.previous')}</span> ${older.data.title}</a>` : ''}
</nav>` : ''}`.value;
}
