import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import { toEditionUrl } from '../config/routes';
import type { TransliterationOptions } from '../i18n/transliterate';
import type { IndexRecord } from '../search/indexer';
import type { IndexLanguage } from '../search/languages';
import { EditionThread } from './edition-thread';
import { serbianEditions, type SerbianPage } from './serbian-page';

/**
 * Output path of a Serbian Latin page's Cyrillic twin: `…/sr/x/index.html` → `…/sr-cyrl/x/index.html`.
 * Derived from the page's own output path (Eleventy's `dir.output` is the configured folder, not
 * the fresh one an atomic build writes into).
 */
export function cyrillicOutputPath(url: string, outputPath: string): string {
  const normalised = outputPath.split(path.sep).join('/');
  const suffix = url.endsWith('/') ? `${url}index.html` : url;
  if (!normalised.endsWith(suffix)) throw new Error(`output path ${outputPath} does not end with its URL ${url}`);
  const base = normalised.slice(0, normalised.length - suffix.length);
  const twin = toEditionUrl(url, 'sr-Cyrl');
  return base + (twin.endsWith('/') ? `${twin}index.html` : twin);
}

/** Serbian pages a build must have for the editions pass to get a thread of its own. */
export const PAGES_FOR_A_THREAD = 300;

export interface EditionsPluginOptions {
  readonly siteUrl: () => string;
  readonly transliteration: () => TransliterationOptions;
  /** Where each rendered page of an edition goes for the search index (nothing when it is not searchable). */
  readonly indexPage: (language: IndexLanguage, url: string, record?: IndexRecord) => Promise<void>;
}

/**
 * The editions, page by page as Eleventy renders them (the last transform, after the pictures):
 * each `/sr/` page is read once, and that one pass gives the page in Latin (the author may write
 * in either script), its Cyrillic twin under `/sr-cyrl/` (written here) and the search index's
 * copy. English pages go to the search index as they are. The site address and the author's
 * exceptions are read once per build.
 */
export function editionsPlugin(eleventyConfig: UserConfig, options: EditionsPluginOptions): void {
  let settings: { siteUrl: string; transliteration: TransliterationOptions } | undefined;
  let serbianPages = 0;
  let thread: EditionThread | undefined;
  eleventyConfig.on('eleventy.before', () => {
    settings = undefined;
  });
  eleventyConfig.on('eleventy.contentMap', ({ urlToInputPath }: { urlToInputPath: Record<string, unknown> }) => {
    serbianPages = Object.keys(urlToInputPath).filter((url) => url.startsWith('/sr/') && (url.endsWith('/') || url.endsWith('.html'))).length;
  });
  eleventyConfig.on('eleventy.after', async () => {
    await thread?.close();
    thread = undefined;
  });
  /** A page's editions: on the editions thread for a large site, here for a small one. */
  const editionsOf = (html: string, search: boolean): SerbianPage | Promise<SerbianPage> => {
    settings ??= { siteUrl: options.siteUrl(), transliteration: options.transliteration() };
    if (serbianPages >= PAGES_FOR_A_THREAD) thread ??= new EditionThread(settings);
    return thread ? thread.editions(html, search) : serbianEditions(html, { ...settings, search });
  };
  eleventyConfig.addTransform('editions', async function (this: { page: { url?: string | false; outputPath?: string | false } }, content: unknown) {
    const { url, outputPath } = this.page;
    if (typeof content !== 'string' || typeof url !== 'string' || typeof outputPath !== 'string' || !outputPath.endsWith('.html')) return content;
    const searchable = content.includes('data-pagefind-body');
    if (url.startsWith('/en/')) {
      await options.indexPage('en', url, searchable ? { language: 'en', url, html: content } : undefined);
      return content;
    }
    if (!url.startsWith('/sr/')) return content;
    const pages = await editionsOf(content, searchable);
    await options.indexPage('sr', url, pages.search ? { language: 'sr', url, html: pages.search.html, original: pages.search.original.text } : undefined);
    const twin = cyrillicOutputPath(url, outputPath);
    await mkdir(path.dirname(twin), { recursive: true });
    await writeFile(twin, pages.cyrillic);
    return pages.latin;
  });
}
