import { existsSync } from 'node:fs';
import path from 'node:path';
import { readDataFile } from '../content/data-files';
import type { SiteSettings } from '../content/schema';
import { optionsFromData, type TransliterationData, type TransliterationOptions } from './transliterate';

/**
 * What the Cyrillic edition needs from the author's data files, read at the end of each build
 * so that edits made while the preview server runs are picked up. Both files are checked by
 * their schemas as they are read (`_data/transliteration.json` is optional).
 */
export function siteTranslitOptions(dataDir: string): { siteUrl: () => string; transliteration: () => TransliterationOptions } {
  return {
    siteUrl: () => readDataFile<SiteSettings>(dataDir, 'site.yaml').url,
    transliteration: () => (existsSync(path.join(dataDir, 'transliteration.json')) ? optionsFromData(readDataFile<TransliterationData>(dataDir, 'transliteration.json')) : {}),
  };
}
