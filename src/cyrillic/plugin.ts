import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import { toEditionUrl } from '../config/routes';
import type { TransliterationOptions } from '../i18n/transliterate';
import { toCyrillicEdition } from './edition';

interface BuildResult {
  url: string | false;
  outputPath: string | false;
  content: string;
}

/** Output path of a Serbian Latin page's Cyrillic twin: `/sr/x/index.html` → `/sr-cyrl/x/index.html`. */
export function cyrillicOutputPath(url: string, outputPath: string, outputDir: string): string {
  const relative = path.relative(outputDir, outputPath);
  const fromUrl = toEditionUrl(url, 'sr-Cyrl');
  const rest = relative.split(path.sep).slice(1).join('/');
  return path.join(outputDir, fromUrl.split('/')[1] ?? 'sr-cyrl', rest);
}

/**
 * The Cyrillic edition: after Eleventy has written the Latin pages, each `/sr/` HTML page is
 * transliterated once, in memory, and written under `/sr-cyrl/` (same path after the prefix).
 * Working from the rendered page keeps one source of truth and costs one streaming pass.
 */
export function cyrillicEditionPlugin(eleventyConfig: UserConfig, options: { siteUrl: () => string; transliteration: () => TransliterationOptions }): void {
  eleventyConfig.on('eleventy.after', async ({ results, dir }: { results: BuildResult[]; dir: { output: string } }) => {
    const siteUrl = options.siteUrl();
    const transliteration = options.transliteration();
    const writes: Promise<void>[] = [];
    for (const result of results) {
      if (!result.url || !result.outputPath || !result.url.startsWith('/sr/') || !result.outputPath.endsWith('.html')) continue;
      const target = cyrillicOutputPath(result.url, result.outputPath, dir.output);
      const html = toCyrillicEdition(result.content, { siteUrl, transliteration });
      writes.push(mkdir(path.dirname(target), { recursive: true }).then(() => writeFile(target, html)));
    }
    await Promise.all(writes);
  });
}
