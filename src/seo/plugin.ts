import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import { EDITIONS, EDITION_INFO, type Edition } from '../config/editions';
import type { Environment } from '../config/environment';
import { REPO_ROOT, type SitePaths } from '../config/paths';
import { absoluteUrl, toEditionUrl } from '../config/routes';
import { readDataFile } from '../content/data-files';
import type { SiteSettings } from '../content/schema';
import { feedTemplate } from '../feeds/templates';
import { robotsTxt, sitemapFiles, type SitemapEntry } from '../feeds/sitemap';
import { latinToCyrillic, type TransliterationOptions } from '../i18n/transliterate';
import { writeSocialImages, type SocialImageJob } from '../social/image';
import { defaultSocialImageUrl, socialImageUrl } from '../social/urls';
import { EDITION_NAMES } from '../templates/switchers';
import { readHeadFacts } from './head-facts';

interface BuildResult {
  url: string | false;
  outputPath: string | false;
  content: string;
}

/** Where rendered previews are kept between builds (outside the output, which is new each time). */
const SOCIAL_CACHE = path.join(REPO_ROOT, 'node_modules/.cache/dmspot-social');

/** The output folder, from one page's URL and output path (the atomic build writes elsewhere than `dir.output`). */
export function outputRootOf(url: string, outputPath: string): string {
  const normalised = outputPath.split(path.sep).join('/');
  const suffix = url.endsWith('/') ? `${url}index.html` : url;
  if (!normalised.endsWith(suffix)) throw new Error(`output path ${outputPath} does not end with its URL ${url}`);
  return normalised.slice(0, normalised.length - suffix.length) || '/';
}

function fileFor(root: string, url: string): string {
  return path.join(root, ...url.split('/').filter(Boolean));
}

/**
 * Search engines, feed readers and social networks: the feeds (virtual templates), then, once
 * every page is written, the sitemap, robots.txt and the preview images, all derived from the
 * pages' own heads (read once, from memory) so they say exactly what the pages say. The
 * Cyrillic twins share their Latin page's alternates, so they need no reading of their own.
 */
export function seoPlugin(eleventyConfig: UserConfig, options: { env: Environment; paths: SitePaths; transliteration: () => TransliterationOptions }): void {
  const feeds = feedTemplate({ now: options.env.now, transliteration: options.transliteration, paths: options.paths });
  eleventyConfig.addTemplate('_generated/feeds.11ty.js', { data: feeds.data, render: feeds.render });
  eleventyConfig.on('eleventy.before', () => feeds.reset());

  eleventyConfig.on('eleventy.after', async ({ results, incremental }: { results: BuildResult[]; incremental?: boolean }) => {
    // A partial rebuild of the preview server knows only the pages it re-rendered: the
    // sitemap and previews are made by full builds (`npm run build`, the first `npm start` pass).
    const pages = results.filter((r): r is BuildResult & { url: string; outputPath: string } => typeof r.url === 'string' && typeof r.outputPath === 'string' && r.outputPath.endsWith('.html'));
    if (pages.length === 0 || (incremental && !pages.some((p) => p.url === '/'))) return;
    const site = readDataFile<SiteSettings>(options.paths.data, 'site.yaml');
    const transliteration = options.transliteration();
    const root = outputRootOf(pages[0]!.url, pages[0]!.outputPath);
    const abs = (url: string) => absoluteUrl(url, site.url);
    const host = new URL(site.url).host;

    const entries: SitemapEntry[] = [];
    const jobs: SocialImageJob[] = [];
    for (const page of pages) {
      const facts = readHeadFacts(page.content);
      const twin = page.url.startsWith('/sr/') ? toEditionUrl(page.url, 'sr-Cyrl') : undefined;
      if (page.url !== '/404.html' && !(facts.robots ?? '').includes('noindex')) {
        entries.push({ loc: facts.canonical ?? abs(page.url), lang: facts.lang ?? '', alternates: facts.alternates });
        if (twin) entries.push({ loc: abs(twin), lang: 'sr-Cyrl', alternates: facts.alternates });
      }
      // Every article's own preview (named by its JSON-LD, and by og:image unless it has a cover).
      if (facts.ogType === 'article' && facts.ogTitle !== undefined) {
        const card = { siteName: site.title, title: facts.ogTitle, lang: facts.lang ?? 'en', footer: host };
        jobs.push({ file: fileFor(root, socialImageUrl(page.url)), card });
        if (twin) jobs.push({ file: fileFor(root, socialImageUrl(twin)), card: { ...card, title: latinToCyrillic(card.title, transliteration), lang: 'sr-Cyrl' } });
      }
    }
    // The defaults: each edition's (its description), and the landing's (the three editions).
    const description = (edition: Edition) => (edition === 'sr-Cyrl' ? latinToCyrillic(site.description.sr, transliteration) : site.description[EDITION_INFO[edition].lang]);
    for (const edition of EDITIONS) {
      jobs.push({ file: fileFor(root, defaultSocialImageUrl(edition)), card: { siteName: site.title, title: description(edition), lang: edition, footer: host } });
    }
    jobs.push({ file: fileFor(root, defaultSocialImageUrl(undefined)), card: { siteName: site.title, title: EDITIONS.map((e) => EDITION_NAMES[e]).join(' · '), lang: 'sr-Latn', footer: host } });

    const files = sitemapFiles(entries, site.url);
    await mkdir(root, { recursive: true });
    await Promise.all([
      ...files.map((file) => writeFile(fileFor(root, file.path), file.xml)),
      writeFile(path.join(root, 'robots.txt'), robotsTxt(site.url)),
      writeSocialImages(jobs, SOCIAL_CACHE),
    ]);
  });
}
