import { dateToRfc3339 } from '@11ty/eleventy-plugin-rss';
import type { Feed } from './model';
import { escapeXml } from './xml';

/**
 * An Atom 1.0 document (RFC 4287): `id`, `title`, `updated` (RFC 3339), `author` and
 * `link rel="self"` on the feed; `id`, `title`, `updated`, `published`, a summary and the full
 * content (escaped HTML) on each entry.
 */
export function atomXml(feed: Feed): string {
  const e = escapeXml;
  const entries = feed.entries.map(
    (entry) => `<entry>
<id>${e(entry.url)}</id>
<title>${e(entry.title)}</title>
<link rel="alternate" type="text/html" href="${e(entry.url)}"/>
<published>${dateToRfc3339(entry.published)}</published>
<updated>${dateToRfc3339(entry.updated)}</updated>
<summary>${e(entry.summary)}</summary>
${entry.tags.map((tag) => `<category term="${e(tag)}"/>\n`).join('')}<content type="html">${e(entry.contentHtml)}</content>
</entry>
`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${e(feed.language)}">
<id>${e(feed.selfUrl)}</id>
<title>${e(feed.title)}</title>
<subtitle>${e(feed.subtitle)}</subtitle>
<link rel="self" type="application/atom+xml" href="${e(feed.selfUrl)}"/>
<link rel="alternate" type="text/html" href="${e(feed.pageUrl)}"/>
<updated>${dateToRfc3339(feed.updated)}</updated>
<author><name>${e(feed.author.name)}</name><uri>${e(feed.author.url)}</uri></author>
${entries.join('')}</feed>
`;
}
