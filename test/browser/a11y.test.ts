import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAxe, violationLines } from '../helpers/axe';
import { useServedSite } from '../helpers/served-site';
import { pageKinds } from './page-kinds';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/**
 * What the colour scheme can change: contrast of text, and of links against the text around
 * them. Every other rule reads the same markup in both schemes, so the dark pass runs only these.
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const served = useServedSite();
const site = served.site;

/**
 * The page the keyboard tests go from URL to URL on, in the given colour scheme: a navigation
 * starts a new document, focus included, and a context per test cost a renderer process each.
 */
let keyboardPage: Page | undefined;
afterAll(async () => {
  await keyboardPage?.context().close();
});
async function open(url: string, colorScheme: 'light' | 'dark'): Promise<Page> {
  keyboardPage ??= (await served.browser.open()).page;
  await keyboardPage.emulateMedia({ colorScheme });
  await keyboardPage.goto(served.server.origin + url, { waitUntil: 'load' });
  return keyboardPage;
}

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  // One page for every URL: nothing the site does outlives a navigation (no storage, no cookie).
  let page: Page;
  let context: BrowserContext;
  beforeAll(async () => {
    ({ page, context } = await served.browser.open());
  });
  afterAll(async () => {
    await context?.close();
  });

  // One load per page: every rule in the light scheme, then the colour rules in the dark one.
  it.each(pageKinds(site))('$kind ($url): no violations, light and dark', async ({ url }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(served.server.origin + url, { waitUntil: 'load' });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await runAxe(page, { runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] });
    const lightBackground = await background();
    await page.emulateMedia({ colorScheme: 'dark' });
    // The page really turned dark before the second pass.
    expect(await background()).not.toBe(lightBackground);
    const dark = await runAxe(page, { runOnly: { type: 'rule', values: COLOUR_RULES }, resultTypes: ['violations'] });
    expect([...violationLines('light', light), ...violationLines('dark', dark)]).toEqual([]);
    // axe really ran: in light every rule, in dark at least the contrast of this page's text.
    expect(light.passes.length).toBeGreaterThan(10);
    expect(dark.passes.map((rule) => rule.id)).toContain('color-contrast');
  });

  it('reports what it should: the same run finds a missing alt text, grey-on-grey text and a missing lang', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(served.server.origin + pageKinds(site).find((kind) => kind.kind === 'article /en/')!.url, { waitUntil: 'load' });
    // What a broken template could leave: a picture without alt text, faint text, no lang.
    await page.evaluate(() => {
      document.documentElement.removeAttribute('lang');
      const main = document.querySelector('main')!;
      main.insertAdjacentHTML('afterbegin', '<img src="/favicon.svg"><p class="faint">faint</p>');
      // Through the CSSOM: the CSP refuses a style attribute.
      const faint = main.querySelector<HTMLElement>('.faint')!;
      faint.style.color = '#bbb';
      faint.style.background = '#ccc';
    });
    const found = (await runAxe(page, { runOnly: { type: 'tag', values: TAGS }, resultTypes: ['violations'] })).violations.map((v) => v.id);
    expect(found).toEqual(expect.arrayContaining(['image-alt', 'color-contrast', 'html-has-lang']));
  });
});

describe('keyboard', () => {
  it.each(['/en/', '/sr/clanci/', '/sr-cyrl/', '/'])('on %s the skip link is the first Tab stop, visible, and moves focus to the main content', async (url) => {
    const page = await open(url, 'light');
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const box = el?.getBoundingClientRect();
      return { className: el?.className, href: el?.getAttribute('href'), top: box?.top ?? -1, height: box?.height ?? 0 };
    });
    expect(first.className).toContain('skip-link');
    expect(first.href).toBe('#main');
    expect(first.top).toBeGreaterThanOrEqual(0); // on screen while focused
    expect(first.height).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => ({ hash: location.hash, focused: document.activeElement?.id }))).toEqual({ hash: '#main', focused: 'main' });
    // The next Tab continues inside the main content, not back in the header.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('main'))).toBe(true);
  });

  it.each(['light', 'dark'] as const)('focus is always visible (%s): every Tab stop of an article page shows an outline', async (scheme) => {
    const page = await open('/sr/clanci/vjestacka-inteligencija-u-maloj-firmi/', scheme);
    const stops = await page.evaluate(() => document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])').length);
    expect(stops).toBeGreaterThan(5);
    const invisible: string[] = [];
    for (let i = 0; i < stops; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return undefined;
        const style = getComputedStyle(el);
        const visible = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
        return { visible, what: `${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ''} ${el.getAttribute('href') ?? ''}` };
      });
      if (focus && !focus.visible) invisible.push(focus.what);
    }
    expect(invisible).toEqual([]);
  });

  it.each(['/sr/clanci/vjestacka-inteligencija-u-maloj-firmi/', '/sr-cyrl/clanci/vjestacka-inteligencija-u-maloj-firmi/'])('an English passage in a Serbian article keeps lang="en" (%s)', async (url) => {
    const page = await open(url, 'light');
    const passage = await page.evaluate(() => {
      const span = [...document.querySelectorAll('main [lang="en"]')].find((el) => el.textContent === 'human in the loop');
      return span ? { lang: span.getAttribute('lang'), page: document.documentElement.lang } : undefined;
    });
    expect(passage).toEqual({ lang: 'en', page: url.startsWith('/sr-cyrl/') ? 'sr-Cyrl' : 'sr-Latn' });
  });
});
