import type { SitePaths } from '../config/paths';
import { readDictionaries } from '../i18n/dictionary';
import { dataFileProblems } from './data-files';
import { siteSettingsProblems } from './site-checks';
import { validateContent, type ContentReport } from './validate';

/**
 * Everything the build reads, checked before anything is rendered or written: the content
 * (front matter, pictures, files, links between translations), the data files of `_data/` and
 * the UI dictionaries of `i18n/`. Every problem names its file, and the field or line.
 */
export function validateSite(paths: Pick<SitePaths, 'root' | 'content' | 'data'>): ContentReport {
  const content = validateContent(paths.content, paths.root);
  const data = [...dataFileProblems(paths.data, paths.root), ...siteSettingsProblems(paths)];
  const { problems: dictionaries } = readDictionaries();
  return { ...content, problems: [...data, ...dictionaries, ...content.problems] };
}
