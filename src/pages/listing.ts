import { sourceEdition } from '../config/editions';
import { sectionUrl } from '../config/routes';
import type { ListingPage } from '../content/site-model';
import { plural, translator, type Translate } from '../i18n/translate';
import { renderArticleCards, renderPagination } from '../templates/cards';
import { html } from '../templates/html';
import type { TemplateContext } from '../types/eleventy';
import type { PageHead } from './head';

interface ListingData {
  listing: ListingPage;
}

/** Title and description of a listing page; later pages say which page they are. */
export function listingHead(listing: ListingPage, t: Translate): PageHead {
  let title: string;
  let description: string;
  if (listing.kind === 'category' && listing.category) {
    title = t(`categories.${listing.category}`);
    description = t(`categories.description.${listing.category}`);
  } else if (listing.kind === 'tag' && listing.tag) {
    title = t('listing.tag', { tag: listing.tag });
    description = t('listing.tagDescription', { tag: listing.tag });
  } else {
    title = t('listing.articles');
    description = t('listing.articlesDescription');
  }
  if (listing.pageNumber > 1) {
    const page = t('listing.page', { page: listing.pageNumber, total: listing.totalPages });
    title = t('meta.page', { title, page: listing.pageNumber });
    description = `${description} (${page})`;
  }
  return { title, description };
}

/** All articles, one category, or one tag: paginated, newest first (one template for all). */
export const listingTemplate = {
  data: {
    layout: 'base.11ty.ts',
    pagination: { data: 'collections.listings', size: 1, alias: 'listing' },
    permalink: (data: ListingData) => data.listing.url,
    eleventyComputed: { lang: (data: ListingData) => data.listing.lang },
    pageHead: (data: ListingData, t: Translate) => listingHead(data.listing, t),
  },
  render(this: TemplateContext, data: ListingData): string {
    const { listing } = data;
    const t = translator(this, listing.lang);
    const head = listingHead(listing, t);
    const lead = listing.kind === 'category' && listing.category ? t(`categories.description.${listing.category}`) : undefined;
    return html`<section class="listing">
<header class="listing-header">
<h1>${head.title}</h1>
${lead ? html`<p class="lead">${lead}</p>` : ''}
<p class="meta">${plural(t, 'listing.count', listing.totalItems, listing.lang)}${listing.kind === 'tag' ? html` · <a href="${sectionUrl('tags', listing.lang)}">${t('tags.all')}</a>` : ''}</p>
</header>
${listing.items.length
  ? renderArticleCards(listing.items, sourceEdition(listing.lang), t, { featureFirst: listing.pageNumber === 1, showCategory: listing.kind !== 'category' })
  : html`<p>${t('listing.empty')}</p>`}
${renderPagination(listing, t)}
</section>`.value;
  },
};
