import type { Edition } from '../config/editions';
import { libraryAuthors } from '../content/site-model';
import { formatDate, isoDate } from '../i18n/format';
import type { Translate } from '../i18n/translate';
import type { CollectionItem, ContentData } from '../types/eleventy';
import { renderCover } from '../images/cover';
import { renderBookCover } from './book-cover';
import { attr, html, type SafeHtml } from './html';

/** Collection items carry the global `siteRoot` (where the covers' files are). */
type ContentDataWithRoot = ContentData & { siteRoot?: string };

/**
 * How much room a card takes: `feature` is the newest piece (large picture, large title, the
 * summary), `card` a cell of a grid (picture, title, summary), `compact` a line of a list
 * (small picture beside the title, no summary).
 */
export type CardWeight = 'feature' | 'card' | 'compact';

export interface CardOptions {
  readonly weight?: CardWeight;
  /** Heading level of the card's title. */
  readonly level?: 2 | 3;
  /** Left out on a category's own page, where every card would repeat it. */
  readonly showCategory?: boolean;
}

/**
 * One article as a card. The title is the card's only link; the stylesheet stretches it over the
 * whole card, so the picture is clickable without a second Tab stop (and the category is named,
 * not linked: a link under the stretched one could not be reached by a click).
 */
export function renderArticleCard(item: CollectionItem, edition: Edition, t: Translate, options: CardOptions = {}): SafeHtml {
  const { weight = 'card', level = 2, showCategory = true } = options;
  const category = item.data.category;
  const heading = html`<a href="${item.url}">${item.data.title}</a>`;
  // The large card opens a listing: its picture is usually the page's largest paint, so it is not lazy.
  const cover = renderCover(item.inputPath, item.data as ContentDataWithRoot, weight === 'feature' ? 'page' : weight === 'compact' ? 'thumb' : 'card', { eager: weight === 'feature' });
  return html`<article class="card card-${weight}${cover.value ? '' : ' card-plain'}">
${cover.value ? html`<div class="card-media">${cover}</div>` : ''}<div class="card-body">
${level === 2 ? html`<h2 class="card-title">${heading}</h2>` : html`<h3 class="card-title">${heading}</h3>`}
<p class="card-meta"><time datetime="${isoDate(item.date)}">${formatDate(item.date, edition)}</time>${showCategory && category ? html` · ${t(`categories.${category}`)}` : ''}</p>
${weight === 'compact' ? '' : html`<p class="card-summary">${item.data.description}</p>`}
</div>
</article>`;
}

/**
 * A list of article cards. With `featureFirst`, the first (newest) card is the large one and the
 * rest form a grid under it.
 */
export function renderArticleCards(items: readonly CollectionItem[], edition: Edition, t: Translate, options: CardOptions & { featureFirst?: boolean } = {}): SafeHtml {
  const { featureFirst = false, weight = 'card', ...rest } = options;
  return html`<ul class="cards cards-${weight}${featureFirst ? ' cards-featured' : ''}">${items.map(
    (item, i) => html`<li>${renderArticleCard(item, edition, t, { ...rest, weight: featureFirst && i === 0 ? 'feature' : weight })}</li>`,
  )}</ul>`;
}

/** The eLibrary as a shelf: every item with its cover (the author's picture, or a typographic one). */
export function renderLibraryCards(items: readonly CollectionItem[], t: Translate, siteAuthor: string): SafeHtml {
  return html`<ul class="shelf">${items.map((item) => {
    const authors = libraryAuthors(item.data, siteAuthor);
    const picture = renderCover(item.inputPath, item.data as ContentDataWithRoot, 'card');
    return html`<li><article class="book">
<div class="book-media">${picture.value ? picture : renderBookCover(item.data.title, authors)}</div>
<h2 class="book-title"><a href="${item.url}">${item.data.title}</a></h2>
<p class="book-meta">${authors.join(', ')}</p>
<p class="book-meta">${item.data.year}${item.data.format ? html` · ${t(`library.format.${item.data.format}`)}` : ''}</p>
</article></li>`;
  })}</ul>`;
}

/** Newer/older links between pages of a listing. */
export function renderPagination(view: { previousUrl?: string; nextUrl?: string; pageNumber: number; totalPages: number }, t: Translate): SafeHtml {
  if (view.totalPages <= 1) return html``;
  return html`<nav class="pagination" aria-label="${t('listing.pagination')}">
${view.nextUrl ? html`<a href="${view.nextUrl}" rel="next">← ${t('listing.older')}</a>` : html`<span></span>`}
<span>${t('listing.page', { page: view.pageNumber, total: view.totalPages })}</span>
${view.previousUrl ? html`<a href="${view.previousUrl}" rel="prev">${t('listing.newer')} →</a>` : html`<span></span>`}
</nav>`;
}

/**
 * The support call: a thank-you with a plain link (nothing is loaded from its host). Shown at the
 * end of every article and once on the home page, never where nothing was read.
 */
export function renderSupport(view: { url: string; label: string; where: 'article' | 'home' }, t: Translate): SafeHtml {
  const home = view.where === 'home';
  return html`<aside class="support" aria-labelledby="support-heading" data-pagefind-ignore>
<h2 id="support-heading">${home ? t('support.home.heading') : t('support.heading')}</h2>
<p>${home ? t('support.home.text') : t('support.text')}</p>
<p><a class="button"${attr('href', view.url)} rel="noopener noreferrer">${view.label}</a></p>
</aside>`;
}
