import type UserConfig from '@11ty/eleventy/UserConfig';
import type { CollectionItem } from '../types/eleventy';
import { buildListings, buildTranslationMap, type ListingPage } from './site-model';

interface CollectionApi {
  getAll(): CollectionItem[];
}

/**
 * Site-wide collections: every listing page (paginated by one template) and the map of
 * translations the switchers and `hreflang` read. Both are linear in the number of pages.
 */
export function collectionsPlugin(eleventyConfig: UserConfig): void {
  // Both collections need the listings: build them once per build.
  let listings: ListingPage[] | undefined;
  // Forgotten after the build too: Eleventy keeps its configuration (and so this closure) after
  // a build, and the listings reach every page, rendered output included.
  const forget = () => {
    listings = undefined;
  };
  eleventyConfig.on('eleventy.before', forget);
  eleventyConfig.on('eleventy.after', forget);
  const listingsOf = (all: CollectionItem[]) => (listings ??= buildListings(all));
  eleventyConfig.addCollection('listings', (api: CollectionApi) => listingsOf(api.getAll()));
  eleventyConfig.addCollection('translationMap', (api: CollectionApi) => {
    const all = api.getAll();
    return buildTranslationMap(all, listingsOf(all));
  });
}
