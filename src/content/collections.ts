import type UserConfig from '@11ty/eleventy/UserConfig';
import type { CollectionItem } from '../types/eleventy';
import { buildListings, buildTranslationMap } from './site-model';

interface CollectionApi {
  getAll(): CollectionItem[];
}

/**
 * Site-wide collections: every listing page (paginated by one template) and the map of
 * translations the switchers and `hreflang` read. Both are linear in the number of pages.
 */
export function collectionsPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addCollection('listings', (api: CollectionApi) => buildListings(api.getAll()));
  eleventyConfig.addCollection('translationMap', (api: CollectionApi) => {
    const all = api.getAll();
    return buildTranslationMap(all, buildListings(all));
  });
}
