/**
 * `npm start` in a real browser: the author edits an article's body and the open page shows it,
 * through the fast path (src/dev/plugin.ts) and then Eleventy's own rebuild, in both scripts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type PageLog, type TestBrowser } from '../helpers/browser';
import { copyFixture } from '../helpers/build';
import { freePort } from '../helpers/free-port';
import { copyRepository } from '../helpers/repo-copy';

let root: string;
let server: ChildProcess;
let output = '';
let origin: string;
let browser: TestBrowser;
const logs: PageLog[] = [];

/** Resolves when the dev server has printed `pattern` (after `from` characters of its output). */
function printed(pattern: RegExp, from = 0, timeout = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = () => {
      const match = pattern.exec(output.slice(from));
      if (match) resolve(match[0]);
      else if (Date.now() - started > timeout || server.exitCode !== null) reject(new Error(`the dev server did not print ${pattern}:\n${output}`));
      else setTimeout(poll, 50);
    };
    poll();
  });
}

beforeAll(async () => {
  // A copy of the repository with the fixture site as its content: the author runs `npm start`
  // with the content inside the working directory (see copyRepository).
  const fixture = copyFixture('minimal');
  root = copyRepository(fixture, `${fixture}-repo`);
  rmSync(fixture, { recursive: true, force: true });
  const port = await freePort();
  origin = `http://localhost:${port}`;
  server = spawn(process.execPath, ['--import', 'tsx', 'node_modules/@11ty/eleventy/cmd.cjs', '--config=eleventy.config.ts', '--serve', '--incremental', `--port=${port}`], {
    cwd: root,
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'DMSPOT_SITE_ROOT')), DMSPOT_NOW: '2026-11-29T12:00:00Z' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await printed(/Server at/);
  browser = await launchBrowser(origin);
}, 90_000);

afterAll(async () => {
  await browser?.close();
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill();
    await exited;
  }
  // Pagefind's service, a process of its own, may still be finishing the background index it was
  // writing into _site/pagefind when the server ended: removal tries again while it does.
  if (root) rmSync(root, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
}, 30_000);

async function open(url: string): Promise<Page> {
  const { page, log } = await browser.open();
  logs.push(log);
  await page.goto(`${origin}${url}`);
  return page;
}

describe('editing an article under npm start', () => {
  it('shows the new body in the open Latin and Cyrillic pages, first from the fast path, then from the rebuild', async () => {
    const latin = await open('/sr/clanci/prvi-clanak/');
    const cyrillic = await open('/sr-cyrl/clanci/prvi-clanak/');
    expect(await latin.locator('.prose').textContent()).not.toContain('Novi pasus');
    const from = output.length;
    appendFileSync(path.join(root, 'content/sr/articles/prvi-clanak.md'), '\nNovi pasus o džezvi.\n');
    // The fast path wrote both pages and told the browser to reload…
    await printed(/\/sr\/clanci\/prvi-clanak\/ and \/sr-cyrl\/clanci\/prvi-clanak\/ written in \d+ ms/, from);
    await latin.waitForFunction(() => document.querySelector('.prose')?.textContent?.includes('Novi pasus o džezvi.'), undefined, { timeout: 20_000 });
    await cyrillic.waitForFunction(() => document.querySelector('.prose')?.textContent?.includes('Нови пасус о џезви.'), undefined, { timeout: 20_000 });
    // …and Eleventy's rebuild, which follows, leaves them so. (Read as served: the dev server's
    // own reload after the rebuild would race a reload made here.)
    await printed(/Wrote \d+ files/, from);
    expect(await (await fetch(`${origin}/sr/clanci/prvi-clanak/`)).text()).toContain('Novi pasus o džezvi.');
    expect(await (await fetch(`${origin}/sr-cyrl/clanci/prvi-clanak/`)).text()).toContain('Нови пасус о џезви.');
    for (const log of logs) {
      expect(log.cspViolations).toEqual([]);
      expect(log.pageErrors).toEqual([]);
    }
  });

  it('leaves a changed title to the rebuild, which still updates the page', async () => {
    const page = await open('/en/articles/first-article/');
    const from = output.length;
    const file = path.join(root, 'content/en/articles/first-article.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('title: First article', 'title: The first article'));
    await printed(/first-article\.md: full rebuild \(the front matter changed\)/, from);
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'The first article', undefined, { timeout: 30_000 });
  });
});
