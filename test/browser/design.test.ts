import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { DESIGN_SITE } from '../helpers/build';
import { useServedSite } from '../helpers/served-site';
import { BuiltSite } from '../helpers/site';
import { charactersPerLine, contrast, lightness, median, settle, topOfPage } from './design-measure';
import { pageKinds } from './page-kinds';

/**
 * The launch design, measured in Chromium (issue #15): the top of every page on a phone, the
 * menu without JavaScript, the reading measure and type scale, pictures filling the measure,
 * cards of different weights, contrast of controls in both schemes, the Serbian italic.
 * Two sites: the realistic fixture (every kind of page in three editions) and the design fixture
 * (pictures, a portrait, a 600-word article).
 */
const fixture = useServedSite();
const design = useServedSite(DESIGN_SITE);
const designSite = new BuiltSite(DESIGN_SITE);

/**
 * One page per site and setting of JavaScript, going from URL to URL with the viewport and colour
 * scheme each test asks for: a navigation leaves nothing of the page before it that these tests
 * measure, and a fresh context per test cost a renderer process and a cold cache each.
 */
const pages = new Map<string, Page>();
afterAll(async () => {
  for (const page of pages.values()) await page.context().close();
});

interface Options {
  viewport: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  javaScriptEnabled?: boolean;
}

async function open(served: typeof fixture, url: string, options: Options): Promise<Page> {
  const javaScriptEnabled = options.javaScriptEnabled ?? true;
  const key = `${served.server.origin} ${javaScriptEnabled}`;
  let page = pages.get(key);
  if (!page) {
    ({ page } = await served.browser.open(undefined, { deviceScaleFactor: 1, javaScriptEnabled }));
    pages.set(key, page);
  }
  await page.setViewportSize(options.viewport);
  await page.emulateMedia({ colorScheme: options.colorScheme ?? 'light' });
  await page.goto(served.server.origin + url, { waitUntil: 'load' });
  await settle(page);
  return page;
}

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
/** Everything above the H1 at most this tall: 150 px at 390, 170 px at 320. */
const TOP_LIMIT: Readonly<Record<number, number>> = { 390: 150, 320: 170 };

describe('the top of every page on a phone', () => {
  const cases = [
    ...pageKinds(fixture.site).map((p) => ({ ...p, served: fixture, name: 'fixture' })),
    ...pageKinds(designSite).map((p) => ({ ...p, served: design, name: 'design' })),
  ];
  // One load per page, measured at both widths (the page is laid out again at each).
  it.each(cases)('$name $kind ($url) at 390 and 320 px: the H1 starts within the limit, clear of the header, nothing wider than the screen', async ({ served, url }) => {
    const page = await open(served, url, { viewport: { width: 390, height: 844 } });
    for (const width of [390, 320]) {
      await page.setViewportSize({ width, height: 844 });
      const top = await topOfPage(page);
      expect(top.viewport, `${width} px`).toBe(width);
      expect(top.h1Top, `${width} px`).toBeLessThanOrEqual(TOP_LIMIT[width]!);
      expect(top.h1Top - top.headerBottom, `${width} px`).toBeGreaterThanOrEqual(16);
      expect(top.scrollWidth, `${width} px`).toBeLessThanOrEqual(top.viewport);
    }
  });
});

describe('the menu, without JavaScript', () => {
  it.each(['/sr/', '/sr-cyrl/clanci/', '/en/articles/'])('folds on a phone and opens from its summary (%s)', async (url) => {
    const page = await open(fixture, url, { viewport: { width: 320, height: 700 }, javaScriptEnabled: false });
    await expect.poll(() => page.locator('.menu > summary').isVisible()).toBe(true);
    expect(await page.locator('.site-nav a').first().isVisible()).toBe(false);
    // The edition switcher stays in sight: three names, each in its own script.
    expect(await page.locator('nav.editions a').allTextContents()).toEqual(['English', 'Srpski', 'Српски']);
    await page.locator('.menu > summary').click();
    expect(await page.locator('.site-nav a').first().isVisible()).toBe(true);
    expect(await page.locator('#site-search-q').isVisible()).toBe(true);
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(wide).toBeLessThanOrEqual(320);
  });

  it('stands open in the header on a desktop, summary hidden', async () => {
    const page = await open(fixture, '/sr/clanci/', { viewport: DESKTOP, javaScriptEnabled: false });
    expect(await page.locator('.menu > summary').isVisible()).toBe(false);
    for (const link of await page.locator('.site-nav a').all()) expect(await link.isVisible()).toBe(true);
    expect(await page.locator('#site-search-q').isVisible()).toBe(true);
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(90);
  });
});

