import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_ROOT, FIXTURE_SITE } from '../helpers/build';
import { BuiltSite } from '../helpers/site';

const site = new BuiltSite(FIXTURE_SITE);
const settings = yaml.load(readFileSync(path.join(FIXTURE_ROOT, '_data/site.yaml'), 'utf8')) as { url: string; support: { url: string } };

/** Sections that exist in each language, by construction (issue #2's table). */
const SECTIONS: [string, string][] = [
  ['/sr/', '/en/'],
  ['/sr/clanci/', '/en/articles/'],
  ['/sr/nauka-i-tehnologija/', '/en/science-technology/'],
  ['/sr/zivot-i-stil/', '/en/life-style/'],
  ['/sr/republika-srpska/', '/en/republika-srpska/'],
  ['/sr/autor/', '/en/author/'],
  ['/sr/ebiblioteka/', '/en/elibrary/'],
  ['/sr/preporuke/', '/en/recommendations/'],
  ['/sr/pretraga/', '/en/search/'],
];

function contentSlugs(lang: 'sr' | 'en', folder: 'articles' | 'library'): string[] {
  return readdirSync(path.join(FIXTURE_ROOT, 'content', lang, folder)).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3));
}

function frontMatter(lang: string, folder: string, slug: string): Record<string, unknown> {
  const text = readFileSync(path.join(FIXTURE_ROOT, 'content', lang, folder, `${slug}.md`), 'utf8');
  return yaml.load(text.split(/^---$/m)[1] ?? '', { schema: yaml.CORE_SCHEMA }) as Record<string, unknown>;
}

