import { render as renderArticle } from '../templates/article-page';
import { render as renderHome } from '../templates/home-page';
import { render as renderLibraryItem } from '../templates/library-item-page';
import { render as renderProse } from '../templates/prose-page';
import type { TemplateContext } from '../types/eleventy';
import { rememberLayoutCall } from '../dev/layout-calls';

export const data = { layout: 'base.11ty.ts' };

type AnyPageData = Parameters<typeof renderArticle>[0] & Parameters<typeof renderHome>[0] & Parameters<typeof renderLibraryItem>[0] & { kind?: string };

/** Every Markdown file's layout: dispatches on the kind its place in `content/` gives it. */
export function render(this: TemplateContext, data: AnyPageData): string {
  rememberLayoutCall('content', this, data); // `npm start` only: see src/dev/hot-page.ts
  switch (data.kind) {
    case 'article':
      return renderArticle.call(this, data);
    case 'library-item':
      return renderLibraryItem.call(this, data);
    case 'home':
      return renderHome.call(this, data);
    default:
      return renderProse.call(this, data);
  }
}