describe('reading', () => {
  const ARTICLE = { 'sr-Latn': '/sr/clanci/jedan-dan-na-drini/', 'sr-Cyrl': '/sr-cyrl/clanci/jedan-dan-na-drini/', en: '/en/articles/a-day-on-the-drina/' };

  it.each(Object.entries(ARTICLE))('%s: a centred measure of 60–75 characters on a desktop', async (_edition, url) => {
    const page = await open(design, url, { viewport: DESKTOP });
    const lines = await charactersPerLine(page);
    expect(lines.length).toBeGreaterThan(5);
    expect(median(lines)).toBeGreaterThanOrEqual(60);
    expect(median(lines)).toBeLessThanOrEqual(75);
    const box = (await page.locator('article.article').boundingBox())!;
    expect(Math.abs(box.x - (DESKTOP.width - box.x - box.width))).toBeLessThanOrEqual(2);
  });

  it.each([PHONE, DESKTOP])('pictures fill the measure, the title outranks the headings, code is readable (%j)', async (viewport) => {
    const page = await open(design, ARTICLE['sr-Latn'], { viewport });
    const m = await page.evaluate(() => {
      const width = (el: Element | null) => el?.getBoundingClientRect().width ?? -1;
      const size = (sel: string) => parseFloat(getComputedStyle(document.querySelector(sel)!).fontSize);
      return {
        article: width(document.querySelector('article.article')),
        prose: width(document.querySelector('.prose')),
        cover: width(document.querySelector('.article img.cover')),
        picture: width(document.querySelector('.prose img')),
        h1: size('h1'),
        h2: size('.prose h2'),
        body: size('.prose p'),
      };
    });
    expect(m.cover).toBeCloseTo(m.article, 0);
    expect(m.picture).toBeCloseTo(m.prose, 0);
    expect(m.h1 / m.h2).toBeGreaterThanOrEqual(1.3);
    expect(m.body).toBeGreaterThanOrEqual(17);
    const code = await open(design, '/sr/clanci/rezervne-kopije/', { viewport });
    const sizes = await code.evaluate(() => ({
      pre: parseFloat(getComputedStyle(document.querySelector('.prose pre code')!).fontSize),
      inline: parseFloat(getComputedStyle(document.querySelector('.prose p code')!).fontSize),
      body: parseFloat(getComputedStyle(document.querySelector('.prose p')!).fontSize),
    }));
    expect(sizes.pre).toBeGreaterThanOrEqual(14);
    expect(sizes.pre / sizes.body).toBeGreaterThanOrEqual(0.8);
    expect(sizes.inline / sizes.body).toBeGreaterThanOrEqual(0.85);
  });

  it('underlines links in prose, not card titles or navigation', async () => {
    const page = await open(design, '/sr/', { viewport: DESKTOP });
    const decoration = (sel: string) => page.locator(sel).first().evaluate((el) => getComputedStyle(el).textDecorationLine);
    expect(await decoration('.card-title a')).toBe('none');
    expect(await decoration('.site-nav a')).toBe('none');
    expect(await decoration('nav.editions a')).toBe('none');
    expect(await decoration('.section-title a')).toBe('none');
    const article = await open(design, '/sr/clanci/rezervne-kopije/', { viewport: DESKTOP });
    expect(await article.locator('.tags a').first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('underline');
  });

  it('gives the newest card more weight than the rest on a listing', async () => {
    for (const viewport of [PHONE, DESKTOP]) {
      const page = await open(design, '/sr/clanci/', { viewport });
      const cards = await page.locator('.cards > li').evaluateAll((items) =>
        items.map((li) => ({ title: parseFloat(getComputedStyle(li.querySelector('.card-title')!).fontSize), media: li.querySelector('img')?.getBoundingClientRect().width ?? 0 })),
      );
      expect(cards.length).toBeGreaterThan(2);
      const [first, ...rest] = cards;
      for (const other of rest) {
        expect(first!.title / other.title).toBeGreaterThanOrEqual(1.2);
        if (viewport === DESKTOP && other.media) expect(first!.media).toBeGreaterThan(other.media * 1.5);
      }
    }
  });

  it('sets Serbian Cyrillic italics in their Serbian forms (б г д п т), in the site’s own face', async () => {
    const page = await open(design, '/sr-cyrl/clanci/jedan-dan-na-drini/', { viewport: DESKTOP });
    await page.evaluate(() => {
      const sample = (lang: string) => {
        const el = document.createElement('i');
        el.lang = lang;
        el.className = `glyph-${lang}`;
        el.textContent = 'бгдпт';
        el.style.fontSize = '64px';
        document.querySelector('.prose')!.prepend(el);
      };
      sample('sr-Cyrl');
      sample('ru');
    });
    await settle(page);
    expect(await page.evaluate(() => document.fonts.check('italic 64px "Spot Serif"', 'бгдпт'))).toBe(true);
    const serbian = await page.locator('i.glyph-sr-Cyrl').screenshot();
    const russian = await page.locator('i.glyph-ru').screenshot();
    expect(serbian.equals(russian)).toBe(false);
  });
});

describe('controls stand out (WCAG 1.4.11): 3:1 against the page', () => {
  it.each(['light', 'dark'] as const)('%s: search field, buttons, the menu button, focus ring; search highlights readable', async (colorScheme) => {
    const page = await open(design, '/sr/pretraga/', { viewport: PHONE, colorScheme });
    const c = await page.evaluate(() => {
      const style = (sel: string) => getComputedStyle(document.querySelector(sel)!);
      const excerpt = document.createElement('p');
      excerpt.className = 'search-excerpt';
      excerpt.innerHTML = 'riječ <mark>kopija</mark> riječ';
      document.querySelector('#search-results')!.append(excerpt);
      return {
        page: getComputedStyle(document.body).backgroundColor,
        field: style('#search-q').borderTopColor,
        button: style('.search-field button').backgroundColor,
        buttonText: style('.search-field button').color,
        menu: style('.menu > summary').borderTopColor,
        mark: getComputedStyle(excerpt.querySelector('mark')!).backgroundColor,
        markText: getComputedStyle(excerpt.querySelector('mark')!).color,
      };
    });
    expect(contrast(c.field, c.page)).toBeGreaterThanOrEqual(3);
    expect(contrast(c.button, c.page)).toBeGreaterThanOrEqual(3);
    expect(contrast(c.buttonText, c.button)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(c.menu, c.page)).toBeGreaterThanOrEqual(3);
    expect(contrast(c.markText, c.mark)).toBeGreaterThanOrEqual(4.5);
    // No bright yellow highlight on a dark page.
    if (colorScheme === 'dark') expect(lightness(c.mark)).toBeLessThan(0.2);
    await page.locator('#search-q').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const ring = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { id: document.activeElement!.id, color: s.outlineColor, width: parseFloat(s.outlineWidth), style: s.outlineStyle };
    });
    expect(ring.id).toBe('search-q');
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    expect(contrast(ring.color, c.page)).toBeGreaterThanOrEqual(3);
  });
});

describe('an untranslated page', () => {
  it.each(['/sr/clanci/rezervne-kopije/', '/sr-cyrl/clanci/rezervne-kopije/'])('says so in visible text under its title (%s)', async (url) => {
    const page = await open(design, url, { viewport: PHONE });
    const note = page.locator('.article-header .translation-missing');
    expect(await note.isVisible()).toBe(true);
    const box = (await note.boundingBox())!;
    expect(box.height).toBeGreaterThan(10);
    expect(await note.textContent()).toMatch(url.startsWith('/sr-cyrl/') ? /^Овај чланак није преведен на енглески\.$/ : /^Ovaj članak nije preveden na engleski\.$/);
  });
});
