import { render as renderArticle } from '../templates/article-page';
import { render as renderHome } from '../templates/home-page';
import { render as renderLibraryItem } from '../templates/library-item-page';
import { render as renderProse } from '../templates/prose-page';
import type { TemplateContext } from '../types/eleventy';
import { rememberLayoutCall } from '../dev/layout-calls';
import { pageTurn } from '../pipeline/build-context';

export const data = { layout: 'base.11ty.ts' };

type AnyPageData = Parameters<typeof renderArticle>[0] & Parameters<typeof renderHome>[0] & Parameters<typeof renderLibraryItem>[0] & { kind?: string };

/**
 * Every Markdown file's layout: dispatches on the kind its place in `content/` gives it. In a
 * production build it renders once it is the page's turn (`pageTurn`).
 */
export function render(this: TemplateContext, data: AnyPageData): string | Promise<string> {
  const turn = pageTurn(data.page.url);
  return turn ? turn.then(() => renderKind(this, data)) : renderKind(this, data);
}

function renderKind(context: TemplateContext, data: AnyPageData): string {
  rememberLayoutCall('content', context, data); // `npm start` only: see src/dev/hot-page.ts
  switch (data.kind) {
    case 'article':
      return renderArticle.call(context, data);
    case 'library-item':
      return renderLibraryItem.call(context, data);
    case 'home':
      return renderHome.call(context, data);
    default:
      return renderProse.call(context, data);
  }
}
