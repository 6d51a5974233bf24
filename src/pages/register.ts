import type UserConfig from '@11ty/eleventy/UserConfig';
import { LANGS } from '../config/editions';
import { sectionUrl } from '../config/routes';
import { libraryTemplate } from './library';
import { listingTemplate } from './listing';
import { recommendationsTemplate } from './recommendations';
import { searchTemplate } from './search';
import { tagsTemplate } from './tags';
import { landingTemplate, notFoundTemplate } from './special';

/**
 * Pages generated from data rather than written by the author. They are virtual templates, so
 * `content/` stays prose only.
 */
export function pagesPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addTemplate('_generated/listing.11ty.js', listingTemplate);
  eleventyConfig.addTemplate('_generated/landing.11ty.js', landingTemplate);
  eleventyConfig.addTemplate('_generated/404.11ty.js', notFoundTemplate);
  for (const lang of LANGS) {
    eleventyConfig.addTemplate(`_generated/${lang}/library.11ty.js`, libraryTemplate, { lang, permalink: sectionUrl('library', lang) });
    eleventyConfig.addTemplate(`_generated/${lang}/recommendations.11ty.js`, recommendationsTemplate, { lang, permalink: sectionUrl('recommendations', lang) });
    eleventyConfig.addTemplate(`_generated/${lang}/search.11ty.js`, searchTemplate, { lang, permalink: sectionUrl('search', lang) });
    eleventyConfig.addTemplate(`_generated/${lang}/tags.11ty.js`, tagsTemplate, { lang, permalink: sectionUrl('tags', lang) });
  }
}
