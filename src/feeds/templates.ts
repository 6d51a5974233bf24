import { getNewestCollectionItemDate, convertHtmlToAbsoluteUrls } from '@11ty/eleventy-plugin-rss';
import type { SitePaths } from '../config/paths';
import { absoluteUrl, sectionUrl, toEditionUrl } from '../config/routes';
import { resolveImagePlaceholders } from '../images/plugin';
import { publicationState } from '../content/publishing';
import type { SiteSettings } from '../content/schema';
import { itemsOf } from '../content/site-model';
import type { TransliterationOptions } from '../i18n/transliterate';
import { translator } from '../i18n/translate';
import type { CollectionItem, TemplateContext } from '../types/eleventy';
import { atomXml } from './atom';
import { feedDefinitions, FEED_SIZE, type FeedDefinition } from './definitions';
import { jsonFeed } from './json-feed';
import { newestUpdate, toCyrillicFeed, toLatinFeed, type Feed, type FeedEntry } from './model';

interface FeedTemplateData {
  feed: FeedDefinition;
  site: SiteSettings;
  collections: { all: CollectionItem[] };
}

export interface FeedTemplateOptions {
  /** "Scheduled" is measured against this (drafts and scheduled articles never reach a feed). */
  readonly now: Date;
  readonly transliteration: () => TransliterationOptions;
  /** Where the site's content is, to process the articles' images. */
  readonly paths: Pick<SitePaths, 'root' | 'content'>;
}

/**
 * Every feed of the site as one paginated virtual template (24 pages: 3 editions × all articles
 * and 3 categories × Atom and JSON Feed). Entries carry the articles' full rendered content with
 * absolute URLs; the Cyrillic feeds are the Latin ones transliterated, not a second render.
 */
export function feedTemplate(options: FeedTemplateOptions): { data: Record<string, unknown>; render: (this: TemplateContext, data: FeedTemplateData) => Promise<string>; reset: () => void } {
  // An article appears in up to 8 feeds (2 formats × its category and its edition, Latin and
  // Cyrillic): its URLs are made absolute once per build.
  let absoluteContent = new Map<string, Promise<string>>();
  const absolutised = (item: CollectionItem, url: string): Promise<string> => {
    let done = absoluteContent.get(url);
    if (!done) {
      // Markdown images are placeholders until the images pipeline makes them <picture>s.
      done = resolveImagePlaceholders(item.content ?? '', options.paths).then((content) => convertHtmlToAbsoluteUrls(content, url));
      absoluteContent.set(url, done);
    }
    return done;
  };
  return {
    reset: () => {
      absoluteContent = new Map();
    },
    data: {
      layout: false,
      eleventyExcludeFromCollections: true,
      // Rendered after the articles, whose content the entries carry.
      eleventyImport: { collections: ['all'] },
      feeds: feedDefinitions(),
      pagination: { data: 'feeds', size: 1, alias: 'feed' },
      permalink: (data: FeedTemplateData) => data.feed.url,
      eleventyComputed: { lang: (data: FeedTemplateData) => data.feed.lang },
    },
    async render(this: TemplateContext, data: FeedTemplateData): Promise<string> {
      const { feed: definition, site } = data;
      const t = translator(this, definition.lang);
      const absolute = (url: string) => absoluteUrl(url, site.url);
      const published = itemsOf(data.collections.all, 'article', definition.lang).filter((item) => {
        const state = publicationState(item.data, options.now);
        return !state.draft && !state.scheduled;
      });
      const articles = published.filter((item) => !definition.category || item.data.category === definition.category).slice(0, FEED_SIZE);
      const entries: FeedEntry[] = await Promise.all(
        articles.map(async (item) => ({
          url: absolute(toEditionUrl(item.url, definition.edition)),
          title: item.data.title,
          summary: item.data.description,
          // Absolute against the Latin page, where relative files really are.
          contentHtml: await absolutised(item, absolute(item.url)),
          published: item.date,
          updated: item.data.updated ? new Date(item.data.updated) : item.date,
          tags: item.data.tagList ?? [],
        })),
      );
      const category = definition.category;
      let feed: Feed = {
        language: definition.edition,
        title: category ? `${site.title} · ${t(`categories.${category}`)}` : site.title,
        subtitle: category ? t(`categories.description.${category}`) : site.description[definition.lang],
        selfUrl: absolute(definition.url),
        pageUrl: absolute(definition.pageUrl),
        author: { name: site.author.name, url: absolute(toEditionUrl(sectionUrl('author', definition.lang), definition.edition)) },
        // An empty category feed is as fresh as the edition's newest article.
        updated: newestUpdate(entries, getNewestCollectionItemDate(published, options.now)),
        entries,
      };
      if (definition.edition === 'sr-Cyrl') feed = toCyrillicFeed(feed, { siteUrl: site.url, transliteration: options.transliteration() });
      else if (definition.edition === 'sr-Latn') feed = toLatinFeed(feed, { siteUrl: site.url });
      return definition.format === 'atom' ? atomXml(feed) : jsonFeed(feed);
    },
  };
}
