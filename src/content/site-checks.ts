import { lstatSync } from 'node:fs';
import path from 'node:path';
import type { SitePaths } from '../config/paths';
import { resolveImageSource } from '../images/sources';
import { DataFileError, readDataFile } from './data-files';
import type { SiteSettings } from './schema';

/** One problem with what `_data/site.yaml` refers to, phrased like a content problem. */
export interface SiteSettingsProblem {
  readonly file: string;
  readonly field: string;
  readonly message: string;
}

function isFile(file: string): boolean {
  try {
    return lstatSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * What the schema of `_data/site.yaml` cannot see: that the author's portrait is a picture in
 * `content/` (as a cover is: `/images/…` for content/images/). The picture itself is checked with
 * every other picture of `content/` (containment). A settings file that does not parse is
 * reported by the data-file check; nothing is added here.
 */
export function siteSettingsProblems(paths: Pick<SitePaths, 'content' | 'data'>): SiteSettingsProblem[] {
  let site: SiteSettings;
  try {
    site = readDataFile<SiteSettings>(paths.data, 'site.yaml');
  } catch (error) {
    if (error instanceof DataFileError || (error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const portrait = site.author.portrait;
  if (!portrait) return [];
  const file = '_data/site.yaml';
  const source = resolveImageSource(portrait.src, path.join(paths.content, 'site.yaml'), paths.content);
  if ('error' in source) return [{ file, field: 'author.portrait.src', message: `author.portrait.src: ${source.error}` }];
  if (!isFile(source.file)) return [{ file, field: 'author.portrait.src', message: `author.portrait.src ${portrait.src} does not exist (put the picture in content/images/ and write /images/…)` }];
  return [];
}
