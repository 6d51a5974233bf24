/**
 * Site search in Eleventy: publishes the search page's bundled script, and keeps an index for the
 * dev server. The production index is built after Eleventy, on the finished pages of the fresh
 * output folder (`searchIndexStep`, a post-build step).
 */
import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import { searchBundle } from './bundle';
import { writeSearchIndex, type IndexPage } from './index-site';
import { PAGEFIND_DIR } from './locations';

interface AfterEvent {
  dir: { output: string };
  runMode: 'build' | 'serve' | 'watch';
  results: { url: string | false; outputPath: string | false; content: string }[];
}

export function searchPlugin(eleventyConfig: UserConfig): void {
  const bundle = searchBundle();
  eleventyConfig.addTemplate('_generated/search-script.11ty.js', {
    data: { permalink: bundle.url, layout: false, eleventyExcludeFromCollections: true },
    render: () => bundle.code,
  });

  // `npm start`: re-index after every (incremental) rebuild. Rendered pages are remembered across
  // rebuilds, since an incremental one reports only what it re-rendered (Cyrillic twins are not
  // indexed: see index-site.ts).
  // Indexing a large site takes seconds, so it runs in the background: the edited page reloads at
  // once and search catches up; a rebuild during indexing queues exactly one more run.
  const rendered = new Map<string, string>();
  let running: Promise<void> | undefined;
  let again = false;
  let output = '';
  const reindex = async () => {
    const pages: IndexPage[] = [...rendered].map(([url, html]) => ({ url, html }));
    await writeSearchIndex((include) => pages.filter((page) => include(page.url)), path.resolve(output, PAGEFIND_DIR));
  };
  const schedule = () => {
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await reindex();
        } catch (error) {
          console.error(`[search] the search index could not be rebuilt: ${(error as Error).message}`);
        }
      } while (again);
      running = undefined;
    })();
  };
  eleventyConfig.on('eleventy.after', ({ dir, runMode, results }: AfterEvent) => {
    if (runMode === 'build') return;
    for (const result of results) {
      if (result.url && result.outputPath && result.outputPath.endsWith('.html')) rendered.set(result.url, result.content);
    }
    output = dir.output;
    schedule();
  });
}
