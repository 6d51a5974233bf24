import type UserConfig from '@11ty/eleventy/UserConfig';
import { sourceEdition, type Lang } from '../config/editions';
import { absoluteUrl, toEditionUrl } from '../config/routes';
import { isIndexable, pageAlternates, pageTargets, type EditionData } from '../content/alternates';
import { buildListings, buildTranslationMap } from '../content/site-model';
import { robotsTxt, sitemapFiles, type SitemapEntry, type SitemapFile } from '../feeds/sitemap';
import type { CollectionItem } from '../types/eleventy';

interface CollectionApi {
  getAll(): CollectionItem<EditionData & { site?: { url: string }; preview?: unknown; lang: Lang }>[];
}

/**
 * The sitemap and robots.txt, from the model: every page Eleventy renders (its collections), each
 * with the `hreflang` alternates its head lists, computed by the same function
 * (`pageAlternates`), and each Serbian page's Cyrillic twin beside it. Nothing is read back from
 * the rendered pages.
 */
export function sitemapPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addCollection('sitemapFiles', (api: CollectionApi): SitemapFile[] => {
    const all = api.getAll();
    const siteUrl = all.find((item) => item.data.site?.url)?.data.site?.url;
    if (!siteUrl) return [];
    const listings = buildListings(all as unknown as CollectionItem[]);
    const map = buildTranslationMap(all as unknown as CollectionItem[], listings);
    const entries: SitemapEntry[] = [];
    const seen = new Set<string>();
    const add = (url: string, data: EditionData & { preview?: unknown }) => {
      if (!(url.endsWith('/') || url.endsWith('.html')) || !isIndexable(data, url) || seen.has(url)) return;
      seen.add(url);
      const alternates = pageAlternates(data, pageTargets(data, url, map), siteUrl);
      entries.push({ loc: absoluteUrl(url, siteUrl), lang: sourceEdition(data.lang), alternates });
      if (url.startsWith('/sr/')) entries.push({ loc: absoluteUrl(toEditionUrl(url, 'sr-Cyrl'), siteUrl), lang: 'sr-Cyrl', alternates });
    };
    for (const item of all) if (typeof item.url === 'string') add(item.url, item.data);
    // The listing pages paginate over a collection, so Eleventy keeps only the first of them in
    // `all`: all of them come from the listings themselves.
    for (const listing of listings) add(listing.url, { lang: listing.lang, listing });
    return sitemapFiles(entries, siteUrl);
  });
  eleventyConfig.addTemplate('_generated/sitemap.11ty.js', {
    data: {
      layout: false,
      eleventyExcludeFromCollections: true,
      eleventyImport: { collections: ['sitemapFiles'] },
      pagination: { data: 'collections.sitemapFiles', size: 1, alias: 'sitemapFile' },
      permalink: (data: { sitemapFile: SitemapFile }) => data.sitemapFile.path,
    },
    render: (data: { sitemapFile: SitemapFile }) => data.sitemapFile.xml,
  });
  eleventyConfig.addTemplate('_generated/robots.11ty.js', {
    data: { layout: false, eleventyExcludeFromCollections: true, permalink: '/robots.txt' },
    render: (data: { site: { url: string } }) => robotsTxt(data.site.url),
  });
}
