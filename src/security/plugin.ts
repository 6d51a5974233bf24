import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import { localServerHeaders, renderHeadersFile } from './headers';

/**
 * The site's security headers, from `./headers`: written as `_headers` into the output (read by
 * Netlify and Cloudflare Pages) and sent by the dev server, so `npm start` runs under the same
 * CSP as production and a violation shows up while writing, not after deploying.
 */
export function securityHeadersPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.setServerOptions({ headers: localServerHeaders() });
  // `directories` is the real output folder (the build's fresh one); `dir` would be the config's.
  eleventyConfig.on('eleventy.after', async ({ directories }: { directories: { output: string } }) => {
    await writeFile(path.join(directories.output, '_headers'), renderHeadersFile());
  });
}
