import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { findChromium } from './chromium';

const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** What a page did that a test must see: every request, console errors, CSP violations. */
export interface PageLog {
  readonly requests: string[];
  /** Requests to any origin other than the site's. */
  readonly foreign: string[];
  readonly consoleErrors: string[];
  readonly cspViolations: string[];
  readonly pageErrors: string[];
}

/** Empties a page's log, for a page that goes on to the next URL. */
export function clearLog(log: PageLog): void {
  for (const list of [log.requests, log.foreign, log.consoleErrors, log.cspViolations, log.pageErrors]) list.length = 0;
}

export interface TestBrowser {
  /**
   * A fresh page (its own context) whose requests and errors are recorded; `site` overrides the
   * origin, `options` the context's (viewport, colour scheme, JavaScript).
   */
  open(site?: string, options?: BrowserContextOptions): Promise<{ page: Page; log: PageLog; context: BrowserContext }>;
  close(): Promise<void>;
}

/**
 * Launches headless Chromium with a fresh profile. Every page records its requests (any other
 * origin than `origin` is logged as foreign and aborted), console errors, page errors and CSP
 * violations (Chromium reports them on the console).
 */
export async function launchBrowser(origin: string): Promise<TestBrowser> {
  // The reader's own Chromium or Chrome (nothing here ever downloads a browser; CI installs
  // Debian's package). Without one, the tests say so in one line rather than a stack trace.
  const found = findChromium();
  if ('error' in found) throw oneLineError(found.error);
  // launch() gives every run a fresh temporary profile (a `--user-data-dir` flag is refused).
  const browser: Browser = await chromium.launch({ executablePath: found.path, args: FLAGS });
  const contexts: BrowserContext[] = [];
  return {
    async open(site = origin, options = {}) {
      const context = await browser.newContext(options);
      contexts.push(context);
      const log: PageLog = { requests: [], foreign: [], consoleErrors: [], cspViolations: [], pageErrors: [] };
      const foreign = (url: string) => !url.startsWith('blob:') && !url.startsWith('data:') && new URL(url).origin !== site;
      // Nothing may leave the site: such a request is recorded (below) and never sent.
      await context.route((url) => foreign(url.href), (route) => route.abort());
      // The context's request event also sees what workers fetch.
      context.on('request', (request) => {
        const url = request.url();
        log.requests.push(url);
        if (foreign(url)) log.foreign.push(url);
      });
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        const text = message.text();
        if (/Content Security Policy/i.test(text)) log.cspViolations.push(text);
        else log.consoleErrors.push(text);
      });
      page.on('pageerror', (error) => log.pageErrors.push(error.message));
      return { page, log, context };
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
    },
  };
}

/** An error reported as its message alone: what to install is all the reader needs. */
function oneLineError(message: string): Error {
  const error = new Error(message);
  error.name = 'BrowserNotFound';
  error.stack = `${error.name}: ${message}`;
  return error;
}
