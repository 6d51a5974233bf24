import { Parser } from 'htmlparser2';
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
  /** Written as raw HTML (`<img alt="">` is decoration there, as `![""](…)` is in Markdown). */
  readonly html?: boolean;
}

// Only the parser is used: the same syntax the site renders, raw HTML included so that
// `<a href>` written by hand is not mistaken for text.
const parser = markdownIt({ html: true, linkify: false });

/**
 * Every link and image of a Markdown body, in order. `firstLine` is the file line the body
 * starts on (after the front matter), so messages point at the line the author sees.
 */
export function markdownReferences(body: string, firstLine = 1): MarkdownReference[] {
  return referencesOfTokens(parser.parse(body, {}), firstLine);
}

/**
 * The links and images of a parsed Markdown body (markdown-it's tokens), in order, with the line
 * each is on (`firstLine` is the body's first line). The site's renderer calls it on the tokens
 * it renders, so a page's links are known without parsing it again.
 */
export function referencesOfTokens(tokens: readonly Token[], firstLine = 1): MarkdownReference[] {
  const references: MarkdownReference[] = [];
  for (const block of tokens) {
    const start = firstLine + (block.map?.[0] ?? 0);
    if (block.type === 'html_block') fromHtml(block.content, start, references);
    if (block.type !== 'inline' || !block.children) continue;
    let line = start;
    for (const token of block.children) {
      if (token.type === 'softbreak' || token.type === 'hardbreak') line++;
      else if (token.type === 'link_open') references.push({ kind: 'link', url: token.attrGet('href') ?? '', line });
      else if (token.type === 'image') references.push({ kind: 'image', url: token.attrGet('src') ?? '', line, alt: altText(token) });
      else if (token.type === 'html_inline') {
        fromHtml(token.content, line, references);
        line += countNewlines(token.content);
      } else if (token.type === 'text' || token.type === 'code_inline') line += countNewlines(token.content);
    }
  }
  return references;
}

function altText(token: Token): string {
  return (token.children ?? []).map((child) => child.content).join('');
}

/**
 * Links and images of raw HTML, read by a real HTML tokenizer: a pattern would miss what browsers
 * accept (`<img/src=…>`, a line break before `src`, capitals), and what it misses would skip
 * every check.
 */
function fromHtml(htmlText: string, line: number, references: MarkdownReference[]): void {
  const html = new Parser(
    {
      onopentag(name, attributes) {
        const at = line + countNewlines(htmlText.slice(0, html.startIndex));
        if (name === 'img') references.push({ kind: 'image', url: attributes.src ?? '', line: at, alt: attributes.alt, html: true });
        else if (name === 'a' && attributes.href !== undefined) references.push({ kind: 'link', url: attributes.href, line: at, html: true });
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
  );
  html.end(htmlText);
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
