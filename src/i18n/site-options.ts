import { existsSync, readFileSync } from 'node:fs';
import { parseDataFile } from '../content/data-files';
import type { SiteSettings } from '../content/schema';
import { optionsFromData, type TransliterationOptions } from './transliterate';

/**
 * What the Cyrillic edition needs from the author's data files, read at the end of each build
 * so that edits made while the preview server runs are picked up.
 */
export function siteTranslitOptions(dataDir: string): { siteUrl: () => string; transliteration: () => TransliterationOptions } {
  return {
    siteUrl: () => (parseDataFile(readFileSync(`${dataDir}/site.yaml`, 'utf8'), `${dataDir}/site.yaml`) as SiteSettings).url,
    transliteration: () => {
      const file = `${dataDir}/transliteration.json`;
      return existsSync(file) ? optionsFromData(JSON.parse(readFileSync(file, 'utf8')) as { keepLatin?: string[]; splitDigraphs?: string[] }) : {};
    },
  };
}
