import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import { buildContext } from './build-context';

/** Whether a URL is an HTML page's (`/x/`, `/404.html`): what the progress line counts. */
export function isPage(url: string): boolean {
  return url.endsWith('/') || url.endsWith('.html');
}

/**
 * Tells the production build which pages Eleventy is about to write (from its content map: the
 * progress line's total, the search index's order) and each one as it is written. The last
 * transform: it sees pages as they leave for the disk, and so ends each page's turn
 * (`pages-in-flight.ts`).
 */
export function progressPlugin(eleventyConfig: UserConfig): void {
  // Eleventy's own "this transform took N% of the time" notes are for Eleventy's developers: the
  // editions' transform is the one pass each Serbian page gets, and takes its share by design.
  const bench = (eleventyConfig as unknown as { benchmarkManager?: { getBenchmarkGroup(name: string): { setIsVerbose(verbose: boolean): void } } }).benchmarkManager;
  bench?.getBenchmarkGroup('Configuration').setIsVerbose(false);
  eleventyConfig.on('eleventy.contentMap', ({ urlToInputPath }: { urlToInputPath: Record<string, { inputPath: string }> }) => {
    const sources = new Map(Object.entries(urlToInputPath).filter(([url]) => isPage(url)).map(([url, { inputPath }]) => [url, path.resolve(inputPath)]));
    buildContext()?.pagesPlanned(sources);
  });
  eleventyConfig.addTransform('progress', function (this: { page: { url?: string | false } }, content: unknown) {
    const url = this.page.url;
    const build = buildContext();
    // Every file, not only pages: whatever rendered a layout gives its turn back here.
    if (build && typeof url === 'string') build.pageWritten(url);
    return content;
  });
}
