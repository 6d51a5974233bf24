/**
 * `npm start`: an edited page's body on screen in well under a second on a large site.
 *
 * Eleventy calls `eleventy.beforeWatch` with the changed files and waits for it before rebuilding.
 * When the change is one Markdown page whose front matter is unchanged, the page (and its Cyrillic
 * twin) is rendered and written here (`hot-page.ts`), the browser is told to reload, and Eleventy's
 * rebuild is held until the browser has fetched the page (at most {@link HOLD_MS}), so the reload
 * is not served behind the rebuild's work. The rebuild then writes the same page and everything
 * else the edit touches, and reloads again.
 *
 * The reload goes through the dev server's own `watch` option: a file outside the output folder
 * (`.cache/dev-server/reload`), created when the server starts and touched after the fast path
 * has written. The server's watcher waits 150 ms for a write to settle before it tells the browser.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import type { SitePaths } from '../config/paths';
import { cyrillicOutputPath } from '../editions/plugin';
import { serbianEditions } from '../editions/serbian-page';
import { resolveImagePlaceholders } from '../images/plugin';
import type { TransliterationOptions } from '../i18n/transliterate';
import { createMarkdown } from '../markdown/markdown';
import { render as renderBase } from '../layouts/base.11ty';
import { render as renderContent } from '../layouts/content.11ty';
import { renderHotPage, type HotFile, type PageRenderer } from './hot-page';
import { rememberedPage, rememberLayoutCalls } from './layout-calls';

/** The longest Eleventy's rebuild waits for the browser to fetch the page it was told to reload. */
export const HOLD_MS = 1000;

/**
 * The renderer Eleventy's pipeline amounts to for one Markdown page (see eleventy.config.ts);
 * `markdown` is the instance Eleventy renders with (a new one from `createMarkdown` otherwise).
 */
export function sitePageRenderer(
  paths: Pick<SitePaths, 'root' | 'content'>,
  cyrillic: { siteUrl: () => string; transliteration: () => TransliterationOptions },
  markdown: PageRenderer['markdown'] = createMarkdown(paths),
): PageRenderer {
  return {
    markdown,
    layouts: { content: renderContent as PageRenderer['layouts']['content'], base: renderBase as PageRenderer['layouts']['base'] },
    transform: (html) => resolveImagePlaceholders(html, paths),
    editions: (html) => serbianEditions(html, { siteUrl: cyrillic.siteUrl(), transliteration: cyrillic.transliteration() }),
    cyrillicOutputPath,
  };
}

/** Writes the files of a hot page, each replaced in one rename (a reader never gets half a page). */
export async function writeHotFiles(files: readonly HotFile[]): Promise<void> {
  await Promise.all(
    files.map(async (file) => {
      await mkdir(path.dirname(file.outputPath), { recursive: true });
      const temporary = `${file.outputPath}.hot-${process.pid}`;
      await writeFile(temporary, file.html);
      await rename(temporary, file.outputPath);
    }),
  );
}

/**
 * The file Eleventy reports changed. It reports a file outside its working directory by its
 * absolute path less the leading slash (`/tmp/site/x.md` arrives as `./tmp/site/x.md`).
 */
export function changedFile(reported: string): string {
  const relative = path.resolve(reported);
  if (rememberedPage(relative) || existsSync(relative)) return relative;
  const absolute = path.resolve('/', reported);
  return rememberedPage(absolute) || existsSync(absolute) ? absolute : relative;
}

export function hotPagePlugin(
  eleventyConfig: UserConfig,
  paths: Pick<SitePaths, 'root' | 'content'>,
  cyrillic: { siteUrl: () => string; transliteration: () => TransliterationOptions },
  markdown: PageRenderer['markdown'],
): void {
  const renderer = sitePageRenderer(paths, cyrillic, markdown);
  const signal = path.join(paths.root, '.cache', 'dev-server', 'reload');
  let waiting: { urls: Set<string>; done: () => void } | undefined;
  // The dev server's watcher sees only files that exist when it starts.
  if (process.env['ELEVENTY_RUN_MODE'] === 'serve') {
    mkdirSync(path.dirname(signal), { recursive: true });
    writeFileSync(signal, '');
  }

  eleventyConfig.setServerOptions({
    watch: [signal],
    middleware: [
      (request: { url?: string }, response: { once(event: 'finish', listener: () => void): void }, next: () => void) => {
        const current = waiting;
        const url = request.url?.split('?')[0];
        if (current && url && current.urls.has(url)) response.once('finish', current.done);
        next();
      },
    ],
  });

  eleventyConfig.on('eleventy.before', ({ runMode }: { runMode: string }) => {
    if (runMode === 'serve' || runMode === 'watch') rememberLayoutCalls(true);
  });

  eleventyConfig.on('eleventy.beforeWatch', async (queue: string[]) => {
    if (queue.length !== 1 || !queue[0]!.endsWith('.md')) return;
    const started = performance.now();
    const inputPath = changedFile(queue[0]!);
    let result;
    try {
      result = await renderHotPage(inputPath, await readFile(inputPath), rememberedPage(inputPath), renderer);
    } catch (error) {
      // Eleventy's rebuild reports the problem properly; the fast path just steps aside.
      result = { declined: (error as Error).message };
    }
    if ('declined' in result) {
      console.log(`[dmspot] ${path.relative(process.cwd(), inputPath)}: full rebuild (${result.declined})`);
      return;
    }
    await writeHotFiles(result.files);
    const fetched = new Promise<void>((resolve) => {
      waiting = { urls: new Set(result.files.map((file) => file.url)), done: resolve };
    });
    writeFileSync(signal, `${Date.now()}\n`);
    console.log(`[dmspot] ${result.files.map((file) => file.url).join(' and ')} written in ${Math.round(performance.now() - started)} ms; full rebuild follows`);
    await Promise.race([fetched, new Promise((resolve) => setTimeout(resolve, HOLD_MS))]);
    waiting = undefined;
  });
}
