import type { PreviewArticle } from '../seo/previews';
import { publicationState } from './publishing';
import type { ContentReport } from './validate';

/**
 * The articles a build publishes: not drafts, not scheduled after `now` (the preview shows both,
 * with a banner, but draws no social preview for them).
 */
export function publishedArticles(report: Pick<ContentReport, 'articles'>, now: Date): PreviewArticle[] {
  return report.articles
    .filter((article) => {
      const state = publicationState({ ...article.data, date: new Date(`${article.data.date}T00:00:00Z`), kind: 'article' }, now);
      return !state.draft && !state.scheduled;
    })
    .map((article) => ({ lang: article.lang, slug: article.slug, title: article.data.title }));
}
