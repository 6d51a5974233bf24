import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latinToCyrillic } from '../../src/i18n/transliterate';
import { copyFixture, runBuild } from '../helpers/build';
import { jsonLdNodes, pngSize, type LdNode } from '../helpers/seo';
import { BuiltSite } from '../helpers/site';

/**
 * A site whose titles, descriptions, tags and names try to break out of every context they are
 * written into (`</script>`, `<!--`, quotes, `&`, U+2028), plus a draft and a scheduled article
 * that must appear nowhere.
 */
const TITLE_SR = 'Kad </script><script>alert(1)</script> "navodi" & \u2028 <!-- džem';
const TITLE_EN = 'When </script><!-- "quotes" & \u2028 ampersands';
const BOOK = 'Knjiga </script> "x" & \u2028 y';
const siteUrl = 'https://dmspot.net';
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['entry', 'url'].includes(name) });

let root: string;
let out: string;
let site: BuiltSite;

beforeAll(async () => {
  root = copyFixture('hostile');
  out = mkdtempSync(path.join(tmpdir(), 'dmspot-hostile-out-'));
  const result = await runBuild({ siteRoot: root, outDir: out, env: { DMSPOT_NOW: '2026-11-29T12:00:00Z' } });
  if (result.status !== 0) throw new Error(`hostile build failed:\n${result.stdout}\n${result.stderr}`);
  site = new BuiltSite(out);
});

afterAll(() => {
  for (const dir of [root, out]) if (dir) rmSync(dir, { recursive: true, force: true });
});

const read = (url: string) => readFileSync(site.fileFor(url) ?? `missing ${url}`, 'utf8');
const cases = [
  ['/sr/clanci/prvi-clanak/', TITLE_SR],
  ['/sr-cyrl/clanci/prvi-clanak/', latinToCyrillic(TITLE_SR)],
  ['/en/articles/first-article/', TITLE_EN],
] as const;

describe('hostile titles', () => {
  it('stay text in <title>, Open Graph and the <h1>', async () => {
    for (const [url, title] of cases) {
      const $ = site.page(url);
      expect($('h1').text(), url).toBe(title);
      expect($('meta[property="og:title"]').attr('content'), url).toBe(title);
      expect($('title').text().startsWith(title), url).toBe(true);
      expect($('body script:not([src])').length, url).toBe(0);
    }
  });

  it('cannot end or break a JSON-LD block on any page', async () => {
    for (const url of site.htmlUrls()) {
      const $ = site.page(url);
      // A block closed early would leave a second block or an inline script behind it.
      expect($('script:not([src]):not([type="application/ld+json"])').length, url).toBe(0);
      expect($('script[type="application/ld+json"]').length, url).toBeLessThanOrEqual(1);
      for (const block of $('script[type="application/ld+json"]').toArray().map((s) => $(s).text())) {
        expect(block, url).not.toMatch(/[<\u2028\u2029]/);
      }
      jsonLdNodes($, url);
    }
    for (const [url, title] of cases) {
      const [post] = jsonLdNodes(site.page(url), url).filter((n) => n['@type'] === 'BlogPosting');
      expect(post?.headline, url).toBe(title);
    }
    const [book] = jsonLdNodes(site.page('/sr/ebiblioteka/opasna-knjiga/'), 'book').filter((n) => n['@type'] === 'Book') as LdNode[];
    expect(book).toMatchObject({ name: BOOK, isbn: '9780306406157', numberOfPages: 12, author: [{ '@type': 'Person', name: 'Ana </script> Petrović' }] });
  });

  it('puts the author\'s profiles from the site settings in sameAs', () => {
    const [person] = jsonLdNodes(site.page('/en/author/'), 'author').filter((n) => n['@type'] === 'Person');
    expect(person?.sameAs).toEqual(['https://example.com/dm']);
  });

  it('stay valid and intact in every feed', async () => {
    for (const [edition, title] of [['sr', TITLE_SR], ['sr-cyrl', latinToCyrillic(TITLE_SR)], ['en', TITLE_EN]] as const) {
      const xml = read(`/${edition}/feed.xml`);
      expect(XMLValidator.validate(xml), edition).toBe(true);
      const atom = (parser.parse(xml) as { feed: { entry: { title: string }[] } }).feed;
      expect(atom.entry.map((e) => e.title), edition).toEqual([title]);
      const json = JSON.parse(read(`/${edition}/feed.json`)) as { items: { title: string; tags?: string[] }[] };
      expect(json.items.map((i) => i.title), edition).toEqual([title]);
    }
  });

  it('stay valid in the sitemap, which leaves out drafts, scheduled articles and the 404 page', async () => {
    const xml = read('/sitemap.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const listed = (parser.parse(xml) as { urlset: { url: { loc: string }[] } }).urlset.url.map((u) => u.loc);
    expect(listed).toContain(`${siteUrl}/sr-cyrl/clanci/prvi-clanak/`);
    expect(listed.filter((u) => /nacrt|zakazano|404/.test(u))).toEqual([]);
    for (const edition of ['sr', 'sr-cyrl', 'en']) expect(read(`/${edition}/feed.xml`)).not.toMatch(/nacrt|zakazano/);
    expect(site.exists('/sr/clanci/nacrt/')).toBe(false);
    expect(site.exists('/sr/clanci/zakazano/')).toBe(false);
  });

  it('still get their preview image', async () => {
    for (const [url] of cases) expect(pngSize(site.fileFor(`${url}og.png`)!)).toEqual({ width: 1200, height: 630 });
  });
});
