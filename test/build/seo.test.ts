import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITION_INFO, isEdition, type Edition } from '../../src/config/editions';
import { latinToCyrillic, optionsFromData } from '../../src/i18n/transliterate';
import { FIXTURE_ROOT, FIXTURE_SITE } from '../helpers/build';
import { jsonLdNodes, pngSize, RFC3339, type LdNode } from '../helpers/seo';
import { BuiltSite } from '../helpers/site';

/**
 * Heads, structured data and previews of the fixture site, all three editions. (Titles, one
 * `<h1>`, canonical values and the Latin/English hreflang sets are in site.test.ts.)
 */
const site = new BuiltSite(FIXTURE_SITE);
const urls = site.htmlUrls();
const siteUrl = 'https://dmspot.net';
const translit = optionsFromData(JSON.parse(readFileSync(path.join(FIXTURE_ROOT, '_data/transliteration.json'), 'utf8')) as { keepLatin?: string[] });
const inSite = (href: string) => href.startsWith(`${siteUrl}/`);
const local = (href: string) => href.slice(siteUrl.length);
const isArticle = (url: string) => /^\/(sr|sr-cyrl|en)\/(clanci|articles)\/[a-z0-9-]+\/$/.test(url);
const isLibraryItem = (url: string) => /^\/(sr|sr-cyrl|en)\/(ebiblioteka|elibrary)\/[a-z0-9-]+\/$/.test(url);
const HOMES = ['/sr/', '/sr-cyrl/', '/en/'];

function alternatesOf(url: string): [string, string][] {
  const $ = site.page(url);
  return $('link[rel="alternate"][hreflang]').toArray().map((l) => [$(l).attr('hreflang') as string, $(l).attr('href') as string]);
}

