import type { SiteSettings } from '../content/schema';
import { translator } from '../i18n/translate';
import { renderAuthorIntro } from './author';
import { html, raw } from './html';
import type { ContentData, TemplateContext } from '../types/eleventy';

/**
 * A plain prose page written by the author: the author page, which opens with the portrait (or
 * monogram), name, short bio and links from `_data/site.yaml`. No support call: nothing was read
 * here yet.
 */
export function render(this: TemplateContext, data: ContentData & { content: string; site: SiteSettings; siteRoot?: string }): string {
  const t = translator(this, data.lang);
  return html`<article class="page${data.kind === 'author' ? ' author-page' : ''}" data-pagefind-body>
<header class="page-header">
<h1>${data.title}</h1>
${data.kind === 'author' ? renderAuthorIntro(data.site, data.lang, t, data.siteRoot) : ''}
</header>
<div class="prose">
${raw(data.content)}
</div>
</article>`.value;
}
