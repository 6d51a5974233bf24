import type UserConfig from '@11ty/eleventy/UserConfig';
import path from 'node:path';
import { readEnvironment } from './src/config/environment';
import { sitePaths } from './src/config/paths';
import { hotPagePlugin } from './src/dev/plugin';
import { collectionsPlugin } from './src/content/collections';
import { contentRoutingPlugin } from './src/content/directory-data';
import { dataFilesPlugin } from './src/content/data-files';
import { frontMatterEnginesPlugin } from './src/content/front-matter-engines';
import { publishingPlugin } from './src/content/publishing';
import { validationPlugin } from './src/content/validation-plugin';
import { editionsPlugin } from './src/editions/plugin';
import { securityHeadersPlugin } from './src/security/plugin';
import { translationsPlugin } from './src/i18n/plugin';
import { siteTranslitOptions } from './src/i18n/site-options';
import { createMarkdown } from './src/markdown/markdown';
import { imagesPlugin } from './src/images/plugin';
import { pagesPlugin } from './src/pages/register';
import { searchPlugin } from './src/search/plugin';
import { seoPlugin } from './src/seo/plugin';
import { progressPlugin } from './src/pipeline/progress-plugin';
import { staticFilesPlugin } from './src/pipeline/static-files';

/**
 * DM Spot's Eleventy configuration: a table of contents. Each concern lives in its own module.
 */
export default function (eleventyConfig: UserConfig) {
  const env = readEnvironment();
  const paths = sitePaths();

  // Where the site is: the repository's content, or a fixture/benchmark site (DMSPOT_SITE_ROOT).
  eleventyConfig.setInputDirectory(path.relative(process.cwd(), paths.content) || '.');
  eleventyConfig.setIncludesDirectory(path.relative(paths.content, paths.layouts));
  eleventyConfig.setDataDirectory(path.relative(paths.content, paths.data));
  eleventyConfig.addGlobalData('siteRoot', paths.root);
  eleventyConfig.addGlobalData('build', { year: env.now.getUTCFullYear(), metaCsp: env.metaCsp });

  // TypeScript templates, layouts and data files (run through tsx).
  eleventyConfig.addExtension(['11ty.ts'], { key: '11ty.js' });
  eleventyConfig.addTemplateFormats('11ty.ts');
  eleventyConfig.addDataExtension('ts', { parser: async (filePath: string) => (await import(filePath)).default, read: false });

  // Content: validated before anything renders (once: the production build hands over what it
  // checked); drafts and scheduled articles held back.
  const validation = validationPlugin(eleventyConfig, paths, env);
  frontMatterEnginesPlugin(eleventyConfig); // YAML only, no aliases: what the check accepts
  dataFilesPlugin(eleventyConfig);
  publishingPlugin(eleventyConfig, env);
  contentRoutingPlugin(eleventyConfig);
  collectionsPlugin(eleventyConfig);
  const markdown = createMarkdown(paths);
  eleventyConfig.setLibrary('md', markdown);
  imagesPlugin(eleventyConfig, paths); // pictures and covers → AVIF/WebP/fallback, cached in .cache/images/

  // UI strings, one dictionary per language in i18n/.
  translationsPlugin(eleventyConfig);

  // Generated pages and static files.
  pagesPlugin(eleventyConfig);
  staticFilesPlugin(eleventyConfig, paths); // stylesheet (fingerprinted), favicon, eLibrary files
  // Each Serbian page read once after rendering: its Latin page, its Cyrillic twin, its copy for
  // the search index; every page goes to the index as it is written.
  const search = searchPlugin(eleventyConfig); // the search page's script; the index (`npm start` rebuilds it)
  editionsPlugin(eleventyConfig, { ...siteTranslitOptions(paths.data), indexPage: search.indexPage });
  seoPlugin(eleventyConfig, { env, paths, transliteration: siteTranslitOptions(paths.data).transliteration, report: validation.report }); // feeds, sitemap, robots.txt; previews under `npm start`
  securityHeadersPlugin(eleventyConfig); // _headers in the output; the same headers from `npm start`
  hotPagePlugin(eleventyConfig, paths, siteTranslitOptions(paths.data), markdown); // `npm start`: an edited body on screen before the rebuild
  progressPlugin(eleventyConfig); // the last transform: counts pages for the build's progress line

  eleventyConfig.setQuietMode(true);
}

export const config = {
  // Markdown is prose: `{{ 7*7 }}` in an article is text, not a template.
  markdownTemplateEngine: false,
  htmlTemplateEngine: false,
  templateFormats: ['md', '11ty.ts', '11ty.js'],
};
