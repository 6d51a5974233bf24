import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { atomXml } from '../../src/feeds/atom';
import { feedDefinitions, feedUrl } from '../../src/feeds/definitions';
import { jsonFeed } from '../../src/feeds/json-feed';
import { toCyrillicFeed, type Feed } from '../../src/feeds/model';
import { robotsTxt, sitemapFiles, type SitemapEntry } from '../../src/feeds/sitemap';
import { wrapLines } from '../../src/social/image';

const HOSTILE = 'A </script> "q" & \u2028 <!-- \u0001 end';
const feed: Feed = {
  language: 'sr-Latn',
  title: HOSTILE,
  subtitle: 'Lični portal',
  selfUrl: 'https://dmspot.net/sr/feed.xml',
  pageUrl: 'https://dmspot.net/sr/',
  author: { name: 'D. M.', url: 'https://dmspot.net/sr/autor/' },
  updated: new Date('2026-01-10T00:00:00Z'),
  entries: [
    {
      url: 'https://dmspot.net/sr/clanci/x/',
      title: HOSTILE,
      summary: 'Ljubav',
      contentHtml: '<p>Ljubav <a href="https://dmspot.net/sr/autor/">autor</a> <code>ljubav</code></p>',
      published: new Date('2026-01-10T00:00:00Z'),
      updated: new Date('2026-01-12T00:00:00Z'),
      tags: ['a&b'],
    },
  ],
};
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

describe('feed formats', () => {
  it('writes well-formed Atom that keeps hostile text as text', () => {
    const xml = atomXml(feed);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = parser.parse(xml) as { feed: { title: string; updated: string; entry: { title: string; updated: string; content: { '#text': string } } } };
    // The control character XML cannot carry is dropped; everything else survives.
    expect(doc.feed.title).toBe(HOSTILE.replace('\u0001', ''));
    expect(doc.feed.updated).toBe('2026-01-10T00:00:00Z');
    expect(doc.feed.entry.updated).toBe('2026-01-12T00:00:00Z');
  });

  it('writes JSON Feed 1.1 that parses back to the same strings', () => {
    const doc = JSON.parse(jsonFeed(feed)) as { version: string; title: string; items: { title: string; date_published: string; content_html: string }[] };
    expect(doc.version).toBe('https://jsonfeed.org/version/1.1');
    expect(doc.title).toBe(HOSTILE);
    expect(doc.items[0]).toMatchObject({ title: HOSTILE, date_published: '2026-01-10T00:00:00Z' });
  });

  it('transliterates a Cyrillic feed but keeps code and moves links', () => {
    const cyr = toCyrillicFeed({ ...feed, title: 'Ljubav' }, { siteUrl: 'https://dmspot.net' });
    expect(cyr.title).toBe('Љубав');
    expect(cyr.entries[0]?.contentHtml).toBe('<p>Љубав <a href="https://dmspot.net/sr-cyrl/autor/">аутор</a> <code>ljubav</code></p>');
    expect(cyr.entries[0]?.tags).toEqual(['а&б']);
  });

  it('has 24 feeds with distinct URLs beside the pages they mirror', () => {
    const all = feedDefinitions();
    expect(all).toHaveLength(24);
    expect(new Set(all.map((f) => f.url)).size).toBe(24);
    expect(feedUrl('sr-Cyrl', 'atom')).toBe('/sr-cyrl/feed.xml');
    expect(feedUrl('en', 'json', 'life-style')).toBe('/en/life-style/feed.json');
    expect(feedUrl('sr-Latn', 'atom', 'science-technology')).toBe('/sr/nauka-i-tehnologija/feed.xml');
  });
});

describe('sitemap', () => {
  const entry = (loc: string, lang: string): SitemapEntry => ({ loc: `https://dmspot.net${loc}`, lang, alternates: [{ hreflang: 'x-default', href: 'https://dmspot.net/' }] });
  const entries = [entry('/sr/', 'sr-Latn'), entry('/en/', 'en'), entry('/sr-cyrl/', 'sr-Cyrl'), entry('/sr/a/', 'sr-Latn'), entry('/sr/b/', 'sr-Latn')];

  it('is one urlset up to the limit', () => {
    const files = sitemapFiles(entries, 'https://dmspot.net', 5);
    expect(files.map((f) => f.path)).toEqual(['/sitemap.xml']);
    expect(XMLValidator.validate(files[0]!.xml)).toBe(true);
    expect(files[0]!.xml.match(/<url>/g)).toHaveLength(5);
    expect(files[0]!.xml).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://dmspot.net/"/>');
  });

  it('becomes an index of one file per edition past the limit, split again where one edition passes it', () => {
    const files = sitemapFiles(entries, 'https://dmspot.net', 2);
    expect(files.map((f) => f.path)).toEqual(['/sitemap.xml', '/sitemap-en.xml', '/sitemap-sr-latn.xml', '/sitemap-sr-latn-2.xml', '/sitemap-sr-cyrl.xml']);
    const index = parser.parse(files[0]!.xml) as { sitemapindex: { sitemap: { loc: string }[] } };
    expect(index.sitemapindex.sitemap.map((s) => s.loc)).toEqual(files.slice(1).map((f) => `https://dmspot.net${f.path}`));
    for (const file of files) expect(XMLValidator.validate(file.xml), file.path).toBe(true);
    expect(files.slice(1).reduce((n, f) => n + (f.xml.match(/<url>/g)?.length ?? 0), 0)).toBe(entries.length);
  });

  it('names the sitemap in robots.txt', () => {
    expect(robotsTxt('https://dmspot.net')).toContain('Sitemap: https://dmspot.net/sitemap.xml\n');
  });
});

describe('wrapLines', () => {
  it('breaks between words and ends a text too long with an ellipsis', () => {
    const { lines, truncated } = wrapLines('jedan dva tri četiri pet šest sedam osam devet deset', 100, 400, 2);
    expect(lines).toHaveLength(2);
    expect(truncated).toBe(true);
    expect(lines[1]?.endsWith('…')).toBe(true);
    expect(wrapLines('kratko', 100, 1000, 3)).toEqual({ lines: ['kratko'], truncated: false });
  });

  it('cuts a word longer than a line', () => {
    const { lines } = wrapLines('a'.repeat(60), 60, 600, 3);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('').replace('…', '').length).toBeLessThanOrEqual(60);
  });

  it('keeps every word whole when they fit, and the text in order', () => {
    const text = 'Vikend u Trebinju: platani, sunce i vino na Trebišnjici';
    const { lines, truncated } = wrapLines(text, 68, 1040, 3);
    expect(truncated).toBe(false);
    expect(lines.join(' ')).toBe(text);
  });

  // A pasted URL or base64 string as a title: one pass over it, whatever its length (the
  // runner's limit stops a hang; the result shows the work was done right).
  it.each([2_000, 20_000, 200_000])('cuts a %i-character word into the lines it may have', { timeout: 10_000 }, (length) => {
    const word = 'x'.repeat(length);
    const { lines, truncated } = wrapLines(word, 68, 1040, 3);
    expect(truncated).toBe(true);
    expect(lines).toHaveLength(3);
    expect(lines[2]?.endsWith('…')).toBe(true);
    expect(lines.slice(0, 2).every((line) => line === lines[0])).toBe(true);
  });
});
