import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../test/helpers/browser';
import { serveStatic } from '../test/helpers/serve';
import { isGzipped } from './serve';

/**
 * Bytes fetched for a first query: each edition's search page is opened in a fresh browser
 * context (cold cache), and once it has loaded, a common word of the generated corpus is typed;
 * every response from then until the results are shown is summed, as a static host serves it:
 * Pagefind's files that are gzip on disk (`.pf_*`, `wasm.*.pagefind`) at their size on disk,
 * everything else gzip-compressed (level 6).
 *
 * `npx tsx bench/first-query.ts <built site>` prints the JSON.
 */

/** A word every few sentences of the corpus uses (bench/corpus.ts), per edition; Serbian with a diacritic. */
export const FIRST_QUERIES = [
  { edition: 'en', url: '/en/search/', query: 'security' },
  { edition: 'sr-Latn', url: '/sr/pretraga/', query: 'zaštita' },
  { edition: 'sr-Cyrl', url: '/sr-cyrl/pretraga/', query: 'заштита' },
] as const;

export interface FetchedFile {
  readonly url: string;
  readonly bytes: number;
}

export interface FirstQuery {
  readonly edition: string;
  readonly query: string;
  /** Results the page reported (its status line), e.g. "1234 results". */
  readonly status: string;
  readonly requests: number;
  readonly bytes: number;
  /** Milliseconds from the first keystroke to the results on screen. */
  readonly milliseconds: number;
  /** Bytes by kind: Pagefind's script and worker, its WebAssembly, metadata, index chunks, result fragments, other. */
  readonly byKind: Record<string, number>;
  readonly files: FetchedFile[];
}

function kindOf(url: string): string {
  if (/\.pf_fragment$/.test(url)) return 'fragments';
  if (/\.pf_index$/.test(url)) return 'index';
  if (/\.pf_(meta|filter)$|pagefind-entry\.json$/.test(url)) return 'meta';
  if (/\.pagefind$/.test(url)) return 'wasm';
  if (/\.js$/.test(url)) return 'scripts';
  return 'other';
}

export interface FirstQueryReport {
  readonly editions: FirstQuery[];
  readonly maxBytes: number;
}

/** What one served URL costs: the file as a static host sends it. */
function servedBytes(root: string, url: string, cache: Map<string, number>): number {
  const pathname = decodeURIComponent(new URL(url).pathname);
  const known = cache.get(pathname);
  if (known !== undefined) return known;
  let file = path.join(root, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
  try {
    if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
    const bytes = readFileSync(file);
    const size = /\.pf_[a-z]+$/.test(file) || isGzipped(bytes) ? bytes.length : gzipSync(bytes, { level: 6 }).length;
    cache.set(pathname, size);
    return size;
  } catch {
    return 0;
  }
}

export async function measureFirstQuery(siteDir: string): Promise<FirstQueryReport> {
  const server = await serveStatic(siteDir);
  const browser = await launchBrowser(server.origin);
  const sizes = new Map<string, number>();
  const editions: FirstQuery[] = [];
  try {
    for (const { edition, url, query } of FIRST_QUERIES) {
      const { page, context, log } = await browser.open();
      await page.goto(`${server.origin}${url}`, { waitUntil: 'load' });
      await page.waitForSelector('.search-page.search-ready');
      await page.waitForLoadState('networkidle');
      const fetched: FetchedFile[] = [];
      let lastResponse = Date.now();
      // The context's events also see what workers fetch.
      context.on('response', (response) => {
        lastResponse = Date.now();
        // The browser asks for the favicon on its own, late: not part of the query.
        if (response.status() >= 400 || /^\/favicon\./.test(new URL(response.url()).pathname)) return;
        fetched.push({ url: new URL(response.url()).pathname, bytes: servedBytes(siteDir, response.url(), sizes) });
      });
      const started = Date.now();
      // A quick typist: every keystroke inside the search page's typing pause, so one search.
      await page.locator('#search-q').pressSequentially(query, { delay: 40 });
      await page.waitForFunction(
        () => {
          const root = document.querySelector('#search');
          const status = document.querySelector('#search-status')?.textContent ?? '';
          return !!root && !root.hasAttribute('aria-busy') && /\d/.test(status) && document.querySelectorAll('#search-results > li').length > 0;
        },
        undefined,
        { timeout: 60_000 },
      );
      const milliseconds = Date.now() - started;
      // Anything still in flight (a result's fragment) belongs to the first query too.
      while (Date.now() - lastResponse < 500) await page.waitForTimeout(100);
      const status = (await page.locator('#search-status').textContent()) ?? '';
      const problems = [...log.pageErrors, ...log.consoleErrors, ...log.cspViolations, ...log.foreign];
      if (problems.length) throw new Error(`first query on ${url}: ${problems.join('; ')}`);
      const byKind: Record<string, number> = {};
      for (const f of fetched) byKind[kindOf(f.url)] = (byKind[kindOf(f.url)] ?? 0) + f.bytes;
      editions.push({ edition, query, status, requests: fetched.length, bytes: fetched.reduce((s, f) => s + f.bytes, 0), milliseconds, byKind, files: fetched });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return { editions, maxBytes: Math.max(...editions.map((e) => e.bytes)) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const site = process.argv[2];
  if (!site) throw new Error('usage: first-query.ts <built site>');
  const report = await measureFirstQuery(site);
  console.log(JSON.stringify(report, null, 2));
  for (const e of report.editions) {
    const kinds = Object.entries(e.byKind).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)}`).join(', ');
    console.log(`${e.edition} "${e.query}": ${(e.bytes / 1000).toFixed(1)} KB in ${e.requests} responses (${kinds}), ${e.milliseconds} ms (${e.status})`);
  }
}
