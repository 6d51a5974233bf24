import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import { REPO_ROOT, type SitePaths } from '../config/paths';

/** The stylesheet's public URL carries a hash of its content, so hosts may cache it forever. */
export function fingerprintedUrl(file: string, publicDir: string, name: string, ext: string): string {
  const hash = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 10);
  return `/${publicDir}/${name}.${hash}.${ext}`;
}

/** Copies the stylesheet (fingerprinted), favicon and library files; exposes the CSS URL. */
export function assetsPlugin(eleventyConfig: UserConfig, paths: Pick<SitePaths, 'content'>): void {
  const assets = path.join(REPO_ROOT, 'src/assets');
  const stylesheet = fingerprintedUrl(path.join(assets, 'site.css'), 'assets', 'site', 'css');
  const rel = (file: string) => path.relative(process.cwd(), file);
  eleventyConfig.addGlobalData('stylesheet', stylesheet);
  eleventyConfig.addPassthroughCopy({ [rel(path.join(assets, 'site.css'))]: stylesheet.slice(1) });
  eleventyConfig.addPassthroughCopy({ [rel(path.join(assets, 'favicon.svg'))]: 'favicon.svg' });
  eleventyConfig.addPassthroughCopy({ [rel(path.join(paths.content, 'files'))]: 'files' });
}
