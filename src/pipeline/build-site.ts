/**
 * The production build (`npm run build`), its steps in order (docs/architecture.md):
 *
 * 1. check the content: every file, data file and dictionary, once; a problem stops the build
 *    before anything is written;
 * 2. into a fresh folder beside the output, at the same time:
 *    - draw the social previews (from the validated content: titles are known before rendering),
 *    - render the pages with Eleventy; each Serbian page is read once, for both scripts and the
 *      search index (`src/editions/`), and every page goes to Pagefind as it is written;
 * 3. write the search index;
 * 4. check the author's links against the finished site;
 * 5. swap the folder in (`atomic-output.ts`): a failure anywhere leaves the previous site as it was.
 */
import os from 'node:os';
import path from 'node:path';
import { readEnvironment } from '../config/environment';
import { REPO_ROOT, sitePaths, type SitePaths } from '../config/paths';
import { readDataFile } from '../content/data-files';
import { publishedArticles } from '../content/published';
import type { SiteSettings } from '../content/schema';
import { formatProblems, type ContentReport } from '../content/validate';
import { validateSite } from '../content/validate-site';
import { siteTranslitOptions } from '../i18n/site-options';
import { outputFiles, writeAtomically } from './atomic-output';
import { BuildError, describeEleventyError, withoutMachinePaths } from './build-error';
import { withBuildContext } from './build-context';
import { BuildProgress, type StepRecord } from './progress';
import { PagesInFlight } from './pages-in-flight';
import { isPage } from './progress-plugin';
import { releaseMemory } from './release-memory';
import type { IndexLanguage } from '../search/languages';

export interface BuildOptions {
  readonly paths?: SitePaths;
  /** Where the finished site goes; `_site/` of the site root by default. */
  readonly outDir?: string;
  /** Reports the steps as they run (a terminal's live line); none by default. */
  readonly progress?: BuildProgress;
}

export interface BuildSummary {
  readonly outDir: string;
  readonly pages: number;
  readonly milliseconds: number;
  /** When the build started (epoch ms): `stepTimes` count from it. */
  readonly startedAt: number;
  /** Wall time of each step (some overlap: previews are drawn while pages render). */
  readonly steps: Record<string, number>;
  /** Each step's start and end, from the build's start: what the benchmark attributes memory to. */
  readonly stepTimes: readonly StepRecord[];
}

/**
 * Pages rendered and not yet written, at most (`pages-in-flight.ts`): enough for the editions
 * thread and Pagefind never to wait for the next page, few enough to die young.
 */
const PAGES_IN_FLIGHT = 64;

function plural(count: number, one: string): string {
  return `${count} ${one}${count === 1 ? '' : 's'}`;
}

export async function buildSite(options: BuildOptions = {}): Promise<BuildSummary> {
  const started = performance.now();
  const startedAt = Date.now();
  const paths = options.paths ?? sitePaths();
  const env = readEnvironment();
  const outDir = path.resolve(options.outDir ?? path.join(paths.root, '_site'));
  const progress = options.progress ?? new BuildProgress();

  const report = await progress.run('check content', async () => validateSite(paths));
  if (report.problems.length) throw new BuildError(`${plural(report.problems.length, 'problem')} in the content; nothing was written:\n${formatProblems(report.problems)}`);

  let pages = 0;
  await writeAtomically(outDir, async (tmpDir) => {
    // Loaded only now: a build refused by the content check stops in a second, not after loading
    // Eleventy, Pagefind and the image tools.
    const [{ SearchIndexer }, { PAGEFIND_DIR, SEARCH_CACHE_DIR }, { previewJobs }, { socialCacheDir }, { writeSocialImages }, { contentLinkProblems, publishedUrls }, { allRenderFacts, clearRenderFacts }, { linkSources }] = await Promise.all([
      import('../search/indexer'),
      import('../search/locations'),
      import('../seo/previews'),
      import('../seo/plugin'),
      import('../social/image'),
      import('../checks/content-links'),
      import('../markdown/render-facts'),
      import('./link-sources'),
    ]);
    const site = readDataFile<SiteSettings>(paths.data, 'site.yaml');
    const transliteration = siteTranslitOptions(paths.data).transliteration();
    const searchable = searchableSources(report, paths);
    const indexer = await SearchIndexer.start({ cacheDir: path.join(paths.root, SEARCH_CACHE_DIR) });
    try {
      const previews = progress.run('draw previews', () => writeSocialImages(previewJobs(publishedArticles(report, env.now), site, transliteration, tmpDir), socialCacheDir(paths)));
      // Awaited after the pages; until then a failure is held, not thrown into the void.
      previews.catch(() => undefined);
      clearRenderFacts();
      const render = progress.start('render pages');
      const inFlight = new PagesInFlight(PAGES_IN_FLIGHT);
      try {
        pages = await withBuildContext(
          {
            report,
            offerToSearch: (language, url, record) => indexer.offer(language, url, record),
            pagesPlanned: (sources) => {
              const urls = [...sources.keys()];
              // Each /sr/ page is written twice, with its Cyrillic twin.
              render.setTotal(urls.length + urls.filter((url) => url.startsWith('/sr/')).length);
              indexer.expect(searchOrder(sources, searchable));
            },
            pageTurn: (url) => inFlight.enter(url),
            pageWritten: (url) => {
              inFlight.leave(url);
              if (!isPage(url)) return;
              render.tick();
              // Its Cyrillic twin was written with it.
              if (url.startsWith('/sr/')) render.tick();
            },
          },
          () => renderSite(paths, tmpDir),
        );
      } finally {
        render.done();
      }
      await releaseMemory();
      await progress.run('write search index', () => indexer.write(path.join(tmpDir, PAGEFIND_DIR)));
      await previews;
      await progress.run('check links', async () => {
        const { files, irregular } = outputFiles(tmpDir);
        if (irregular.length) throw new BuildError(`The finished site holds what is not a regular file (a symbolic link?); nothing was published:\n${irregular.map((file) => `  ${file}`).join('\n')}`);
        const problems = contentLinkProblems(linkSources(report, paths, env.now), allRenderFacts(), publishedUrls(files), site.url);
        if (problems.length) {
          throw new BuildError(`${plural(problems.length, 'problem')} in the finished site; nothing was published:\n${problems.map((p) => `  ${p.file}:${p.line}: ${p.message}`).join('\n')}`);
        }
      });
    } finally {
      await indexer.close();
    }
  });
  const steps = progress.steps();
  return {
    outDir,
    pages,
    milliseconds: performance.now() - started,
    startedAt,
    steps: Object.fromEntries(steps.map((step) => [step.name, step.endMs - step.startMs])),
    stepTimes: steps,
  };
}

