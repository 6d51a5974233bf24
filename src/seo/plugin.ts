import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import type { Environment } from '../config/environment';
import type { SitePaths } from '../config/paths';
import { readDataFile } from '../content/data-files';
import { publishedArticles } from '../content/published';
import type { SiteSettings } from '../content/schema';
import { feedTemplate } from '../feeds/templates';
import type { TransliterationOptions } from '../i18n/transliterate';
import { buildContext } from '../pipeline/build-context';
import { writeSocialImages } from '../social/image';
import { previewJobs } from './previews';
import { sitemapPlugin } from './sitemap-plugin';

/** Where drawn previews are kept between builds: deploy workflows keep `.cache/` (docs/deploying.md). */
export function socialCacheDir(paths: Pick<SitePaths, 'root'>): string {
  return path.join(paths.root, '.cache/social');
}

/**
 * Search engines, feed readers and social networks: the feeds and the sitemap (virtual
 * templates over the collections) and robots.txt. The previews are drawn from the validated
 * content: by the production build while it renders (`src/pipeline/build-site.ts`), and here
 * for `npm start`, after its first full build.
 */
export function seoPlugin(eleventyConfig: UserConfig, options: { env: Environment; paths: SitePaths; transliteration: () => TransliterationOptions; report: () => Parameters<typeof publishedArticles>[0] | undefined }): void {
  const feeds = feedTemplate({ now: options.env.now, transliteration: options.transliteration, paths: options.paths });
  eleventyConfig.addTemplate('_generated/feeds.11ty.js', { data: feeds.data, render: feeds.render });
  eleventyConfig.on('eleventy.before', () => feeds.reset());
  sitemapPlugin(eleventyConfig);

  eleventyConfig.on('eleventy.after', async ({ directories, incremental }: { directories: { output: string }; incremental?: boolean }) => {
    const report = options.report();
    if (buildContext() || incremental || !report) return;
    const site = readDataFile<SiteSettings>(options.paths.data, 'site.yaml');
    // The preview shows drafts and scheduled articles too, with their previews.
    const articles = options.env.production ? publishedArticles(report, options.env.now) : report.articles.map((a) => ({ lang: a.lang, slug: a.slug, title: a.data.title }));
    const jobs = previewJobs(articles, site, options.transliteration(), directories.output);
    await writeSocialImages(jobs, socialCacheDir(options.paths));
  });
}
