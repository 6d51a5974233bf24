import { readFileSync } from 'node:fs';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { feedDefinitions, FEED_SIZE, type FeedDefinition } from '../../src/feeds/definitions';
import { FIXTURE_SITE } from '../helpers/build';
import { RFC3339 } from '../helpers/seo';
import { BuiltSite } from '../helpers/site';

/** Feeds, sitemap and robots.txt of the fixture site, read as a feed reader and a crawler would. */
const site = new BuiltSite(FIXTURE_SITE);
const siteUrl = 'https://dmspot.net';
const local = (href: string) => href.slice(siteUrl.length);
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['entry', 'link', 'url', 'xhtml:link', 'category', 'sitemap'].includes(name) });
const read = (url: string) => readFileSync(site.fileFor(url) ?? `missing ${url}`, 'utf8');

interface AtomLink { rel?: string; href: string; type?: string }
interface AtomEntry { id: string; title: string; link: AtomLink[]; published: string; updated: string; summary: string; content: { '#text': string; type: string } }
interface AtomFeed { 'xml:lang': string; id: string; title: string; updated: string; link: AtomLink[]; author: { name: string }; entry?: AtomEntry[] }
interface JsonFeedDoc { version: string; title: string; home_page_url: string; feed_url: string; language: string; authors: { name: string }[]; items: { id: string; url: string; title: string; content_html: string; date_published: string; date_modified: string }[] }

function atom(definition: FeedDefinition): AtomFeed {
  const xml = read(definition.url);
  expect(XMLValidator.validate(xml), definition.url).toBe(true);
  return (parser.parse(xml) as { feed: AtomFeed }).feed;
}

const atomFeeds = feedDefinitions().filter((f) => f.format === 'atom');
const jsonFeeds = feedDefinitions().filter((f) => f.format === 'json');

/** The category listing an article page links to from its header. */
function categoryOf(pageUrl: string): string | undefined {
  const $ = site.page(pageUrl);
  return $('.article-header .meta a').toArray().map((a) => $(a).attr('href')).find((h) => h && !h.includes('#'));
}

