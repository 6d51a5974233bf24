import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESIGN_SITE } from '../helpers/build';
import { useServedSite } from '../helpers/served-site';
import { BuiltSite } from '../helpers/site';
import { pdfPageCount, settle } from './design-measure';

/**
 * How an article ends and prints (issue #15): related reading in its own edition, older and
 * newer in that order, the support call after reading and nowhere nothing was read, no script,
 * and a print that is the article alone on at most two A4 pages for 600 words.
 */
const fixture = useServedSite();
const design = useServedSite(DESIGN_SITE);
const designSite = new BuiltSite(DESIGN_SITE);

const EDITION_PREFIX = /^\/(sr|sr-cyrl|en)\//;
const ARTICLE_URL = /^\/(sr|sr-cyrl)\/clanci\/[a-z0-9-]+\/$|^\/en\/articles\/[a-z0-9-]+\/$/;

async function open(served: typeof fixture, url: string, options: BrowserContextOptions = {}): Promise<{ page: Page; done: () => Promise<void> }> {
  const { page, context } = await served.browser.open(undefined, { deviceScaleFactor: 1, viewport: { width: 1280, height: 900 }, ...options });
  await page.goto(served.server.origin + url, { waitUntil: 'load' });
  await settle(page);
  return { page, done: () => context.close() };
}

describe('the end of every article', () => {
  const articles = (site: BuiltSite) => site.htmlUrls().filter((url) => ARTICLE_URL.test(url));

  it('offers one to three related articles of its own edition, never itself, beside older and newer', () => {
    for (const site of [fixture.site, designSite]) {
      const urls = articles(site);
      expect(urls.length).toBeGreaterThan(6);
      // What each article could be related by: its tag pages and its category page, per edition.
      const links = new Map(urls.map((url) => {
        const $ = site.page(url);
        return [url, [...$('.tags a').map((_, a) => $(a).attr('href')).get(), $('.article-header .meta a').first().attr('href')!]] as const;
      }));
      let withRelated = 0;
      for (const url of urls) {
        const $ = site.page(url);
        const edition = EDITION_PREFIX.exec(url)![0];
        const related = $('section.related .card-title a').map((_, a) => $(a).attr('href')).get();
        expect(related.length, url).toBeLessThanOrEqual(3);
        const mine = links.get(url)!;
        const kin = urls.filter((other) => other !== url && EDITION_PREFIX.exec(other)![0] === edition && links.get(other)!.some((href) => mine.includes(href)));
        // Related reading exactly where another article shares a tag or the category, up to three.
        expect(related.length, url).toBe(Math.min(3, kin.length));
        for (const href of related) expect(kin, `${url} → ${href}`).toContain(href);
        if (related.length) withRelated++;
        for (const href of related) {
          expect(href.startsWith(edition), `${url} → ${href}`).toBe(true);
          expect(ARTICLE_URL.test(href) && href !== url, `${url} → ${href}`).toBe(true);
        }
        const older = $('nav.sequence a[rel="prev"]');
        const newer = $('nav.sequence a[rel="next"]');
        expect(older.length + newer.length, url).toBeGreaterThan(0);
        // Older is the earlier article, newer the later one.
        const date = (href: string | undefined) => (href ? site.page(href)('.article-header time').first().attr('datetime') : undefined);
        const own = $('.article-header time').first().attr('datetime')!;
        if (older.length) expect(date(older.attr('href'))! <= own, url).toBe(true);
        if (newer.length) expect(date(newer.attr('href'))! >= own, url).toBe(true);
      }
      expect(withRelated).toBeGreaterThan(urls.length / 2);
    }
  });

  it.each(['/sr/clanci/kafa-kao-mali-ritual/', '/sr-cyrl/clanci/kafa-kao-mali-ritual/'])('lays older out on the left and newer on the right (%s)', async (url) => {
    const { page, done } = await open(design, url);
    const older = (await page.locator('nav.sequence a[rel="prev"]').boundingBox())!;
    const newer = (await page.locator('nav.sequence a[rel="next"]').boundingBox())!;
    expect(older.x + older.width).toBeLessThan(newer.x + 1);
    expect(await page.locator('nav.sequence a[rel="prev"] .sequence-label').textContent()).toMatch(url.startsWith('/sr-cyrl/') ? /Старије/ : /Starije/);
    await done();
  });

  it('asks for support once after every article, once on the home page, and nowhere nothing was read', () => {
    for (const site of [fixture.site, designSite]) {
      for (const url of site.htmlUrls()) {
        const $ = site.page(url);
        const calls = $('aside.support').length;
        if (ARTICLE_URL.test(url)) expect(calls, url).toBe(1);
        else if (/^\/(sr|sr-cyrl|en)\/$/.test(url)) {
          expect(calls, url).toBe(1);
          // The support address is linked once on the home: from the call, not again in the footer.
          const support = $('aside.support a.button').attr('href')!;
          expect($(`a[href="${support}"]`).length, url).toBe(1);
        } else expect(calls, url).toBe(0);
      }
    }
  });

  it('thanks rather than pleads', () => {
    const heading = (url: string) => designSite.page(url)('aside.support h2').text();
    expect(heading('/sr/clanci/dva-dana-u-trebinju/')).toBe('Hvala što ste pročitali');
    expect(heading('/en/articles/two-days-in-trebinje/')).toBe('Thank you for reading');
    expect(heading('/sr-cyrl/clanci/dva-dana-u-trebinju/')).toBe('Хвала што сте прочитали');
  });

  it('runs no script on an article page', async () => {
    const { page, done } = await open(design, '/sr/clanci/jedan-dan-na-drini/');
    const scripts = await page.evaluate(() => [...document.scripts].filter((s) => s.type !== 'application/ld+json').length);
    expect(scripts).toBe(0);
    await done();
  });
});

describe('print', () => {
  const LONG = { 'sr-Latn': '/sr/clanci/jedan-dan-na-drini/', 'sr-Cyrl': '/sr-cyrl/clanci/jedan-dan-na-drini/' };

  it.each(Object.entries(LONG))('%s: a 600-word article with a cover and a picture prints on two A4 pages, as the article alone', async (_edition, url) => {
    const { page, done } = await open(design, url);
    const words = await page.evaluate(() => (document.querySelector('.prose')!.textContent ?? '').split(/\s+/).filter(Boolean).length);
    expect(words).toBeGreaterThanOrEqual(600);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() => {
      const visible = (sel: string) => [...document.querySelectorAll(sel)].some((el) => el.getBoundingClientRect().height > 0);
      return {
        chrome: ['.site-header', '.site-footer', 'nav.editions', '.site-search', '.toc', 'aside.support', 'nav.sequence', 'section.related'].filter(visible),
        article: ['h1', '.article-header time', '.prose p', 'img.cover', '.prose img', '.print-url'].filter((sel) => !visible(sel)),
        url: document.querySelector('.print-url')!.getAttribute('href'),
        printed: getComputedStyle(document.querySelector('.print-url')!, '::after').content,
        canonical: document.querySelector('link[rel="canonical"]')!.getAttribute('href'),
      };
    });
    expect(shown.chrome).toEqual([]);
    expect(shown.article).toEqual([]);
    expect(shown.url).toBe(shown.canonical);
    // The page's own address is printed after the link (the Cyrillic one on a Cyrillic page).
    expect(shown.printed).toBe(`" · ${shown.canonical}"`);
    expect(shown.canonical).toContain(url);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
    expect(pdfPageCount(pdf)).toBeLessThanOrEqual(2);
    await done();
  });
});
