import type UserConfig from '@11ty/eleventy/UserConfig';
import { LIMITS } from './limits';
import { loadSafeYaml } from './yaml';

/**
 * Eleventy makes a collection of every value of `tags`, and then looks each page of each
 * collection up in its list of all pages, one by one: work that grows with the square of the
 * site (an article with two tags is looked up three times). The site makes its own tag listings
 * from the content (`site-model.ts`), so the tags an author writes reach the templates as
 * `tagList`, which Eleventy makes nothing of.
 */
function tagsAsTagList(data: unknown): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || !('tags' in data)) return data;
  const { tags, ...rest } = data as Record<string, unknown>;
  return { ...rest, tagList: tags };
}

/** Refuses a front matter language: the message is what Eleventy prints with the file name. */
function refuse(language: string): () => never {
  return () => {
    throw new Error(`front matter in ${language} is not accepted: write it in YAML between two "---" lines`);
  };
}

/**
 * The front matter Eleventy itself reads (it parses every file again to render it, and the
 * preview does so even for files the content check refused): YAML only, with the same limits
 * as the check (no aliases, bounded size; Eleventy's own schema, so dates are read as it always
 * read them). `---js` front matter would run the file's JavaScript on the machine that builds
 * the site: a pull request could then read or change anything there. It is refused, as are the
 * other languages gray-matter knows.
 */
export function frontMatterEnginesPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.setFrontMatterParsingOptions({
    language: 'yaml',
    engines: {
      yaml: (text: string) => tagsAsTagList(loadSafeYaml(text, { schema: 'DEFAULT', maxBytes: LIMITS.frontMatterBytes })) as object,
      javascript: refuse('JavaScript'),
      js: refuse('JavaScript'),
      jsLegacy: refuse('JavaScript'),
      json: refuse('JSON'),
      toml: refuse('TOML'),
      coffee: refuse('CoffeeScript'),
      coffeescript: refuse('CoffeeScript'),
    },
  });
}
