/**
 * What each Markdown page's layouts were last rendered with, kept while `npm start` runs so that a
 * page whose body alone changed can be rendered again without Eleventy (see `hot-page.ts`).
 *
 * The layouts (`content.11ty.ts`, `base.11ty.ts`) report each call here; outside the dev server
 * nothing is kept. The data objects are Eleventy's own (it keeps them anyway): only references,
 * and the front matter as written, are stored.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { frontMatterText } from '../content/front-matter';
import type { TemplateContext } from '../types/eleventy';

/** The layouts of a Markdown page, outermost last. */
export type LayoutName = 'content' | 'base';

export interface LayoutCall {
  readonly context: TemplateContext;
  readonly data: Readonly<Record<string, unknown>>;
}

export interface RememberedPage {
  /** The YAML of the front matter the page was rendered from. */
  readonly frontMatter: string;
  readonly layouts: Partial<Record<LayoutName, LayoutCall>>;
}

const pages = new Map<string, RememberedPage>();
let remembering = false;

/** Starts (or stops and forgets) keeping layout calls. */
export function rememberLayoutCalls(on: boolean): void {
  remembering = on;
  if (!on) pages.clear();
}

/** Called by a layout as it renders; keeps the call of a Markdown page (no-op unless remembering). */
export function rememberLayoutCall(layout: LayoutName, context: TemplateContext, data: { page: { inputPath: string } }): void {
  if (!remembering) return;
  const inputPath = path.resolve(data.page.inputPath);
  if (!inputPath.endsWith('.md')) return;
  // The innermost layout runs first: that is when the page's front matter is read (the file on
  // disk is the one Eleventy is rendering; a failure means it changed meanwhile: nothing is kept).
  let page = pages.get(inputPath);
  if (layout === 'content' || !page) {
    let frontMatter: string | undefined;
    try {
      frontMatter = frontMatterText(readFileSync(inputPath));
    } catch {
      frontMatter = undefined;
    }
    if (frontMatter === undefined) {
      pages.delete(inputPath);
      return;
    }
    page = { frontMatter, layouts: {} };
    pages.set(inputPath, page);
  }
  (page.layouts as Record<LayoutName, LayoutCall>)[layout] = { context, data };
}

/** The page's last render, by its input path. */
export function rememberedPage(inputPath: string): RememberedPage | undefined {
  return pages.get(path.resolve(inputPath));
}
