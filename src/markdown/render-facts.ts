import path from 'node:path';
import type MarkdownIt from 'markdown-it';
import { referencesOfTokens, type MarkdownReference } from '../content/markdown-references';

/** A heading of a rendered Markdown page: its level, id (the `#anchor`) and text. */
export interface RenderedHeading {
  readonly level: number;
  readonly id: string;
  readonly text: string;
}

/** What rendering a Markdown page established, once: its headings, links and pictures. */
export interface RenderFacts {
  readonly headings: readonly RenderedHeading[];
  /** Links and pictures, with the line of the Markdown body (1 = its first line). */
  readonly references: readonly MarkdownReference[];
}

/** The latest facts of each rendered Markdown file, by absolute input path. */
const facts = new Map<string, RenderFacts>();

/** The facts of the Markdown file at `inputPath` as last rendered, if it was. */
export function renderFactsOf(inputPath: string): RenderFacts | undefined {
  return facts.get(path.resolve(inputPath));
}

/** Every rendered Markdown file's facts, by absolute input path. */
export function allRenderFacts(): ReadonlyMap<string, RenderFacts> {
  return facts;
}

/** Forgets every page (a new build renders them all again). */
export function clearRenderFacts(): void {
  facts.clear();
}

function headingText(children: readonly { type: string; content: string }[]): string {
  let text = '';
  for (const child of children) if (child.type === 'text' || child.type === 'code_inline') text += child.content;
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * markdown-it plugin: after the other rules (heading ids included), records what the page's
 * tokens say — its headings for the table of contents, its links for the build's link check —
 * so nothing needs to parse the rendered HTML again to learn them.
 */
export function renderFactsPlugin(md: MarkdownIt): void {
  md.core.ruler.push('render_facts', (state) => {
    const inputPath = (state.env as { page?: { inputPath?: string } } | undefined)?.page?.inputPath;
    if (!inputPath) return;
    const headings: RenderedHeading[] = [];
    const tokens = state.tokens;
    for (let index = 0; index + 1 < tokens.length; index++) {
      const token = tokens[index]!;
      const id = token.type === 'heading_open' ? token.attrGet('id') : null;
      if (id) headings.push({ level: Number(token.tag.slice(1)), id, text: headingText(tokens[index + 1]!.children ?? []) });
    }
    facts.set(path.resolve(inputPath), { headings, references: referencesOfTokens(tokens) });
  });
}
