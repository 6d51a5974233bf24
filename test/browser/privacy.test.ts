import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clearLog, type PageLog } from '../helpers/browser';
import { localServerHeaders } from '../../src/security/headers';
import { useServedSite } from '../helpers/served-site';
import { pageKinds } from './page-kinds';

const served = useServedSite();
const site = served.site;

/** Search with a query runs Pagefind (WebAssembly, on the page's own thread): the strictest part of the CSP. */
const SEARCHES = ['/en/search/?q=backup', '/sr/pretraga/?q=lozinke', '/sr-cyrl/pretraga/?q=лозинке'];

describe('privacy in the browser, under the real headers', () => {
  const pages = [...pageKinds(site).map((p) => ({ name: p.kind, url: p.url })), ...SEARCHES.map((url) => ({ name: `search ${url}`, url }))];

  // One reader visiting every page in turn, as a reader would: the log is cleared before each
  // page, and what a page stores is seen by its own test, since no page before it stored anything.
  // (A context per page cost a renderer process and a cold cache each: 15 s against 3 for 35 pages.)
  let reader: { page: Page; log: PageLog; context: BrowserContext };
  beforeAll(async () => {
    reader = await served.browser.open();
  });
  afterAll(async () => {
    await reader?.context.close();
  });

  it.each(pages)('$name ($url): nothing leaves the origin, no cookie, no storage, no CSP violation, no error', async ({ url }) => {
    const { page, log, context } = reader;
    clearLog(log);
    // Pages without a script are done at `load`; a search also fetches its index after it.
    const response = await page.goto(served.server.origin + url, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    // Served as a host would serve it: the whole policy, not a page without one.
    expect(response?.headers()['content-security-policy']).toBe(localServerHeaders()['Content-Security-Policy']);
    if (url.includes('?q=')) {
      // Results render after the index loads; then their text is fetched.
      await page.locator('.search-result').first().waitFor();
      await page.waitForLoadState('networkidle');
    }
    expect(log.foreign).toEqual([]);
    expect(log.requests.length).toBeGreaterThan(0);
    expect(log.requests.every((r) => r.startsWith(served.server.origin) || r.startsWith('blob:') || r.startsWith('data:'))).toBe(true);
    expect(log.cspViolations).toEqual([]);
    expect(log.consoleErrors).toEqual([]);
    expect(log.pageErrors).toEqual([]);
    expect(await context.cookies()).toEqual([]);
    const storage = await page.evaluate(async () => ({
      cookie: document.cookie,
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).map((d) => d.name),
    }));
    expect(storage).toEqual({ cookie: '', local: 0, session: 0, databases: [] });
  });

  it('notices a request to another origin and a CSP violation (the recording works)', async () => {
    const { page, log, context } = await served.browser.open();
    await page.goto(`${served.server.origin}/en/`, { waitUntil: 'networkidle' });
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = 'https://tracker.example/pixel.gif';
      document.body.append(img);
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.body.append(script);
    });
    await expect.poll(() => log.foreign).toEqual(['https://tracker.example/pixel.gif']);
    await expect.poll(() => log.cspViolations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)).toBeUndefined();
    await context.close();
  });
});
