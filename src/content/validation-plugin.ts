import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import type { Environment } from '../config/environment';
import type { SitePaths } from '../config/paths';
import { DICTIONARIES } from '../i18n/dictionary';
import { latinToCyrillic } from '../i18n/transliterate';
import { refreshProblemBanners } from './preview-problems';
import { buildContext } from '../pipeline/build-context';
import { formatProblems, type ContentReport, type Problem } from './validate';
import { validateSite } from './validate-site';

/** Thrown when content has problems; the message lists all of them. */
export class ContentValidationError extends Error {
  /** Eleventy then prints only the list, not a stack trace the author cannot act on. */
  readonly skipOriginalStack = true;
  constructor(readonly count: number, list: string) {
    super(`${count} problem${count === 1 ? '' : 's'} in the content:\n${list}`);
    this.name = 'ContentValidationError';
  }
}

/**
 * Checks every content file before Eleventy renders anything.
 * - Production: a wrong file stops the build with every problem listed (file, field, what was
 *   expected) instead of a half-built site.
 * - Preview (`npm start`): the server must keep running, so the problems are printed in the
 *   terminal, the wrong files are left out of the preview, and every page shows the list at
 *   the top (`contentProblems` in the data) until the files are fixed.
 */
export function validationPlugin(eleventyConfig: UserConfig, paths: Pick<SitePaths, 'content' | 'root' | 'data'>, env: Pick<Environment, 'production'>): { report: () => ContentReport | undefined } {
  let problems: Problem[] = [];
  let wrongFiles = new Set<string>();
  let report: ContentReport | undefined;
  eleventyConfig.on('eleventy.before', () => {
    // The production build has validated everything already (once, before Eleventy started).
    report = buildContext()?.report ?? validateSite(paths);
    problems = report.problems;
    if (!problems.length) {
      wrongFiles = new Set();
      return;
    }
    if (env.production) throw new ContentValidationError(problems.length, formatProblems(problems));
    wrongFiles = new Set(problems.map((p) => path.resolve(paths.root, p.file)));
    console.error(`[dmspot] ${problems.length} problem${problems.length === 1 ? '' : 's'} in the content (left out of the preview until fixed):\n${formatProblems(problems)}`);
  });
  eleventyConfig.addGlobalData('contentProblems', () => problems);
  // Incremental rebuilds leave other pages with the previous list: bring them all up to date
  // whenever the list changes (preview only).
  let shown = '[]';
  eleventyConfig.on('eleventy.after', async ({ directories, results }: { directories: { output: string }; results: { outputPath: string | false }[] }) => {
    if (env.production) return;
    const lines = problems.map((p) => `${p.file}: ${p.message}`);
    const key = JSON.stringify(lines);
    if (key === shown) return;
    shown = key;
    const fresh = new Set<string>();
    for (const result of results) {
      if (!result.outputPath) continue;
      const rel = path.relative(directories.output, result.outputPath).split(path.sep).join('/');
      fresh.add(rel);
      if (rel.startsWith('sr/')) fresh.add(`sr-cyrl/${rel.slice(3)}`);
    }
    const introFor = (rel: string) => {
      const intro = DICTIONARIES[rel.startsWith('en/') ? 'en' : 'sr']['preview.problems'];
      return rel.startsWith('sr-cyrl/') ? latinToCyrillic(intro) : intro;
    };
    await refreshProblemBanners(directories.output, lines, introFor, fresh);
  });
  eleventyConfig.addPreprocessor('wrong-content', 'md', (data: { page: { inputPath: string } }) => (wrongFiles.has(path.resolve(data.page.inputPath)) ? false : undefined));
  return { report: () => report };
}
