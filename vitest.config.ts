import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * Every temporary folder the tests make (fixture copies, builds, Chromium's profiles) goes into one
 * folder of this checkout's own, emptied when a run starts: a run leaves at most its own behind.
 */
const root = path.dirname(fileURLToPath(import.meta.url));
const TEMP = path.join(tmpdir(), `dmspot-tests-${createHash('sha256').update(root).digest('hex').slice(0, 8)}`);
rmSync(TEMP, { recursive: true, force: true });
mkdirSync(TEMP, { recursive: true });

/**
 * Four layers, one command (`npm test` runs them all), and the screenshots:
 * - unit: pure logic, no build, seconds;
 * - build: real builds of fixture sites (test/fixtures/), parsed with a real HTML parser;
 * - browser: the built fixture site in headless Chromium, under the site's real headers;
 * - content: the author's own `content/` builds and passes the site's checks (nothing else is
 *   asserted about it: it is theirs to replace);
 * - screenshots (only with `npm run screenshots`): every kind of page at 390 and 1280 px, light
 *   and dark, written to test/.output/screenshots/ for a person to look at.
 * Build and browser tests share one build of each fixture site (test/setup/fixture-sites.ts).
 */
export default defineConfig({
  test: {
    env: { TMPDIR: TEMP },
    // Every core (Vitest leaves one free by default): two files side by side fill each other's
    // idle stretches (process start-up, page loads, single-threaded builds); on 2 cores the suite
    // took 3.4 minutes this way and 4.2 one file after the other (`time npm test`).
    maxWorkers: availableParallelism(),
    testTimeout: 120_000,
    // The longest hook (a dev server's first build, a search index) takes seconds: a hook that hangs
    // (a server waiting for a socket) fails in two minutes rather than five.
    hookTimeout: 120_000,
    projects: [
      // Unit tests leave no state behind (what they change they restore), so a worker runs many
      // files without loading the modules again: 15 s to 7.5 s.
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'build', include: ['test/build/**/*.test.ts'], globalSetup: ['test/setup/fixture-sites.ts'] } },
      { extends: true, test: { name: 'browser', include: ['test/browser/**/*.test.ts'], globalSetup: ['test/setup/chromium.ts', 'test/setup/fixture-sites.ts'] } },
      { extends: true, test: { name: 'content', include: ['test/content/**/*.test.ts'] } },
      // Not part of `npm test`: pictures for a person to look at (`npm run screenshots`).
      { extends: true, test: { name: 'screenshots', include: ['test/screenshots/**/*.test.ts'], globalSetup: ['test/setup/chromium.ts', 'test/setup/fixture-sites.ts'] } },
    ],
  },
});
