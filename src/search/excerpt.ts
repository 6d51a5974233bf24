/**
 * The excerpt under a search result: a window of the page's own text (in the reader's script, with
 * its diacritics) around the words that match the query, those words marked.
 *
 * Serbian pages are indexed in folded form (see `normalise.ts`), so Pagefind's own excerpt would be
 * folded ASCII; the original text travels in the result in its place (`fragments.ts`) and is cut here. A word
 * matches when its search key starts with a query term less a short ending, a cheap stand-in for the
 * stemmer that chose the page (`breaches` marks `breach`, `ćevapi` marks `ćevape`). Pure: unit
 * tested, and bundled for the browser.
 */
import { normaliseQuery, searchKey, type SearchLanguage } from './normalise';

export interface ExcerptPart {
  readonly text: string;
  /** A word that matches the query. */
  readonly mark: boolean;
}

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * The prefix a word's key must start with to match a query term: the term less about a third, room
 * enough for the endings a stemmer removes (`restoring` → `restor`, `ćevapima` → `cevapi`).
 */
export function termPrefix(term: string): string {
  const bare = term.replace(EDGE_PUNCTUATION, '');
  if (bare.length <= 4) return bare;
  return bare.slice(0, Math.max(4, Math.ceil(bare.length * 0.65)));
}

/**
 * Cuts `words` words of `source` around the best cluster of matches of `query` (the first such
 * window; the start of the text when nothing matches). An ellipsis marks a cut on either side.
 */
export function buildExcerpt(source: string, query: string, language: SearchLanguage, words = 30): ExcerptPart[] {
  const tokens = source.trim().split(/\s+/).filter((token) => token !== '');
  if (tokens.length === 0) return [];
  const prefixes = normaliseQuery(query, language)
    .split(' ')
    .map(termPrefix)
    .filter((prefix) => prefix !== '');
  const hits = tokens.map((token) => {
    const key = searchKey(token, language).replace(EDGE_PUNCTUATION, '');
    return key !== '' && prefixes.some((prefix) => key.startsWith(prefix));
  });
  const size = Math.min(words, tokens.length);
  let best = 0;
  let bestCount = 0;
  let count = 0;
  for (let index = 0; index < tokens.length; index++) {
    if (hits[index]) count++;
    if (index >= size && hits[index - size]) count--;
    const start = index - size + 1;
    if (start >= 0 && count > bestCount) {
      best = start;
      bestCount = count;
    }
  }
  // Start a little before the first match, so it reads in context.
  if (bestCount > 0) {
    const first = hits.indexOf(true, best);
    best = Math.max(0, Math.min(first - 3, tokens.length - size));
  }
  const parts: { text: string; mark: boolean }[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts[parts.length - 1];
    if (last && !last.mark && !mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (best > 0) push('… ', false);
  for (let index = best; index < best + size; index++) {
    if (index > best) push(' ', false);
    push(tokens[index]!, hits[index]!);
  }
  if (best + size < tokens.length) push(' …', false);
  return parts;
}

/**
 * The text to cut an excerpt from: a folded page's original text (in the reader's script), else Pagefind's
 * own text less the title it starts with (`Title. Body…`; the title is shown above the excerpt).
 */
export function excerptSource(content: string, title: string | undefined, originalText: string | undefined): string {
  if (originalText !== undefined) return originalText;
  if (title && content.startsWith(title)) return content.slice(title.length).replace(/^[.!?:;]?\s*/, '');
  return content;
}
