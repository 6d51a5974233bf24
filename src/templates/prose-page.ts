import type { SiteSettings } from '../content/schema';
import { translator } from '../i18n/translate';
import { renderSupport } from './cards';
import { html, raw } from './html';
import type { ContentData, TemplateContext } from '../types/eleventy';



/** A plain prose page written by the author (the author page). */
export function render(this: TemplateContext, data: ContentData & { content: string; site: SiteSettings }): string {
  const t = translator(this, data.lang);
  return html`<article class="page" data-pagefind-body>
<h1>${data.title}</h1>
<div class="prose">
${raw(data.content)}
</div>
</article>
${renderSupport({ url: data.site.support.url, label: data.site.support.label[data.lang] }, t)}`.value;
}
