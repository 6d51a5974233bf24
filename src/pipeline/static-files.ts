import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import { REPO_ROOT, type SitePaths } from '../config/paths';
import { LIBRARY_FILE } from '../content/containment';
import { FONT_FILES, FONT_URL_PATH } from '../templates/fonts';

/** The stylesheet's public URL carries a hash of its content, so hosts may cache it forever. */
export function fingerprintedUrl(file: string, publicDir: string, name: string, ext: string): string {
  const hash = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 10);
  return `/${publicDir}/${name}.${hash}.${ext}`;
}

/**
 * Copies the eLibrary's files into `outDir/files/`: regular PDF and EPUB files only, as bytes,
 * never a symbolic link (Eleventy's passthrough copy would keep links as links, and hosts then
 * publish whatever they point at). The content check refuses anything else before a build starts;
 * this holds for the preview too, which builds despite problems. Returns how many it copied.
 */
export function publishLibraryFiles(contentDir: string, outDir: string): number {
  const from = path.join(contentDir, 'files');
  if (!existsSync(from) || !lstatSync(from).isDirectory()) return 0;
  const to = path.join(outDir, 'files');
  let copied = 0;
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (!entry.isFile() || !LIBRARY_FILE.test(entry.name)) continue;
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    const info = statSync(source);
    if (existsSync(target) && statSync(target).size === info.size && statSync(target).mtimeMs >= info.mtimeMs) continue;
    mkdirSync(to, { recursive: true });
    copyFileSync(source, target);
    copied++;
  }
  return copied;
}

/** Copies the stylesheet (fingerprinted), favicon and library files; exposes the CSS URL. */
export function staticFilesPlugin(eleventyConfig: UserConfig, paths: Pick<SitePaths, 'content'>): void {
  const assets = path.join(REPO_ROOT, 'src/assets');
  const stylesheet = fingerprintedUrl(path.join(assets, 'site.css'), 'assets', 'site', 'css');
  const rel = (file: string) => path.relative(process.cwd(), file);
  eleventyConfig.addGlobalData('stylesheet', stylesheet);
  eleventyConfig.addPassthroughCopy({ [rel(path.join(assets, 'site.css'))]: stylesheet.slice(1) });
  eleventyConfig.addPassthroughCopy({ [rel(path.join(assets, 'favicon.svg'))]: 'favicon.svg' });
  // The text face: content-hashed names, so it lives under the long-cached /assets/ (src/templates/fonts.ts).
  for (const file of Object.values(FONT_FILES)) eleventyConfig.addPassthroughCopy({ [rel(path.join(assets, 'fonts', file))]: `${FONT_URL_PATH.slice(1)}${file}` });
  // `directories.output` is the folder being written (the build's fresh one), not the config's.
  eleventyConfig.on('eleventy.after', ({ directories }: { directories: { output: string } }) => {
    publishLibraryFiles(paths.content, directories.output);
  });
}
