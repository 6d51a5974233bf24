import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type TestBrowser } from './browser';
import { FIXTURE_SITE } from './build';
import { serveStatic, type StaticServer } from './serve';
import { BuiltSite } from './site';


export interface ServedSite {
  readonly site: BuiltSite;
  /** The local server (site's real headers) and the browser, ready inside tests. */
  readonly server: StaticServer;
  readonly browser: TestBrowser;
}

/**
 * Serves a built site on 127.0.0.1 with the production headers and opens Debian Chromium on it
 * for the tests of one file; both are closed after them.
 */
export function useServedSite(dir: string = FIXTURE_SITE): ServedSite {
  let server: StaticServer | undefined;
  let browser: TestBrowser | undefined;
  beforeAll(async () => {
    server = await serveStatic(dir);
    browser = await launchBrowser(server.origin);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (!value) throw new Error(`${what} is not ready: use it inside a test`);
    return value;
  };
  return {
    site: new BuiltSite(dir),
    get server() {
      return ready(server, 'the server');
    },
    get browser() {
      return ready(browser, 'the browser');
    },
  };
}
