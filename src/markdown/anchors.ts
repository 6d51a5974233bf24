import type MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import { slugify } from '../i18n/slug';

/** Heading levels that get an anchor: the title is the page's only `#`. */
const LEVELS: ReadonlySet<string> = new Set(['h2', 'h3', 'h4']);

/** The text of a heading's inline children, as its id is made from. */
function headingText(children: readonly Token[]): string {
  let text = '';
  for (const child of children) if (child.type === 'text' || child.type === 'code_inline') text += child.content;
  return text;
}

/**
 * Ids unique within one document. The next free number is remembered for every base, so the
 * thousandth `## Same` costs what the first did (markdown-it-anchor counts up from 1 again for
 * each duplicate, and looks the heading up in the whole token list after each one: quadratic,
 * minutes for a pasted file of 20,000 headings).
 */
class UniqueIds {
  private readonly taken = new Set<string>();
  private readonly next = new Map<string, number>();

  claim(base: string): string {
    let id = base;
    if (this.taken.has(id)) {
      let n = this.next.get(base) ?? 1;
      do id = `${base}-${n++}`;
      while (this.taken.has(id));
      this.next.set(base, n);
    }
    this.taken.add(id);
    return id;
  }
}

/**
 * Heading anchors: every `##`–`####` heading gets an ASCII id made by the site's `slugify`
 * (`Čuvanje podataka` → `cuvanje-podataka`), for the table of contents and links from elsewhere.
 * The heading is not a link to itself: that made every heading a Tab stop, a second table of
 * contents for keyboard readers, and blue text where a heading should read as one. Ids are made
 * from the source text, and the Cyrillic edition never transliterates attributes like `id` or
 * `href="#…"`, so a fragment link works in both scripts. Duplicate headings get `-1`, `-2`. One
 * pass over the document's tokens.
 */
export function anchorsPlugin(md: MarkdownIt): void {
  md.core.ruler.push('heading_anchors', (state) => {
    const ids = new UniqueIds();
    const tokens = state.tokens;
    for (let index = 0; index + 1 < tokens.length; index++) {
      const heading = tokens[index]!;
      if (heading.type !== 'heading_open' || !LEVELS.has(heading.tag)) continue;
      const inline = tokens[index + 1]!;
      const children = inline.children ?? [];
      const id = ids.claim(slugify(headingText(children)) || 'section');
      heading.attrSet('id', id);
    }
  });
}