describe('every page head', () => {
  it('has the three editions and a Cyrillic twin of every Latin page to check', () => {
    expect(urls.filter((u) => u.startsWith('/sr-cyrl/')).length).toBeGreaterThan(30);
    expect(urls.filter((isArticle)).length).toBeGreaterThanOrEqual(36);
  });

  it('has exactly one canonical, absolute and self-referencing, and og:url the same', () => {
    for (const url of urls) {
      const $ = site.page(url);
      expect($('link[rel="canonical"]').length, url).toBe(1);
      expect($('link[rel="canonical"]').attr('href'), url).toBe(siteUrl + url);
      expect($('meta[property="og:url"]').attr('content'), url).toBe(siteUrl + url);
      expect($('h1').length, url).toBe(1);
    }
  });

  it('gives every page a title no other page of its edition has', () => {
    const seen = new Map<string, string>();
    for (const url of urls) {
      const $ = site.page(url);
      // Translations may share a title (`Republika Srpska`); an edition may not.
      const title = `${$('html').attr('lang')}: ${$('title').text()}`;
      expect(seen.get(title), `${url} has the title of ${seen.get(title)}`).toBeUndefined();
      seen.set(title, url);
    }
  });

  it('lists reciprocal hreflang sets, valid BCP 47, to pages whose <html lang> matches, with one x-default', () => {
    for (const url of urls.filter((u) => u !== '/404.html')) {
      const set = alternatesOf(url);
      const tags = set.map(([tag]) => tag);
      expect(tags.filter((t) => t === 'x-default'), url).toHaveLength(1);
      expect(new Set(tags).size, `${url}: duplicate hreflang`).toBe(tags.length);
      expect(set.map(([, href]) => href), url).toContain(siteUrl + url);
      for (const [tag, href] of set) {
        expect(inSite(href), href).toBe(true);
        const target = local(href);
        expect(site.exists(target), `${url} → ${href}`).toBe(true);
        if (tag !== 'x-default') {
          expect(Intl.getCanonicalLocales(tag)[0], `${tag} is canonical BCP 47`).toBe(tag);
          expect(site.page(target)('html').attr('lang'), `${url} → ${href}`).toBe(tag);
        }
        // Reciprocal: the target lists the very same set.
        expect(alternatesOf(target), `${href} (from ${url})`).toEqual(set);
      }
    }
  });

  it('points x-default at / for the homes and at the Serbian Latin page elsewhere', () => {
    for (const url of urls.filter((u) => u !== '/404.html')) {
      const set = new Map(alternatesOf(url));
      const expected = url === '/' || HOMES.includes(url) ? `${siteUrl}/` : (set.get('sr-Latn') ?? set.get('en'));
      expect(set.get('x-default'), url).toBe(expected);
    }
    expect(alternatesOf('/404.html')).toEqual([]);
  });

  it('has Open Graph with the edition locale, the other languages as alternates, and a Twitter card', () => {
    for (const url of urls) {
      const $ = site.page(url);
      const lang = $('html').attr('lang') as string;
      const locale = isEdition(lang) ? EDITION_INFO[lang].ogLocale : 'sr_RS';
      const meta = (p: string) => $(`meta[property="${p}"]`).attr('content');
      expect(meta('og:locale'), url).toBe(locale);
      // Pages outside the editions (`/`, `/404.html`) speak all three.
      const languages: string[] = url === '/' || url === '/404.html' ? ['en', 'sr-Latn'] : alternatesOf(url).map(([t]) => t);
      const others = new Set(languages.filter(isEdition).map((t) => EDITION_INFO[t as Edition].ogLocale).filter((l) => l !== locale));
      expect($('meta[property="og:locale:alternate"]').toArray().map((m) => $(m).attr('content')).sort(), url).toEqual([...others].sort());
      expect(meta('og:type'), url).toBe(isArticle(url) ? 'article' : 'website');
      expect(meta('og:title')?.trim(), url).toBeTruthy();
      expect(meta('og:description')?.trim(), url).toBeTruthy();
      expect($('meta[name="twitter:card"]').attr('content'), url).toBe('summary_large_image');
      expect($('meta[property="og:image"]').length, url).toBe(1);
    }
  });

  it('shows a 1200×630 PNG preview of every page, generated in the edition\'s script for articles; a cover where there is one', () => {
    const sizes = new Map<string, { width: number; height: number }>();
    let covers = 0;
    for (const url of urls) {
      const $ = site.page(url);
      const image = $('meta[property="og:image"]').attr('content') as string;
      expect(inSite(image), `${url}: ${image}`).toBe(true);
      const file = site.fileFor(local(image));
      expect(file, `${url}: ${image} is missing`).toBeDefined();
      // The article's own cover (related reading below it shows other articles' covers too).
      if (isArticle(url) && $('article.article img.cover').length > 0) {
        // The article's own picture, as a 1200-pixel JPEG, with its size and alt text.
        covers++;
        expect(image, url).toMatch(/\/img\/[^/]+-1200\.jpeg$/);
        expect($('meta[property="og:image:width"]').attr('content'), url).toBe('1200');
        expect($('meta[property="og:image:alt"]').attr('content'), url).toBe($('article.article img.cover').attr('alt'));
        continue;
      }
      if (!sizes.has(file!)) sizes.set(file!, pngSize(file!));
      expect(sizes.get(file!), image).toEqual({ width: 1200, height: 630 });
      if (isArticle(url)) expect(image, url).toBe(`${siteUrl}${url}og.png`);
      if (url.startsWith('/sr-cyrl/')) expect(local(image).startsWith('/sr-cyrl/'), url).toBe(true);
    }
    // The fixture has covers in all three editions.
    expect(covers).toBeGreaterThanOrEqual(6);
    // The Cyrillic preview is its own drawing, not a copy of the Latin one.
    const latin = urls.find((u) => u.startsWith('/sr/clanci/') && isArticle(u))!;
    expect(readFileSync(site.fileFor(`${latin}og.png`)!).equals(readFileSync(site.fileFor(`${latin.replace('/sr/', '/sr-cyrl/')}og.png`)!))).toBe(false);
  });

  it('carries the Cyrillic edition\'s text in its Open Graph tags', () => {
    for (const url of urls.filter((u) => u.startsWith('/sr-cyrl/'))) {
      const $ = site.page(url);
      const latin = site.page(url.replace('/sr-cyrl/', '/sr/'));
      for (const p of ['og:title', 'og:description']) {
        expect($(`meta[property="${p}"]`).attr('content'), `${url} ${p}`).toBe(latinToCyrillic(latin(`meta[property="${p}"]`).attr('content') as string, translit));
      }
    }
  });

  it('offers the edition\'s Atom and JSON feeds on every page, and a category\'s own on its listing', () => {
    for (const url of urls) {
      const $ = site.page(url);
      const feeds = $('link[rel="alternate"][type]').toArray().map((l) => $(l).attr('href') as string);
      expect(feeds.length, url).toBeGreaterThanOrEqual(2);
      for (const href of feeds) expect(site.exists(href), `${url} → ${href}`).toBe(true);
      const edition = /^\/(en|sr|sr-cyrl)\//.exec(url)?.[1];
      if (edition) expect(feeds.slice(0, 2), url).toEqual([`/${edition}/feed.xml`, `/${edition}/feed.json`]);
      else expect(feeds, url).toEqual(expect.arrayContaining(['/sr/feed.xml', '/sr-cyrl/feed.xml', '/en/feed.xml']));
    }
    expect(site.page('/sr-cyrl/zivot-i-stil/')('link[type="application/atom+xml"]').toArray().map((l) => l.attribs.href)).toContain('/sr-cyrl/zivot-i-stil/feed.xml');
    expect(site.page('/en/science-technology/')('link[type="application/feed+json"]').toArray().map((l) => l.attribs.href)).toContain('/en/science-technology/feed.json');
  });

  it('keeps the 404 page out of search engines, and only it', () => {
    for (const url of urls) expect(site.page(url)('meta[name="robots"][content*="noindex"]').length, url).toBe(url === '/404.html' ? 1 : 0);
  });
});

