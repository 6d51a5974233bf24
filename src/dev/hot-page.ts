/**
 * The dev server's fast path for the edit an author makes most: the body of one article (or any
 * Markdown page) changed, its front matter did not. Eleventy's incremental rebuild of a large site
 * spends seconds on its own bookkeeping before it writes that one page (about 2.5 s of 4 s at
 * 4,000 articles, most of it growing with the number of pages), so the page is rendered here first,
 * with the same Markdown, layouts, transforms and Cyrillic edition, from what its layouts were last
 * called with (`layout-calls.ts`), and written; Eleventy's rebuild follows and writes the same bytes
 * along with everything else the edit touches (listings, feeds, search).
 *
 * Anything else is declined, with the reason, and left to Eleventy: a new or unknown file, a
 * changed front matter (title, date, tags… move listings and neighbours), a file that does not
 * parse, a body with pictures (checked and processed by the image pipeline), or content problems
 * shown in the preview (their banner must be brought up to date).
 */
import path from 'node:path';
import { toEditionUrl } from '../config/routes';
import { frontMatterText, parseContentFile } from '../content/front-matter';
import type { TemplateContext } from '../types/eleventy';
import type { LayoutCall, RememberedPage } from './layout-calls';

type LayoutRender = (this: TemplateContext, data: never) => string | Promise<string>;

/** What turns a page's Markdown into the files Eleventy would write for it. */
export interface PageRenderer {
  /** The site's Markdown (the instance Eleventy renders with: `createMarkdown`). */
  readonly markdown: { render(source: string, env?: unknown): string };
  readonly layouts: Readonly<Record<'content' | 'base', LayoutRender>>;
  /** Eleventy's transforms, in order (the image placeholders). */
  readonly transform: (html: string) => Promise<string>;
  /** Both editions of a `/sr/` page (`serbianEditions`): its Latin page and its Cyrillic twin. */
  readonly editions: (html: string) => { readonly latin: string; readonly cyrillic: string };
  /** The twin's output path (`cyrillicOutputPath`). */
  readonly cyrillicOutputPath: (url: string, outputPath: string) => string;
}

export interface HotFile {
  readonly url: string;
  readonly outputPath: string;
  readonly html: string;
}

export type HotPageResult = { readonly files: HotFile[] } | { readonly declined: string };

/** Pictures in the body (Markdown or HTML): the image pipeline checks and processes them. */
const PICTURE = /!\[|<img\b/i;

/**
 * The files of the page at `inputPath` now that its source is `bytes`, rendered from `remembered`
 * (its last render), or why the fast path does not apply.
 */
export async function renderHotPage(inputPath: string, bytes: Uint8Array, remembered: RememberedPage | undefined, renderer: PageRenderer): Promise<HotPageResult> {
  const content = remembered?.layouts.content;
  const base = remembered?.layouts.base;
  if (!remembered || !content || !base) return { declined: 'not rendered before' };
  let parsed;
  try {
    parsed = parseContentFile(path.basename(inputPath), bytes);
  } catch (error) {
    return { declined: (error as Error).message };
  }
  if (frontMatterText(bytes) !== remembered.frontMatter) return { declined: 'the front matter changed' };
  if (PICTURE.test(parsed.body)) return { declined: 'the body has pictures' };
  const problems = base.data['contentProblems'];
  if (Array.isArray(problems) && problems.length > 0) return { declined: 'the preview shows content problems' };

  const page = content.data['page'] as { url?: string | false; outputPath?: string | false } | undefined;
  const url = page?.url;
  const outputPath = page?.outputPath;
  if (typeof url !== 'string' || typeof outputPath !== 'string') return { declined: 'the page is not written' };

  // The Markdown env is the page's data, as Eleventy passes it (a copy: renderers may write to it).
  const body = renderer.markdown.render(parsed.body, { ...content.data });
  const inner = await call(renderer.layouts.content, content, body);
  const html = await renderer.transform(await call(renderer.layouts.base, base, inner));
  if (!url.startsWith('/sr/') || !outputPath.endsWith('.html')) return { files: [{ url, outputPath, html }] };
  const editions = renderer.editions(html);
  return {
    files: [
      { url, outputPath, html: editions.latin },
      { url: toEditionUrl(url, 'sr-Cyrl'), outputPath: renderer.cyrillicOutputPath(url, outputPath), html: editions.cyrillic },
    ],
  };
}

/** A layout called as Eleventy called it last, with new content. */
async function call(render: LayoutRender, last: LayoutCall, content: string): Promise<string> {
  return await render.call(last.context, { ...last.data, content } as never);
}
