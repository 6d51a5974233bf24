import path from 'node:path';
import { toEditionUrl } from '../config/routes';
import type { MarkdownReference } from '../content/markdown-references';
import type { RenderFacts } from '../markdown/render-facts';

/** One broken link of the author's Markdown: the file and line to fix. */
export interface LinkProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** A published Markdown file: where it is, the page it makes, where its body starts. */
export interface LinkSource {
  /** Relative to the site root: `content/sr/articles/x.md`. */
  readonly file: string;
  /** Absolute path, as the renderer saw it. */
  readonly inputPath: string;
  /** The page's root-relative URL (`/sr/clanci/x/`). */
  readonly url: string;
  readonly bodyLine: number;
}

/** Ids every page has, besides its headings: the skip link's target. */
const PAGE_IDS: ReadonlySet<string> = new Set(['main']);

/**
 * The links the author wrote that lead nowhere: internal links whose page or file is not in the
 * finished site (`published`: its URLs), or whose `#anchor` is not a heading of that page. Each
 * page's links and headings are what rendering recorded (`src/markdown/render-facts.ts`); the
 * site's own templates are checked by the test suite, which renders every kind of page.
 */
export function contentLinkProblems(sources: readonly LinkSource[], facts: ReadonlyMap<string, RenderFacts>, published: ReadonlySet<string>, siteUrl: string): LinkProblem[] {
  const origin = new URL(siteUrl).origin;
  const headingsByUrl = new Map<string, ReadonlySet<string>>();
  for (const source of sources) {
    const ids = new Set([...PAGE_IDS, ...(facts.get(path.resolve(source.inputPath))?.headings ?? []).map((heading) => heading.id)]);
    headingsByUrl.set(source.url, ids);
    // The Cyrillic twin has the very same ids.
    if (source.url.startsWith('/sr/')) headingsByUrl.set(toEditionUrl(source.url, 'sr-Cyrl'), ids);
  }
  const problems: LinkProblem[] = [];
  for (const source of sources) {
    for (const reference of facts.get(path.resolve(source.inputPath))?.references ?? []) {
      const reason = brokenReason(reference, source.url, origin, published, headingsByUrl);
      if (reason) problems.push({ file: source.file, line: source.bodyLine + reference.line - 1, message: `link ${reference.url} ${reason}` });
    }
  }
  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

/** Why a link written on the page at `pageUrl` leads nowhere, or undefined when it is fine (or not ours). */
function brokenReason(reference: MarkdownReference, pageUrl: string, origin: string, published: ReadonlySet<string>, headings: ReadonlyMap<string, ReadonlySet<string>>): string | undefined {
  // Pictures were checked before the build and are published under new names.
  if (reference.kind === 'image' || /^(?:mailto|tel):/i.test(reference.url)) return undefined;
  let resolved: URL;
  try {
    resolved = new URL(reference.url, origin + pageUrl);
  } catch {
    return 'is not a valid URL';
  }
  if (resolved.origin !== origin) return undefined;
  let pathname: string;
  let fragment: string;
  try {
    pathname = decodeURIComponent(resolved.pathname);
    fragment = decodeURIComponent(resolved.hash.slice(1));
  } catch {
    return 'is not a valid URL';
  }
  const page = pathname.endsWith('/') ? pathname : published.has(`${pathname}/`) ? `${pathname}/` : pathname;
  if (!published.has(page)) return 'leads to no page or file';
  if (fragment && page.endsWith('/') && !(headings.get(page) ?? PAGE_IDS).has(fragment)) return `has no #${fragment} on ${page}`;
  return undefined;
}

/**
 * The URLs of a finished output folder's files (`/sr/x/` for `sr/x/index.html`, `/files/a.pdf`),
 * from a listing of its files (`/`-separated, relative).
 */
export function publishedUrls(files: Iterable<string>): Set<string> {
  const urls = new Set<string>();
  for (const file of files) {
    urls.add(`/${file}`);
    if (file === 'index.html') urls.add('/');
    else if (file.endsWith('/index.html')) urls.add(`/${file.slice(0, -'index.html'.length)}`);
  }
  return urls;
}
