/**
 * One search result as DOM (no `innerHTML`, no style attributes: the CSP forbids inline styles,
 * and text from the index is never parsed as markup).
 */
import type { Edition } from '../../config/editions';
import { formatDate } from '../../i18n/format';
import { buildExcerpt, excerptSource } from '../excerpt';
import type { SearchLanguage } from '../normalise';
import type { PagefindData } from './pagefind-api';

export interface RenderContext {
  readonly edition: Edition;
  readonly language: SearchLanguage;
  readonly query: string;
  /** A text of the index as the reader's edition reads it (see `display.ts`). */
  readonly text: (indexed: string) => string;
  /** A result's URL in the reader's edition (Serbian results are indexed at their Latin URL). */
  readonly url: (indexed: string) => string;
  /** A filter value's label in the reader's edition (`category`, `life-style` → `Život i stil`). */
  readonly label: (filter: string, value: string) => string | undefined;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** `<li class="search-result">` with the title link, date or authors, category, kind and excerpt. */
export function renderResult(data: PagefindData, context: RenderContext): HTMLLIElement {
  const item = element('li', 'search-result');
  const heading = element('h2');
  const url = context.url(data.url);
  const title = data.meta['title'] === undefined ? undefined : context.text(data.meta['title']);
  const link = element('a', undefined, title ?? url);
  link.href = url;
  heading.append(link);

  const facts: Node[] = [];
  const date = data.meta['date'];
  if (date && /^\d{4}-\d{2}-\d{2}$/.test(date)) {
    const time = element('time', undefined, formatDate(new Date(`${date}T00:00:00Z`), context.edition));
    time.dateTime = date;
    facts.push(time);
  }
  const authors = data.meta['authors'];
  if (authors) facts.push(document.createTextNode(context.text(authors)));
  const year = data.meta['year'];
  if (year) facts.push(document.createTextNode(year));
  for (const filter of ['category', 'kind']) {
    for (const value of data.filters[filter] ?? []) {
      const label = context.label(filter, value);
      if (label) facts.push(element('span', `search-result-${filter}`, label));
    }
  }
  const meta = element('p', 'meta');
  facts.forEach((fact, index) => {
    if (index > 0) meta.append(' · ');
    meta.append(fact);
  });

  const excerpt = element('p', 'search-excerpt');
  // A Serbian result's content is its page's original text, marked in runs (see `fragments.ts`).
  const original = context.language === 'sr' ? context.text(data.content) : undefined;
  for (const part of buildExcerpt(excerptSource(data.content, title, original), context.query, context.language)) {
    excerpt.append(part.mark ? element('mark', undefined, part.text) : document.createTextNode(part.text));
  }
  item.append(heading, meta, excerpt);
  return item;
}
