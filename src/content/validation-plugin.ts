import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import type { Environment } from '../config/environment';
import type { SitePaths } from '../config/paths';
import { formatProblems, validateContent, type Problem } from './validate';

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
export function validationPlugin(eleventyConfig: UserConfig, paths: Pick<SitePaths, 'content' | 'root'>, env: Pick<Environment, 'production'>): void {
  let problems: Problem[] = [];
  let wrongFiles = new Set<string>();
  eleventyConfig.on('eleventy.before', () => {
    problems = validateContent(paths.content, paths.root).problems;
    if (!problems.length) {
      wrongFiles = new Set();
      return;
    }
    if (env.production) throw new ContentValidationError(problems.length, formatProblems(problems));
    wrongFiles = new Set(problems.map((p) => path.resolve(paths.root, p.file)));
    console.error(`[dmspot] ${problems.length} problem${problems.length === 1 ? '' : 's'} in the content (left out of the preview until fixed):\n${formatProblems(problems)}`);
  });
  eleventyConfig.addGlobalData('contentProblems', () => problems);
  eleventyConfig.addPreprocessor('wrong-content', 'md', (data: { page: { inputPath: string } }) => (wrongFiles.has(path.resolve(data.page.inputPath)) ? false : undefined));
}
