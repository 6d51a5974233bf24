import type UserConfig from '@11ty/eleventy/UserConfig';
import { LIMITS } from './limits';
import { loadSafeYaml } from './yaml';

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
      yaml: (text: string) => loadSafeYaml(text, { schema: 'DEFAULT', maxBytes: LIMITS.frontMatterBytes }) as object,
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