describe('feeds', () => {
  it('exist for every edition and category, in both formats', () => {
    for (const definition of feedDefinitions()) expect(site.exists(definition.url), definition.url).toBe(true);
  });

  it.each(atomFeeds.map((f) => [f.url, f] as const))('%s is a valid Atom feed', (_, definition) => {
    const feed = atom(definition);
    const self = `${siteUrl}${definition.url}`;
    expect(feed['xml:lang']).toBe(definition.edition);
    expect(feed.id).toBe(self);
    expect(feed.title.trim()).not.toBe('');
    expect(feed.updated).toMatch(RFC3339);
    expect(feed.author.name.trim()).not.toBe('');
    expect(feed.link.find((l) => l.rel === 'self')?.href).toBe(self);
    const page = feed.link.find((l) => l.rel === 'alternate')?.href as string;
    expect(site.exists(local(page)), page).toBe(true);
    const entries = feed.entry ?? [];
    expect(entries.length).toBeLessThanOrEqual(FEED_SIZE);
    if (!definition.category) expect(entries.length).toBeGreaterThan(0);
    let previous = Infinity;
    for (const entry of entries) {
      const href = entry.link.find((l) => (l.rel ?? 'alternate') === 'alternate')?.href as string;
      expect(entry.id).toBe(href);
      expect(href.startsWith(`${siteUrl}/`), href).toBe(true);
      expect(site.page(local(href))('html').attr('lang'), href).toBe(definition.edition);
      if (definition.category) expect(categoryOf(local(href)), href).toBe(local(page));
      expect(entry.title.trim()).not.toBe('');
      expect(entry.published).toMatch(RFC3339);
      expect(entry.updated).toMatch(RFC3339);
      expect(Date.parse(entry.published)).toBeLessThanOrEqual(previous);
      previous = Date.parse(entry.published);
      expect(Date.parse(entry.updated)).toBeLessThanOrEqual(Date.parse(feed.updated));
      expect(entry.content.type).toBe('html');
      // Full content, with every link and image absolute and internal ones present.
      const html = entry.content['#text'];
      expect(html.length).toBeGreaterThan(200);
      for (const [, url] of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
        expect(/^(https?:|mailto:)/.test(url!), `${href}: ${url}`).toBe(true);
        if (url!.startsWith(`${siteUrl}/`)) expect(site.exists(local(url!).split('#')[0]!), `${href}: ${url}`).toBe(true);
      }
    }
  });

  it.each(jsonFeeds.map((f) => [f.url, f] as const))('%s is a JSON Feed 1.1 with the same entries as its Atom twin', (_, definition) => {
    const feed = JSON.parse(read(definition.url)) as JsonFeedDoc;
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.feed_url).toBe(`${siteUrl}${definition.url}`);
    expect(feed.language).toBe(definition.edition);
    expect(site.exists(local(feed.home_page_url))).toBe(true);
    expect(feed.authors[0]?.name.trim()).toBeTruthy();
    for (const item of feed.items) {
      expect(item.id).toBe(item.url);
      expect(item.content_html.length).toBeGreaterThan(200);
      expect(item.date_published).toMatch(RFC3339);
      expect(item.date_modified).toMatch(RFC3339);
    }
    const twin = atom(atomFeeds.find((f) => f.edition === definition.edition && f.category === definition.category)!);
    expect(feed.title).toBe(twin.title);
    expect(feed.items.map((i) => [i.url, i.title])).toEqual((twin.entry ?? []).map((e) => [e.id, e.title]));
  });

  it('writes the Cyrillic feeds in Cyrillic, with /sr-cyrl/ URLs only', () => {
    for (const definition of feedDefinitions().filter((f) => f.edition === 'sr-Cyrl')) {
      const text = read(definition.url);
      expect(text, definition.url).not.toContain(`${siteUrl}/sr/`);
      if (definition.format === 'json') {
        const feed = JSON.parse(text) as JsonFeedDoc;
        for (const item of feed.items) {
          expect(item.title, item.url).toMatch(/^[^A-Za-zČĆŽŠĐčćžšđ]*[\u0400-\u04FF]/);
          expect(item.url.startsWith(`${siteUrl}/sr-cyrl/`)).toBe(true);
          // The body's prose is Cyrillic (code and other languages may keep Latin).
          const letters = item.content_html.replace(/<[^>]*>/g, '');
          expect((letters.match(/[\u0400-\u04FF]/g) ?? []).length, item.url).toBeGreaterThan((letters.match(/[čćžšđ]/gi) ?? []).length * 10);
        }
      }
    }
  });
});

describe('sitemap and robots.txt', () => {
  const urls = site.htmlUrls();
  const sitemap = read('/sitemap.xml');
  const entries = (parser.parse(sitemap) as { urlset: { url: { loc: string; 'xhtml:link': { hreflang: string; href: string }[] }[] } }).urlset.url;

  it('is valid XML naming the xhtml namespace', () => {
    expect(XMLValidator.validate(sitemap)).toBe(true);
    expect(sitemap).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
  });

  it('lists every public page of every edition exactly once, and the 404 page never', () => {
    const listed = entries.map((e) => local(e.loc));
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.sort()).toEqual(urls.filter((u) => u !== '/404.html').sort());
    expect(listed.filter((u) => u.startsWith('/sr-cyrl/')).length).toBeGreaterThan(30);
  });

  it('gives each URL exactly the alternates its page declares (same x-default rule)', () => {
    for (const entry of entries) {
      const $ = site.page(local(entry.loc));
      const head = $('link[rel="alternate"][hreflang]').toArray().map((l) => ({ hreflang: l.attribs.hreflang, href: l.attribs.href }));
      expect(entry['xhtml:link'].map((l) => ({ hreflang: l.hreflang, href: l.href })), entry.loc).toEqual(head);
      expect(entry['xhtml:link'].every((l) => site.exists(local(l.href))), entry.loc).toBe(true);
      expect(entry['xhtml:link'].map((l) => l.hreflang), entry.loc).toContain('x-default');
    }
    const home = entries.find((e) => e.loc === `${siteUrl}/sr-cyrl/`)!;
    expect(home['xhtml:link'].map((l) => l.hreflang).sort()).toEqual(['en', 'sr-Cyrl', 'sr-Latn', 'x-default']);
    expect(home['xhtml:link'].find((l) => l.hreflang === 'x-default')?.href).toBe(`${siteUrl}/`);
  });

  it('is named by robots.txt', () => {
    expect(read('/robots.txt')).toMatch(/^Sitemap: https:\/\/dmspot\.net\/sitemap\.xml$/m);
  });
});
