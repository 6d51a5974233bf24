import type { BaseData } from '../types/page-data';
import type { Translate } from '../i18n/translate';
import { EDITION_INFO, EDITIONS, type Edition } from '../config/editions';
import { absoluteUrl, categoryUrl, homeUrl, sectionUrl } from '../config/routes';
import { FEED_MEDIA_TYPE, feedUrl, type FeedFormat } from '../feeds/definitions';
import { html, type SafeHtml } from '../templates/html';
import { EDITION_NAMES } from '../templates/switchers';
import { defaultSocialImageUrl, socialImageUrl, SOCIAL_IMAGE_HEIGHT, SOCIAL_IMAGE_WIDTH } from '../social/urls';
import { libraryAuthors } from '../content/site-model';
import { jsonLdScript, type JsonLd } from './json-ld';
import { blogPosting, book, breadcrumbList, person, webSite, withContext } from './structured-data';
import { isIndexable } from '../content/alternates';

/** What the SEO head gets for one page, besides Eleventy's data. */
export interface HeadContext {
  readonly edition: Edition;
  readonly url: string;
  readonly title: string;
  readonly description: string;
  readonly canonical: string;
  readonly targets: Partial<Record<Edition, string>>;
  readonly t: Translate;
}

/**
 * The page's preview image. Every article has a generated one (built after the pages, from
 * their heads); pages with a cover get their og:image from the images pipeline instead, which
 * adds its own tags to the head, so this one is only named in JSON-LD there.
 */
interface PreviewImage {
  readonly url: string;
  /** False where the cover's tags take og:image. */
  readonly inOpenGraph: boolean;
}

function previewImage(data: BaseData, context: HeadContext): PreviewImage {
  const siteUrl = data.site.url;
  const coverTags = data.cover !== undefined && data.siteRoot !== undefined;
  if (data.kind === 'article') return { url: absoluteUrl(socialImageUrl(context.url), siteUrl), inOpenGraph: !coverTags };
  return { url: absoluteUrl(defaultSocialImageUrl(data.standalone ? undefined : context.edition), siteUrl), inOpenGraph: !coverTags };
}

/** Autodiscovery: the edition's feeds everywhere, a category's own on its listing pages. */
function feedLinks(data: BaseData, context: HeadContext): SafeHtml {
  const formats: [FeedFormat, string][] = [['atom', ''], ['json', ' (JSON)']];
  const link = (edition: Edition, title: string, category?: Parameters<typeof feedUrl>[2]) =>
    formats.map(([format, suffix]) => html`<link rel="alternate" type="${FEED_MEDIA_TYPE[format]}" href="${feedUrl(edition, format, category)}" title="${title}${suffix}">\n`);
  const siteTitle = data.site.title;
  // Pages outside the editions offer every edition's feed.
  if (data.standalone) return html`${EDITIONS.map((edition) => link(edition, `${siteTitle} · ${EDITION_NAMES[edition]}`))}`;
  const category = data.listing?.kind === 'category' ? data.listing.category : undefined;
  return html`${link(context.edition, siteTitle)}${category ? link(context.edition, `${siteTitle} · ${context.t(`categories.${category}`)}`, category) : ''}`;
}

/** Open Graph and the Twitter card (which reads og:title, og:description and og:image itself). */
function openGraph(data: BaseData, context: HeadContext, image: PreviewImage): SafeHtml {
  const locale = EDITION_INFO[context.edition].ogLocale;
  const others = new Set<string>();
  for (const edition of EDITIONS) {
    if (context.targets[edition] && EDITION_INFO[edition].ogLocale !== locale) others.add(EDITION_INFO[edition].ogLocale);
  }
  return html`<meta property="og:type" content="${data.kind === 'article' ? 'article' : 'website'}">
<meta property="og:site_name" content="${data.site.title}">
<meta property="og:title" content="${context.title}">
<meta property="og:description" content="${context.description}">
<meta property="og:url" content="${context.canonical}">
${image.inOpenGraph ? html`<meta property="og:image" content="${image.url}">
<meta property="og:image:width" content="${SOCIAL_IMAGE_WIDTH}">
<meta property="og:image:height" content="${SOCIAL_IMAGE_HEIGHT}">
` : ''}<meta property="og:locale" content="${locale}">
${[...others].map((other) => html`<meta property="og:locale:alternate" content="${other}">\n`)}<meta name="twitter:card" content="summary_large_image">
`;
}

/** schema.org data for the page's kind; undefined for pages that need none (listings, search). */
function structuredData(data: BaseData, context: HeadContext, image: PreviewImage): JsonLd | undefined {
  const site = data.site;
  const abs = (url: string) => absoluteUrl(url, site.url);
  const lang = data.lang;
  const t = context.t;
  const authorPage = abs(sectionUrl('author', lang));
  const author = { name: site.author.name, url: authorPage };
  if (data.standalone) {
    if (context.url !== '/') return undefined;
    return withContext(webSite({ name: site.title, url: context.canonical, description: `${site.description.sr} ${site.description.en}`, inLanguage: EDITIONS, author: { name: site.author.name } }));
  }
  switch (data.kind) {
    case 'home':
      return withContext(webSite({ name: site.title, url: context.canonical, description: site.description[lang], inLanguage: context.edition, author }));
    case 'author':
      return withContext(person({ name: site.author.name, url: context.canonical, description: site.author.bio[lang], sameAs: site.author.sameAs }));
    case 'article': {
      const category = data.category;
      const crumbs = [{ name: t('nav.home'), url: abs(homeUrl(lang)) }];
      if (category) crumbs.push({ name: t(`categories.${category}`), url: abs(categoryUrl(category, lang)) });
      crumbs.push({ name: context.title, url: context.canonical });
      return withContext(
        blogPosting({
          url: context.canonical,
          headline: context.title,
          description: context.description,
          datePublished: data.page.date,
          dateModified: data.updated ? new Date(data.updated) : undefined,
          author,
          inLanguage: context.edition,
          image: image.url,
          articleSection: category ? t(`categories.${category}`) : undefined,
          keywords: data.tagList,
        }),
        breadcrumbList(crumbs),
      );
    }
    case 'library-item':
      return withContext(
        book({
          url: context.canonical,
          name: context.title,
          description: context.description,
          authors: libraryAuthors(data, site.author.name),
          format: data.format ?? 'web',
          inLanguage: context.edition,
          year: data.year,
          isbn: data.isbn,
          numberOfPages: data.pages,
        }),
        breadcrumbList([
          { name: t('nav.home'), url: abs(homeUrl(lang)) },
          { name: t('nav.library'), url: abs(sectionUrl('library', lang)) },
          { name: context.title, url: context.canonical },
        ]),
      );
    default:
      return undefined;
  }
}

/**
 * Extra `<head>` markup for search engines, feed readers and social networks: `noindex` for
 * previews and the 404 page, feed autodiscovery, Open Graph with a Twitter card, and JSON-LD.
 * Written for the Latin and English pages; the Cyrillic edition generator transliterates the
 * prose in it and moves its `/sr/` URLs (including og:url, og:image and JSON-LD URLs).
 */
export function seoHead(data: BaseData, context: HeadContext): SafeHtml {
  const image = previewImage(data, context);
  const noindex = !isIndexable(data, context.url);
  const ld = structuredData(data, context, image);
  return html`${noindex ? html`<meta name="robots" content="noindex">\n` : ''}${feedLinks(data, context)}${openGraph(data, context, image)}${ld === undefined ? '' : jsonLdScript(ld)}`;
}