describe('structured data', () => {
  const nodes = (url: string) => jsonLdNodes(site.page(url), url);
  const ofType = (url: string, type: string) => nodes(url).filter((n) => n['@type'] === type);
  const expectInSite = (href: unknown, from: string) => {
    expect(typeof href, from).toBe('string');
    if (inSite(href as string)) expect(site.exists(local((href as string).split('#')[0]!)), `${from} → ${String(href)}`).toBe(true);
  };

  it('parses on every page, and names only URLs that exist', () => {
    for (const url of urls) {
      const walk = (value: unknown, key: string): void => {
        if (typeof value === 'string' && ['url', 'item', 'image', 'mainEntityOfPage', '@id'].includes(key)) expectInSite(value, `${url} ${key}`);
        else if (Array.isArray(value)) value.forEach((v) => walk(v, key));
        else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, k);
      };
      walk(nodes(url), '');
    }
  });

  it('describes the homes and the landing as a WebSite', () => {
    for (const url of [...HOMES, '/']) {
      const [website] = ofType(url, 'WebSite');
      expect(website, url).toMatchObject({ name: 'DM Spot', url: siteUrl + url });
      if (url !== '/') expect(website?.inLanguage, url).toBe(site.page(url)('html').attr('lang'));
    }
  });

  it('describes every article as a BlogPosting with a breadcrumb trail', () => {
    for (const url of urls.filter(isArticle)) {
      const $ = site.page(url);
      const [post] = ofType(url, 'BlogPosting') as [LdNode];
      expect(post, url).toBeDefined();
      expect(post.headline, url).toBe($('h1').text());
      expect(post.description, url).toBe($('meta[name="description"]').attr('content'));
      expect(post.datePublished, url).toMatch(RFC3339);
      expect(post.dateModified, url).toMatch(RFC3339);
      expect(String(post.datePublished).slice(0, 10), url).toBe($('.article-header time').first().attr('datetime'));
      expect(post.author, url).toMatchObject({ '@type': 'Person', name: expect.any(String) });
      expect(post.inLanguage, url).toBe($('html').attr('lang'));
      // The generated preview (an article with a cover shows its cover on social networks instead).
      expect(post.image, url).toBe(`${siteUrl}${url}og.png`);
      if ($('article.article img.cover').length === 0) expect(post.image, url).toBe($('meta[property="og:image"]').attr('content'));
      const tags = $('.tags a').toArray().map((a) => $(a).text());
      if (tags.length) expect(post.keywords, url).toEqual(tags);
      const [trail] = ofType(url, 'BreadcrumbList') as unknown as [{ itemListElement: { position: number; name: string; item: string }[] }];
      expect(trail.itemListElement.map((c) => c.position), url).toEqual([1, 2, 3]);
      // The middle crumb is the category the article header links to, named as there.
      const category = trail.itemListElement[1]!;
      expect($(`.article-header a[href="${local(category.item)}"]`).text(), url).toBe(category.name);
      expect(post.articleSection, url).toBe(category.name);
      expect(trail.itemListElement.at(-1)?.item, url).toBe(siteUrl + url);
    }
  });

  it('describes every eLibrary item as a Book with a breadcrumb trail', () => {
    const items = urls.filter(isLibraryItem);
    expect(items.length).toBeGreaterThanOrEqual(6);
    for (const url of items) {
      const $ = site.page(url);
      const [bookNode] = ofType(url, 'Book') as [LdNode];
      expect(bookNode, url).toMatchObject({ name: $('h1').text(), bookFormat: 'https://schema.org/EBook', inLanguage: $('html').attr('lang') });
      expect((bookNode.author as LdNode[]).every((a) => a['@type'] === 'Person' && typeof a.name === 'string'), url).toBe(true);
      const facts = Object.fromEntries($('.facts dt').toArray().map((dt) => [$(dt).text(), $(dt).next('dd').text()]));
      const isbn = Object.entries(facts).find(([k]) => /ISBN|ИСБН/i.test(k))?.[1];
      if (isbn) expect(bookNode.isbn, url).toBe(isbn.replace(/[\s-]/g, ''));
      expect(ofType(url, 'BreadcrumbList'), url).toHaveLength(1);
    }
  });

  it('describes the author as a Person on the author pages', () => {
    for (const url of ['/sr/autor/', '/sr-cyrl/autor/', '/en/author/']) {
      const [author] = ofType(url, 'Person');
      expect(author, url).toMatchObject({ name: expect.any(String), url: siteUrl + url, description: expect.any(String) });
    }
  });
});
