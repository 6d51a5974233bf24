/**
 * GitHub Pages sends none of the site's headers, so `npm run build -- --meta-csp` puts the policy
 * into every page. Served here without any header, as GitHub Pages serves: what the `<meta>`
 * policy blocks, and that the same page without it blocks nothing (so the test can fail).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'cheerio';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { metaContentSecurityPolicy } from '../../src/security/headers';
import { launchBrowser, type PageLog, type TestBrowser } from '../helpers/browser';
import { copyFixture, runBuild } from '../helpers/build';
import { serveStatic, type StaticServer } from '../helpers/serve';
import { BuiltSite } from '../helpers/site';

const dirs: string[] = [];
let withMeta: string;
let withoutMeta: string;

async function build(env: Record<string, string>): Promise<string> {
  const root = copyFixture('minimal');
  const out = mkdtempSync(path.join(tmpdir(), 'dmspot-meta-csp-'));
  dirs.push(root, out);
  const result = await runBuild({ siteRoot: root, outDir: out, env });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  return out;
}

beforeAll(async () => {
  withMeta = await build({ DMSPOT_META_CSP: '1' });
  withoutMeta = await build({});
});

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('npm run build -- --meta-csp', () => {
  it('puts the policy first in the <head> of every page, without what only a header can carry', async () => {
    const site = new BuiltSite(withMeta);
    for (const url of site.htmlUrls()) {
      const $ = site.page(url);
      const first = $('head').children().eq(1);
      expect(first.attr('http-equiv'), url).toBe('Content-Security-Policy');
      expect(first.attr('content'), url).toBe(metaContentSecurityPolicy());
      expect($('meta[name="referrer"]').attr('content'), url).toBe('no-referrer');
    }
    expect(metaContentSecurityPolicy()).not.toMatch(/frame-ancestors|report-uri|sandbox/);
    expect(metaContentSecurityPolicy()).toContain("script-src 'self' 'wasm-unsafe-eval'");
    // The default build leaves it to the host's headers.
    expect(load(new BuiltSite(withoutMeta).page('/en/').html())('meta[http-equiv]').length).toBe(0);
  });

  describe('served with no headers at all, as GitHub Pages serves', () => {
    let browser: TestBrowser;
    const servers: StaticServer[] = [];
    beforeAll(async () => {
      servers.push(await serveStatic(withMeta, { headers: false }), await serveStatic(withoutMeta, { headers: false }));
      browser = await launchBrowser(servers[0]!.origin);
    });
    afterAll(async () => {
      await browser?.close();
      for (const server of servers) await server.close();
    });

    /** Injects what an attacker's markup would run: an inline script and a tracking pixel. */
    async function attack(origin: string): Promise<{ page: Page; log: PageLog; ran: boolean }> {
      const { page, log } = await browser.open(origin);
      await page.goto(`${origin}/en/`);
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true';
        document.body.append(script);
        const img = document.createElement('img');
        img.src = 'https://tracker.example/pixel.gif';
        document.body.append(img);
      });
      await page.waitForTimeout(300);
      return { page, log, ran: (await page.evaluate(() => (window as unknown as { inlineRan?: boolean }).inlineRan)) === true };
    }

    it('blocks inline script and requests to other origins', async () => {
      const { log, ran } = await attack(servers[0]!.origin);
      expect(ran).toBe(false);
      // Chromium reports the pixel's request and refuses it: the violation names the image.
      expect(log.cspViolations.some((text) => /script-src/.test(text))).toBe(true);
      expect(log.cspViolations.some((text) => /img-src/.test(text) && text.includes('tracker.example'))).toBe(true);
    });

    it('blocks nothing without it (the test above can fail)', async () => {
      const { log, ran } = await attack(servers[1]!.origin);
      expect(ran).toBe(true);
      expect(log.cspViolations).toEqual([]);
      expect(log.foreign).toEqual(['https://tracker.example/pixel.gif']);
    });

    it('leaves the site working: search loads and finds, with no violation', async () => {
      const { page, log } = await browser.open(servers[0]!.origin);
      await page.goto(`${servers[0]!.origin}/en/search/?q=first`);
      await page.waitForFunction(() => document.querySelectorAll('.search-result').length > 0);
      expect(log.cspViolations).toEqual([]);
      expect(log.consoleErrors).toEqual([]);
      expect(log.pageErrors).toEqual([]);
    });
  });
});
