import { sourceEdition } from '../config/editions';
import { absoluteUrl, categoryUrl, tagUrl } from '../config/routes';
import { editionTargets } from '../content/alternates';
import { readingMinutes } from '../content/reading-time';
import { relatedArticles } from '../content/related';
import { itemsOf, neighbours, pageKeyOf, type TranslationMap } from '../content/site-model';
import type { SiteSettings } from '../content/schema';
import { formatDate, isoDate } from '../i18n/format';
import { slugify } from '../i18n/slug';
import { plural, translator, type Translate } from '../i18n/translate';
import { renderCover } from '../images/cover';
import { renderFactsOf } from '../markdown/render-facts';
import { renderToc, tableOfContents } from '../markdown/toc';
import { renderArticleCards, renderSupport } from './cards';
import { attr, html, raw, type SafeHtml } from './html';
import { renderTranslationNote } from './translation-note';
import type { CollectionItem, ContentData, TemplateContext } from '../types/eleventy';

interface ArticleData extends ContentData {
  content: string;
  siteRoot: string;
  site: SiteSettings;
  collections: { translationMap: TranslationMap; all: CollectionItem[] };
}

/** Older on the left, newer on the right, as a timeline reads. */
function renderSequence(older: CollectionItem | undefined, newer: CollectionItem | undefined, t: Translate): SafeHtml {
  if (!older && !newer) return html``;
  return html`<nav class="sequence" aria-label="${t('article.sequence')}" data-pagefind-ignore>
${older ? html`<a class="sequence-older" href="${older.url}" rel="prev"><span class="sequence-label">← ${t('article.older')}</span> <span class="sequence-title">${older.data.title}</span></a>` : ''}
${newer ? html`<a class="sequence-newer" href="${newer.url}" rel="next"><span class="sequence-label">${t('article.newer')} →</span> <span class="sequence-title">${newer.data.title}</span></a>` : ''}
</nav>`;
}

export function render(this: TemplateContext, data: ArticleData): string {
  const lang = data.lang;
  const edition = sourceEdition(lang);
  const t = translator(this, lang);
  const date = data.page.date;
  const updated = data.updated ? new Date(data.updated) : undefined;
  const category = data.category;
  const url = data.page.url || '';
  const targets = editionTargets(url, lang, pageKeyOf(data), data.collections.translationMap);
  const sameLang = itemsOf(data.collections.all, 'article', lang);
  const { older, newer } = neighbours({ url }, sameLang);
  const related = relatedArticles({ url, data: { tagList: data.tagList, category } }, sameLang);
  const tags = data.tagList ?? [];
  // Pagefind takes the first picture after the title as a result's image, and indexes its alt
  // text: without a cover of its own, that would be a related article's (found under its words).
  return html`<article class="article" data-pagefind-body data-pagefind-filter="kind:article"${attr('data-pagefind-meta', data.cover ? undefined : 'image:')}>
<header class="article-header">
<h1>${data.title}</h1>
<p class="meta" data-pagefind-ignore><span class="visually-hidden">${t('article.published')}: </span><time datetime="${isoDate(date)}" data-pagefind-meta="date[datetime]">${formatDate(date, edition)}</time> · ${plural(t, 'article.readingTime', readingMinutes(data.content), lang)}${category ? html` · <span class="visually-hidden">${t('article.category')}: </span><a href="${categoryUrl(category, lang)}" data-pagefind-filter="category:${category}">${t(`categories.${category}`)}</a>` : ''}${updated ? html`<br><span class="updated">${t('article.updated')}: <time datetime="${isoDate(updated)}">${formatDate(updated, edition)}</time></span>` : ''}</p>
${renderTranslationNote(lang, targets, t, 'article')}
</header>
${renderCover(data.page.inputPath, data, 'page', { eager: true })}
${renderToc(tableOfContents(renderFactsOf(data.page.inputPath)?.headings ?? []), t('article.toc'))}
<div class="prose">
${raw(data.content)}
</div>
<footer class="article-footer">
${tags.length ? html`<p class="tags" data-pagefind-ignore><span class="tags-label">${t('article.tags')}:</span> ${tags.map((tag, i) => html`${i ? ', ' : ''}<a href="${tagUrl(slugify(tag), lang)}" rel="tag">${tag}</a>`)}</p>` : ''}
<p class="print-only" data-pagefind-ignore>${t('article.printedFrom')} <a class="print-url" href="${absoluteUrl(url, data.site.url)}">${data.site.title}</a></p>
</footer>
</article>
${renderSupport({ url: data.site.support.url, label: data.site.support.label[lang], where: 'article' }, t)}
${related.length ? html`<section class="related" aria-labelledby="related-heading" data-pagefind-ignore>
<h2 id="related-heading" class="section-title">${t('article.related')}</h2>
${renderArticleCards(related, edition, t, { weight: 'compact', level: 3 })}
</section>` : ''}
${renderSequence(older, newer, t)}`.value;
}
