import { dateToRfc3339 } from '@11ty/eleventy-plugin-rss';
import type { Feed } from './model';

/** A JSON Feed 1.1 document (https://jsonfeed.org/version/1.1), built as data and stringified. */
export function jsonFeed(feed: Feed): string {
  const author = { name: feed.author.name, url: feed.author.url };
  return `${JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: feed.title,
      description: feed.subtitle,
      home_page_url: feed.pageUrl,
      feed_url: feed.selfUrl,
      language: feed.language,
      authors: [author],
      items: feed.entries.map((entry) => ({
        id: entry.url,
        url: entry.url,
        title: entry.title,
        summary: entry.summary,
        content_html: entry.contentHtml,
        date_published: dateToRfc3339(entry.published),
        date_modified: dateToRfc3339(entry.updated),
        tags: entry.tags.length > 0 ? entry.tags : undefined,
      })),
    },
    null,
    1,
  )}\n`;
}
