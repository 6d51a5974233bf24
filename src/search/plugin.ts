/**
 * Site search in Eleventy: publishes the search page's bundled script, and takes each rendered
 * page for the index (`indexPage`, which the editions' transform calls). A production build feeds
 * them to Pagefind as they come (`src/pipeline/build-site.ts` owns the indexer); `npm start`
 * remembers the latest copy of each page and rebuilds the index after every (incremental)
 * rebuild, in the background: the edited page reloads at once and search catches up.
 */
import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import { buildContext } from '../pipeline/build-context';
import { searchBundle } from './bundle';
import { SearchIndexer, type IndexRecord } from './indexer';
import type { IndexLanguage } from './languages';
import { PAGEFIND_DIR } from './locations';

export function searchPlugin(eleventyConfig: UserConfig): { indexPage: (language: IndexLanguage, url: string, record?: IndexRecord) => Promise<void> } {
  const bundle = searchBundle();
  eleventyConfig.addTemplate('_generated/search-script.11ty.js', {
    data: { permalink: bundle.url, layout: false, eleventyExcludeFromCollections: true },
    render: () => bundle.code,
  });

  // The preview's copy of every page (an incremental rebuild renders only what changed).
  const remembered = new Map<string, IndexRecord>();
  let running: Promise<void> | undefined;
  let again = false;
  let output = '';
  const reindex = async () => {
    const indexer = await SearchIndexer.start();
    try {
      // In URL order: the same pages always make the same index.
      for (const [, record] of [...remembered].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) await indexer.add(record);
      await indexer.write(path.resolve(output, PAGEFIND_DIR));
    } finally {
      await indexer.close();
    }
  };
  // Indexing a large site takes seconds: a rebuild during indexing queues exactly one more run.
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
  eleventyConfig.on('eleventy.after', ({ dir, runMode }: { dir: { output: string }; runMode: 'build' | 'serve' | 'watch' }) => {
    if (buildContext() || runMode === 'build') return;
    output = dir.output;
    schedule();
  });

  return {
    indexPage: async (language, url, record) => {
      const build = buildContext();
      if (build) await build.offerToSearch(language, url, record);
      else if (record) remembered.set(url, record);
      else remembered.delete(url);
    },
  };
}
