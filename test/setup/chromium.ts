import type { TestProject } from 'vitest/node';
import { findChromium } from '../helpers/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The browser executable, or the one-line reason there is none. */
    chromium: { path: string } | { error: string };
  }
}

/** Finds the browser once for the browser tests; `test/helpers/browser.ts` launches it. */
export default function setup(project: TestProject): void {
  const found = findChromium();
  if ('error' in found) console.error(`\n${found.error}\n`);
  project.provide('chromium', found);
}
