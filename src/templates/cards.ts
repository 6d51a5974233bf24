import type { Edition, Lang } from '../config/editions';
import { categoryUrl } from '../config/routes';
import { formatDate, isoDate } from '../i18n/format';
import type { Translate } from '../i18n/translate';
import type { CollectionItem, ContentData } from '../types/eleventy';
import { renderCover } from '../images/cover';
import { html, type SafeHtml } from './html';

/** Collection items carry the global `siteRoot` (where the covers' files are). */
type ContentDataWithRoot = ContentData & { siteRoot?: string };

/** A list of article cards; `level` is the heading level of each card's title. */
export function renderArticleCards(items: readonly CollectionItem[], edition: Edition, t: Translate, level: 2 | 3 = 2): SafeHtml {
  return html`<ul class="cards">${items.map((item) => html`<li>${renderArticleCard(item, edition, t, level)}</li>`)}</ul>`;
}

export function renderArticleCard(item: CollectionItem, edition: Edition, t: Translate, level: 2 | 3 = 2): SafeHtml {
  const lang: Lang = item.data.lang;
  const heading = html`<a href="${item.url}">${item.data.title}</a>`;
  const category = item.data.category;
  return html`<article class="card">
${renderCover(item.inputPath, item.data as ContentDataWithRoot, 'card')}
${level === 2 ? html`<h2>${heading}</h2>` : html`<h3>${heading}</h3>`}
<p class="meta"><time datetime="${isoDate(item.date)}">${formatDate(item.date, edition)}</time>${category ? html` · <a href="${categoryUrl(category, lang)}">${t(`categories.${category}`)}</a>` : ''}</p>
<p>${item.data.description}</p>
</article>`;
}

/** eLibrary cards. */
export function renderLibraryCards(items: readonly CollectionItem[], t: Translate): SafeHtml {
  return html`<ul class="cards">${items.map(
    (item) => html`<li><article class="card">
<h2><a href="${item.url}">${item.data.title}</a></h2>
<p class="meta">${(item.data.authors ?? []).join(', ')} · ${item.data.year} · <span class="badge">${item.data.format ? t(`library.format.${item.data.format}`) : ''}</span></p>
<p>${item.data.description}</p>
</article></li>`,
  )}</ul>`;
}

/** Newer/older links between pages of a listing. */
export function renderPagination(view: { previousUrl?: string; nextUrl?: string; pageNumber: number; totalPages: number }, t: Translate): SafeHtml {
  if (view.totalPages <= 1) return html``;
  return html`<nav class="pagination" aria-label="${t('listing.pagination')}">
${view.previousUrl ? html`<a href="${view.previousUrl}" rel="prev">${t('listing.newer')}</a>` : ''}
<span>${t('listing.page', { page: view.pageNumber, total: view.totalPages })}</span>
${view.nextUrl ? html`<a href="${view.nextUrl}" rel="next">${t('listing.older')}</a>` : ''}
</nav>`;
}

/** The support call at the end of articles: a plain link, nothing loaded from its host. */
export function renderSupport(view: { url: string; label: string }, t: Translate): SafeHtml {
  return html`<aside class="support" aria-labelledby="support-heading" data-pagefind-ignore>
<h2 id="support-heading">${t('support.heading')}</h2>
<p>${t('support.text')}</p>
<p><a class="button" href="${view.url}" rel="noopener noreferrer">${view.label}</a></p>
</aside>`;
}
