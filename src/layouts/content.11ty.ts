import type { TemplateContext } from '../types/eleventy';
import { render as renderHome } from '../templates/home-page';
import { render as renderPage } from '../templates/prose-page';

export const data = { layout: 'base.11ty.ts' };

/** The language folder's own pages: the home (`index.md`) and the author page. */
export function render(this: TemplateContext, data: Parameters<typeof renderHome>[0] & { kind?: string }): string {
  return data.kind === 'home' ? renderHome.call(this, data) : renderPage.call(this, data);
}
