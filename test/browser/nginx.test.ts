/**
 * The documented nginx deployment, tested as a reader meets it: a real nginx serving the built
 * fixture site on 127.0.0.1 with `deploy/nginx/dmspot-site.conf` and the generated headers.
 * `nginx -t` passing says nothing about the types a page is served with: only a request does.
 */
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSET_CACHE_CONTROL, SECURITY_HEADERS } from '../../src/security/headers';
import { launchBrowser, type TestBrowser } from '../helpers/browser';
import { FIXTURE_SITE } from '../helpers/build';
import { startNginx, type NginxServer } from '../helpers/nginx';

let site: string;
let nginx: NginxServer;
/** A file outside the served folder that a symbolic link inside it points at. */
let secret: string;

beforeAll(async () => {
  site = mkdtempSync(path.join(tmpdir(), 'dmspot-nginx-site-'));
  // nginx's workers may run as another user (nobody, when started as root): readable by all.
  chmodSync(site, 0o755);
  cpSync(FIXTURE_SITE, site, { recursive: true });
  // Readable by nginx's workers: without `disable_symlinks` they would serve it.
  const outside = mkdtempSync(path.join(tmpdir(), 'dmspot-nginx-outside-'));
  chmodSync(outside, 0o755);
  secret = path.join(outside, 'secret.txt');
  writeFileSync(secret, 'the build machine\'s secret');
  mkdirSync(path.join(outside, 'folder'));
  writeFileSync(path.join(outside, 'folder', 'index.html'), '<p>secret page</p>');
  // What a published link would expose: a file, and a folder.
  symlinkSync(secret, path.join(site, 'files', 'leak.pdf'));
  symlinkSync(path.join(outside, 'folder'), path.join(site, 'sr', 'leak'));
  // No file of the site ends in .wasm (Pagefind ships its WebAssembly compressed, as
  // wasm.<language>.pagefind, and instantiates it from bytes); one more says what a .wasm gets.
  writeFileSync(path.join(site, 'probe.wasm'), Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]));
  nginx = await startNginx(site);
});

afterAll(async () => {
  await nginx?.stop();
  if (site) rmSync(site, { recursive: true, force: true });
  if (secret) rmSync(path.dirname(secret), { recursive: true, force: true });
});

const get = (url: string) => fetch(`${nginx.origin}${url}`, { redirect: 'manual' });

function expectSecurityHeaders(response: Response, url: string): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), `${url}: ${name}`).toBe(value);
}

describe('the nginx example serving the built site', () => {
  it.each(['/', '/404.html', '/sr/', '/sr-cyrl/', '/en/', '/sr/clanci/dva-dana-u-trebinju/', '/en/articles/two-days-in-trebinje/', '/sr/pretraga/'])('serves %s as text/html with every security header', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(response, url);
    expect(await response.text()).toMatch(/^<!doctype html>/);
  });

  it('serves the stylesheet as text/css with the security headers and a year of caching', async () => {
    const css = readdirSync(path.join(site, 'assets')).find((name) => name.endsWith('.css'));
    const response = await get(`/assets/${css}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/css/);
    expect(response.headers.get('cache-control')).toBe(ASSET_CACHE_CONTROL);
    expectSecurityHeaders(response, css ?? 'css');
  });

  it('serves pictures with the security headers and a year of caching (their names are fingerprints too)', async () => {
    const avif = readdirSync(path.join(site, 'img')).find((name) => name.endsWith('.avif'));
    expect(avif).toBeDefined();
    const response = await get(`/img/${avif}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/avif');
    expect(response.headers.get('cache-control')).toBe(ASSET_CACHE_CONTROL);
    expectSecurityHeaders(response, avif ?? 'avif');
  });

  it('caches nothing else for long: a page asks again', async () => {
    expect((await get('/en/')).headers.get('cache-control')).not.toBe(ASSET_CACHE_CONTROL);
  });

  it.each<[string, RegExp]>([
    ['/probe.wasm', /^application\/wasm$/],
    ['/sr/feed.xml', /^(?:application|text)\/xml/],
    ['/sr/feed.json', /^application\/json/],
    ['/files/backup-guide.pdf', /^application\/pdf$/],
    ['/files/essays-on-trust.epub', /^application\/epub\+zip$/],
    ['/favicon.svg', /^image\/svg\+xml/],
    ['/sitemap.xml', /^(?:application|text)\/xml/],
    ['/robots.txt', /^text\/plain/],
    ['/pagefind/pagefind.js', /^(?:application|text)\/javascript/],
    ['/pagefind/wasm.sr.pagefind', /^application\/octet-stream$/],
  ])('serves %s with its type and the security headers', async (url, type) => {
    const response = await get(url);
    expect(response.status, url).toBe(200);
    expect(response.headers.get('content-type'), url).toMatch(type);
    expectSecurityHeaders(response, url);
  });

  it('answers an unknown address with the 404 page, its status and every security header', async () => {
    const response = await get('/sr/clanci/nema-ga/');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expectSecurityHeaders(response, '404');
    expect(await response.text()).toContain('class="not-found"');
  });

  it('does not follow a symbolic link in the served folder, to a file or to a folder', async () => {
    for (const url of ['/files/leak.pdf', '/sr/leak/', '/sr/leak/index.html']) {
      const response = await get(url);
      // 403 where nginx sees the link, 404 where try_files does first (and falls back).
      expect([403, 404], url).toContain(response.status);
      expect(await response.text(), url).not.toMatch(/secret/);
    }
  });

  it('does not publish _headers (the file other hosts read)', async () => {
    expect((await get('/_headers')).status).toBe(404);
  });

  describe('in Chromium', () => {
    let browser: TestBrowser;
    beforeAll(async () => {
      browser = await launchBrowser(nginx.origin);
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('renders a page (not a download) and searches, with no CSP violation or error', async () => {
      const { page, log, context } = await browser.open();
      const response = await page.goto(`${nginx.origin}/sr/pretraga/?q=lozinke`);
      expect(response?.headers()['content-type']).toBe('text/html; charset=utf-8');
      await page.waitForFunction(() => document.querySelectorAll('.search-result').length > 0);
      expect(await page.locator('.search-result h2 a').first().getAttribute('href')).toMatch(/^\/sr\/clanci\//);
      expect(log.cspViolations).toEqual([]);
      expect(log.consoleErrors).toEqual([]);
      expect(log.pageErrors).toEqual([]);
      expect(log.foreign).toEqual([]);
      await context.close();
    });
  });
});