/** The files of the searchable pages (absolute paths): articles and eLibrary items first, then the author pages. */
function searchableSources(report: ContentReport, paths: SitePaths): readonly ReadonlySet<string>[] {
  const files = (sources: readonly { file: string }[]) => new Set(sources.map((source) => path.join(paths.root, source.file)));
  return [files([...report.articles, ...report.libraryItems]), files(report.pages.filter((page) => page.kind === 'author'))];
}

/**
 * The order the search index takes the pages in, per language: the same for the same content,
 * and near the order Eleventy renders them, so a page rarely waits for another (the author pages,
 * rendered among the last, come last); in URL order within each group. Listings are not searchable.
 */
function searchOrder(sources: ReadonlyMap<string, string>, groups: readonly ReadonlySet<string>[]): Record<IndexLanguage, string[]> {
  const urls = groups.flatMap((group) => [...sources].filter(([, file]) => group.has(file)).map(([url]) => url).sort());
  return { en: urls.filter((url) => url.startsWith('/en/')), sr: urls.filter((url) => url.startsWith('/sr/')) };
}

/** Eleventy into `tmpDir` (pages, Cyrillic twins, search records as they are written); the pages written. */
async function renderSite(paths: SitePaths, tmpDir: string): Promise<number> {
  const { Eleventy } = await import('@11ty/eleventy');
  const eleventy = new Eleventy(path.relative(process.cwd(), paths.content) || '.', path.relative(process.cwd(), tmpDir), {
    configPath: path.join(REPO_ROOT, 'eleventy.config.ts'),
    quietMode: true,
  });
  // The failure is reported once, by the build, as the author's message (not Eleventy's log too).
  eleventy.disableLogger();
  // Nor its "this took N% of the time" notes, which are for Eleventy's own developers.
  (eleventy as unknown as { setIsVerbose(verbose: boolean): void }).setIsVerbose(false);
  try {
    const [, templates] = (await eleventy.write()) as unknown as [unknown, { url?: string | false }[]];
    const html = templates.filter((t) => typeof t.url === 'string' && (t.url.endsWith('/') || t.url.endsWith('.html')));
    // Every /sr/ page also has its Cyrillic twin.
    return html.length + html.filter((t) => (t.url as string).startsWith('/sr/')).length;
  } catch (error) {
    // Eleventy names files relative to the working directory; the author knows them from the site root.
    const fromHere = path.relative(process.cwd(), paths.root);
    let message = withoutMachinePaths(describeEleventyError(error), [paths.root, process.cwd(), os.homedir()]);
    if (fromHere) message = message.split(`${fromHere}${path.sep}`).join('');
    throw new BuildError(message);
  }
}

/** Re-exported for the CLI and tests. */
export type { ContentReport };
