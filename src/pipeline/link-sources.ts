import path from 'node:path';
import type { SitePaths } from '../config/paths';
import type { LinkSource } from '../checks/content-links';
import { contentUrl } from '../content/directory-data';
import { publicationState } from '../content/publishing';
import type { ContentReport } from '../content/validate';

/** The Markdown files a build publishes, with the pages they make: whose links the build checks. */
export function linkSources(report: ContentReport, paths: Pick<SitePaths, 'root'>, now: Date): LinkSource[] {
  const sources: LinkSource[] = [];
  const add = (entry: { file: string; bodyLine: number }, url: string) => sources.push({ file: entry.file, inputPath: path.join(paths.root, entry.file), url, bodyLine: entry.bodyLine });
  for (const article of report.articles) {
    const state = publicationState({ ...article.data, date: new Date(`${article.data.date}T00:00:00Z`), kind: 'article' }, now);
    if (!state.draft && !state.scheduled) add(article, contentUrl(article.lang, 'article', article.slug));
  }
  for (const item of report.libraryItems) if (!item.data.draft) add(item, contentUrl(item.lang, 'library-item', item.slug));
  for (const page of report.pages) add(page, contentUrl(page.lang, page.kind, page.slug));
  return sources;
}
