import markdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';

/** A link or image in an author's Markdown, with the line of the source file it is on. */
export interface MarkdownReference {
  readonly kind: 'link' | 'image';
  readonly url: string;
  /** 1-based line in the whole file (front matter included). */
  readonly line: number;
  /** An image's alt text (what the reader hears instead of the picture). */
  readonly alt?: string;
}

// Only the parser is used: the same syntax the site renders, raw HTML included so that
// `<a href>` written by hand is not mistaken for text.
const parser = markdownIt({ html: true, linkify: false });
const HTML_URL = /<(a|img)\b[^>]*?\s(href|src)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi;
const HTML_ALT = /\salt\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/i;

/**
 * Every link and image of a Markdown body, in order. `firstLine` is the file line the body
 * starts on (after the front matter), so messages point at the line the author sees.
 */
export function markdownReferences(body: string, firstLine = 1): MarkdownReference[] {
  const references: MarkdownReference[] = [];
  for (const block of parser.parse(body, {})) {
    const start = firstLine + (block.map?.[0] ?? 0);
    if (block.type === 'html_block') fromHtml(block.content, start, references);
    if (block.type !== 'inline' || !block.children) continue;
    let line = start;
    for (const token of block.children) {
      if (token.type === 'softbreak' || token.type === 'hardbreak') line++;
      else if (token.type === 'link_open') references.push({ kind: 'link', url: token.attrGet('href') ?? '', line });
      else if (token.type === 'image') references.push({ kind: 'image', url: token.attrGet('src') ?? '', line, alt: altText(token) });
      else if (token.type === 'html_inline') fromHtml(token.content, line, references);
      else if (token.type === 'text' || token.type === 'code_inline') line += countNewlines(token.content);
    }
  }
  return references;
}

function altText(token: Token): string {
  return (token.children ?? []).map((child) => child.content).join('');
}

function fromHtml(htmlText: string, line: number, references: MarkdownReference[]): void {
  for (const match of htmlText.matchAll(HTML_URL)) {
    const url = match[4] ?? match[5] ?? match[6] ?? '';
    const at = line + countNewlines(htmlText.slice(0, match.index));
    if (match[1]!.toLowerCase() === 'img') {
      const tag = htmlText.slice(match.index, htmlText.indexOf('>', match.index) + 1 || undefined);
      const alt = HTML_ALT.exec(tag)?.[1]?.replace(/^["']|["']$/g, '');
      references.push({ kind: 'image', url, line: at, alt });
    } else {
      references.push({ kind: 'link', url, line: at });
    }
  }
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The 1-based file line a Markdown body starts on, given the whole (normalised) file text. */
export function bodyStartLine(text: string, body: string): number {
  return countNewlines(text.slice(0, text.length - body.length)) + 1;
}
