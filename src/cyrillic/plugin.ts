import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import { toEditionUrl } from '../config/routes';
import type { TransliterationOptions } from '../i18n/transliterate';
import { toCyrillicEdition } from './edition';
import { announceBuildPhase } from '../build/build-phase';

interface BuildResult {
  url: string | false;
  outputPath: string | false;
  content: string;
}

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

/** What the last run of the Cyrillic edition did, for the build summary and the benchmark. */
export const cyrillicStats = { pages: 0, milliseconds: 0 };

/**
 * The Cyrillic edition: after Eleventy has written the Latin pages, each `/sr/` HTML page is
 * transliterated once, in memory, and written under `/sr-cyrl/` (same path after the prefix).
 * Working from the rendered page keeps one source of truth and costs one streaming pass.
 */
export function cyrillicEditionPlugin(eleventyConfig: UserConfig, options: { siteUrl: () => string; transliteration: () => TransliterationOptions }): void {
  eleventyConfig.on('eleventy.after', async ({ results }: { results: BuildResult[] }) => {
    announceBuildPhase('cyrillic');
    const started = performance.now();
    const siteUrl = options.siteUrl();
    const transliteration = options.transliteration();
    const writes: Promise<void>[] = [];
    for (const result of results) {
      if (!result.url || !result.outputPath || !result.url.startsWith('/sr/') || !result.outputPath.endsWith('.html')) continue;
      const target = cyrillicOutputPath(result.url, result.outputPath);
      const html = toCyrillicEdition(result.content, { siteUrl, transliteration });
      writes.push(mkdir(path.dirname(target), { recursive: true }).then(() => writeFile(target, html)));
    }
    await Promise.all(writes);
    cyrillicStats.pages = writes.length;
    cyrillicStats.milliseconds = performance.now() - started;
  });
}
