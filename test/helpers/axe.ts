import axe from 'axe-core';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * axe-core run in a page of ours. `@axe-core/playwright` was dropped: for every `analyze()` it
 * injected axe's 600 KB source four times, once into a blank page it opened to merge the results
 * of frames (our pages have none): 2.2 s a page, where injecting once and calling `axe.run` takes
 * 0.5 s (measured on the fixture site). The source is evaluated through DevTools, so the site's
 * CSP (no inline script) does not stand in its way; it is injected once per document.
 */
export async function runAxe(page: Page, options: RunOptions): Promise<AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  return page.evaluate((opts) => (window as unknown as { axe: typeof axe }).axe.run(document, opts), options);
}

/** One line per violation: rule, help text and the first five elements. */
export function violationLines(label: string, results: AxeResults): string[] {
  return results.violations.map((v) => `${label} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}
