import { html, type SafeHtml } from '../templates/html';
import type { RenderedHeading } from './render-facts';

/** One entry of an article's table of contents: a `##` heading and its anchor. */
export interface TocEntry {
  readonly id: string;
  readonly text: string;
}

/** An article gets a table of contents from this many `##` headings on. */
export const TOC_MIN_HEADINGS = 4;

/** The table of contents of a rendered page: its `##` headings, as rendering recorded them. */
export function tableOfContents(headings: readonly RenderedHeading[]): TocEntry[] {
  return headings.filter((heading) => heading.level === 2).map(({ id, text }) => ({ id, text }));
}

/**
 * The table of contents of a long article (`TOC_MIN_HEADINGS` or more `##` headings), or nothing.
 * `label` is the UI string (`article.toc`: "Sadržaj" / "Contents").
 */
export function renderToc(entries: readonly TocEntry[], label: string): SafeHtml {
  if (entries.length < TOC_MIN_HEADINGS) return html``;
  return html`<nav class="toc" aria-labelledby="toc-heading">
<h2 id="toc-heading">${label}</h2>
<ol>${entries.map((entry) => html`<li><a href="#${entry.id}">${entry.text}</a></li>`)}</ol>
</nav>`;
}
