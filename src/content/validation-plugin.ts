import type UserConfig from '@11ty/eleventy/UserConfig';
import type { SitePaths } from '../config/paths';
import { formatProblems, validateContent } from './validate';

/** Thrown when content has problems; the message lists all of them. */
export class ContentValidationError extends Error {
  /** Eleventy then prints only the list, not a stack trace the author cannot act on (`npm start`). */
  readonly skipOriginalStack = true;
  constructor(readonly count: number, list: string) {
    super(`${count} problem${count === 1 ? '' : 's'} in the content:\n${list}`);
    this.name = 'ContentValidationError';
  }
}

/**
 * Checks every content file before Eleventy renders anything, so a wrong file stops the build
 * with every problem listed (file, field, what was expected) instead of a half-built site.
 */
export function validationPlugin(eleventyConfig: UserConfig, paths: Pick<SitePaths, 'content' | 'root'>): void {
  eleventyConfig.on('eleventy.before', () => {
    const { problems } = validateContent(paths.content, paths.root);
    if (problems.length) throw new ContentValidationError(problems.length, formatProblems(problems));
  });
}
