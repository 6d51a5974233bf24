import { Parser } from 'htmlparser2';
import { html, type SafeHtml } from '../templates/html';

/** One entry of an article's table of contents: a `##` heading and its anchor. */
export interface TocEntry {
  readonly id: string;
  readonly text: string;
}

/** An article gets a table of contents from this many `##` headings on. */
export const TOC_MIN_HEADINGS = 4;

/**
 * The `<h2 id>` headings of rendered article HTML, in order, with their text (tags dropped,
 * whitespace collapsed). Reads only the article's own body (not a whole page), with a
 * streaming parser, so it costs little per article.
 */
export function tableOfContents(articleHtml: string): TocEntry[] {
  const entries: TocEntry[] = [];
  let current: { id: string; text: string } | undefined;
  let depth = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (current) depth++;
        else if (name === 'h2' && attributes.id) current = { id: attributes.id, text: '' };
      },
      ontext(text) {
        if (current) current.text += text;
      },
      onclosetag() {
        if (!current) return;
        if (depth > 0) {
          depth--;
          return;
        }
        entries.push({ id: current.id, text: current.text.replace(/\s+/g, ' ').trim() });
        current = undefined;
      },
    },
    { decodeEntities: true },
  );
  parser.end(articleHtml);
  return entries;
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