const SR_MONTHS = ['januar', 'februar', 'mart', 'april', 'maj', 'jun', 'jul', 'avgust', 'septembar', 'oktobar', 'novembar', 'decembar'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe('the fixture site', () => {
  let urls: string[];
  beforeAll(() => {
    urls = site.htmlUrls();
  });

  it.each(SECTIONS)('has %s and %s with the right <html lang>', (sr, en) => {
    expect(site.page(sr)('html').attr('lang')).toBe('sr-Latn');
    expect(site.page(en)('html').attr('lang')).toBe('en');
  });

  it('has every article and eLibrary item at its public URL', () => {
    for (const slug of contentSlugs('sr', 'articles')) expect(site.page(`/sr/clanci/${slug}/`)('html').attr('lang')).toBe('sr-Latn');
    for (const slug of contentSlugs('en', 'articles')) expect(site.page(`/en/articles/${slug}/`)('html').attr('lang')).toBe('en');
    for (const slug of contentSlugs('sr', 'library')) expect(site.exists(`/sr/ebiblioteka/${slug}/`)).toBe(true);
    for (const slug of contentSlugs('en', 'library')) expect(site.exists(`/en/elibrary/${slug}/`)).toBe(true);
  });

  it('has tag pages in both languages, the landing page and a 404 page', () => {
    expect(urls.some((u) => /^\/sr\/oznake\/[a-z0-9-]+\/$/.test(u))).toBe(true);
    expect(urls.some((u) => /^\/en\/tags\/[a-z0-9-]+\/$/.test(u))).toBe(true);
    const landing = site.page('/');
    expect(landing('a[href="/sr/"]').length).toBeGreaterThan(0);
    expect(landing('a[href="/sr-cyrl/"]').length).toBeGreaterThan(0);
    expect(landing('a[href="/en/"]').length).toBeGreaterThan(0);
    const notFound = site.page('/404.html');
    expect(notFound('.not-found [lang="sr-Latn"] a[href="/sr/"]').length).toBe(1);
    expect(notFound('.not-found [lang="en"] a[href="/en/"]').length).toBe(1);
  });

  it('links every switcher target to a page that exists', () => {
    for (const url of urls) {
      const $ = site.page(url);
      // Pages outside the editions have a header without words; their text offers the three.
      const standalone = url === '/' || url === '/404.html';
      if (standalone) expect($('nav.editions'), url).toHaveLength(0);
      const links = standalone ? $('.edition-list a[hreflang]') : $('nav.editions a[href]');
      expect(links.length, url).toBe(3);
      links.each((_, a) => {
        expect(site.exists($(a).attr('href') as string), `${url} → ${$(a).attr('href')}`).toBe(true);
      });
    }
  });

  it('keeps the reader on the same article when switching language', () => {
    for (const slug of contentSlugs('sr', 'articles')) {
      const fm = frontMatter('sr', 'articles', slug);
      const $ = site.page(`/sr/clanci/${slug}/`);
      const english = $('nav.editions a[hreflang="en"]').attr('href') as string;
      if (fm.translationKey) {
        expect(english).toMatch(/^\/en\/articles\/[a-z0-9-]+\/$/);
        expect(site.page(english)('nav.editions a[hreflang="sr-Latn"]').attr('href')).toBe(`/sr/clanci/${slug}/`);
        expect($('.article-header .translation a[hreflang="en"]').attr('href')).toBe(english);
      } else {
        expect(english, `${slug} has no translation`).toBe('/en/');
        // Said in visible text under the title, not in a tooltip a phone never shows.
        expect($('nav.editions a[title]')).toHaveLength(0);
        expect($('.article-header .translation-missing').text()).toBe('Ovaj članak nije preveden na engleski.');
      }
    }
  });

  it('shows localized dates and reading time with the right plural', () => {
    for (const [lang, prefix] of [['sr', '/sr/clanci/'], ['en', '/en/articles/']] as const) {
      for (const slug of contentSlugs(lang, 'articles')) {
        const [y, m, d] = String(frontMatter(lang, 'articles', slug).date).split('-').map(Number) as [number, number, number];
        const $ = site.page(`${prefix}${slug}/`);
        const meta = $('.article-header .meta').first().text();
        if (lang === 'sr') {
          expect(meta).toContain(`${d}. ${SR_MONTHS[m - 1]} ${y}.`);
          const minutes = Number(/(\d+) minuta? čitanja/.exec(meta)?.[1]);
          const one = minutes % 10 === 1 && minutes % 100 !== 11;
          expect(meta).toContain(one ? `${minutes} minut čitanja` : `${minutes} minuta čitanja`);
        } else {
          expect(meta).toContain(`${EN_MONTHS[m - 1]} ${d}, ${y}`);
          expect(meta).toMatch(/\d+ minutes? of reading/);
        }
      }
    }
  });

  it('counts articles with Serbian plural forms on listings', () => {
    const text = site.page('/sr/clanci/')('.listing-header .meta').text();
    const n = Number(/^(\d+)/.exec(text)?.[1]);
    const form = n % 10 === 1 && n % 100 !== 11 ? 'članak' : [2, 3, 4].includes(n % 10) && ![12, 13, 14].includes(n % 100) ? 'članka' : 'članaka';
    expect(text).toBe(`${n} ${form}`);
  });

  it('ends every article with the support link, a plain link that loads nothing', () => {
    const articles = urls.filter((u) => /^\/(sr|en)\/(clanci|articles)\/[a-z0-9-]+\/$/.test(u));
    expect(articles.length).toBeGreaterThanOrEqual(20);
    for (const url of articles) {
      const link = site.page(url)(`aside.support a[href="${settings.support.url}"]`);
      expect(link.length, url).toBe(1);
      expect(link.attr('rel')).toContain('noopener');
    }
  });

  it('has no internal link or asset that points at a missing file or anchor', () => {
    const origin = settings.url;
    const broken: string[] = [];
    for (const url of urls) {
      const $ = site.page(url);
      $('[href], [src], form[action]').each((_, el) => {
        const attr = $(el).attr('href') ?? $(el).attr('src') ?? $(el).attr('action') ?? '';
        let target = attr.startsWith(origin) ? attr.slice(origin.length) || '/' : attr;
        if (target.startsWith('#')) target = url + target;
        if (!target.startsWith('/') || target.startsWith('//')) return;
        const [pathname, anchor] = target.split('#') as [string, string | undefined];
        if (!site.exists(pathname)) broken.push(`${url} → ${attr}`);
        else if (anchor && site.page(pathname)(`[id="${anchor}"]`).length === 0) broken.push(`${url} → ${attr} (no #${anchor})`);
      });
    }
    expect(broken).toEqual([]);
  });

  it('gives every page one <h1>, a title, a description and an absolute canonical URL', () => {
    for (const url of urls) {
      const $ = site.page(url);
      expect($('h1').length, url).toBe(1);
      expect($('title').text().trim(), url).not.toBe('');
      expect($('meta[name="description"]').attr('content')?.trim(), url).toBeTruthy();
      expect($('link[rel="canonical"]').attr('href'), url).toBe(new URL(url, settings.url).href);
    }
  });

  it('has no inline scripts, event handlers or style attributes', () => {
    for (const url of urls) {
      const $ = site.page(url);
      expect($('script:not([src]):not([type="application/ld+json"])').length, url).toBe(0);
      expect($('[style]').length, url).toBe(0);
      expect($('style').length, url).toBe(0);
      $('*').each((_, el) => {
        for (const name of Object.keys((el as { attribs?: Record<string, string> }).attribs ?? {})) expect(name.startsWith('on'), `${url}: ${name}`).toBe(false);
      });
    }
  });

  it('lists reciprocal hreflang alternates', () => {
    for (const url of urls.filter((u) => u.startsWith('/sr/') || u.startsWith('/en/'))) {
      const $ = site.page(url);
      const self = new URL(url, settings.url).href;
      const alternates = $('link[rel="alternate"][hreflang]').toArray().map((l) => [$(l).attr('hreflang'), $(l).attr('href')] as [string, string]);
      expect(alternates.map(([, h]) => h), url).toContain(self);
      for (const [lang, href] of alternates) {
        if (lang === 'x-default' || !href.startsWith(settings.url)) continue;
        const path = href.slice(settings.url.length);
        if (path.startsWith('/sr-cyrl/') && !site.exists(path)) continue; // checked by the Cyrillic edition's tests
        const other = site.page(path);
        expect(other('html').attr('lang'), `${url} → ${href}`).toBe(lang);
        const back = other('link[rel="alternate"][hreflang]').toArray().map((l) => other(l).attr('href'));
        expect(back, `${href} does not link back to ${self}`).toContain(self);
      }
    }
  });

  it('offers a download with size for pdf and epub items and a visit link for web items', () => {
    for (const slug of contentSlugs('sr', 'library')) {
      const fm = frontMatter('sr', 'library', slug);
      const $ = site.page(`/sr/ebiblioteka/${slug}/`);
      if (fm.format === 'web') {
        expect($('a.button').attr('href')).toBe(fm.url);
      } else {
        const button = $('a.button[download]');
        expect(button.length, slug).toBe(1);
        expect(site.exists(button.attr('href') as string)).toBe(true);
        expect(button.text()).toMatch(/\((\d+(,\d)?) (KB|MB)\)/);
      }
    }
  });
});
