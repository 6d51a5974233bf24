/**
 * The thorough check of a finished site, for what the templates can break: every page through
 * html-validate (its recommended rules and the site's own: one `<h1>`, a title, a description and
 * a canonical URL, no inline script or handler, nothing from another origin, outbound links with
 * `rel="noopener noreferrer"`), then every internal link, image and `#anchor` of every page
 * resolved against the output. The test suite runs it on the fixture site, in every edition;
 * `npm run check:html` runs it on any built site. The production build checks what the content
 * can break, cheaply and as it goes (`src/checks/content-links.ts`, the content check, the
 * sanitizer), and does not run this.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { urlOfFile, validatePageFiles, type Reference } from './html-rules';

/** One thing wrong with the finished site: the output file and line. */
export interface OutputProblem {
  readonly file: string;
  readonly line?: number;
  readonly message: string;
}

export interface OutputReport {
  readonly problems: OutputProblem[];
  readonly pages: number;
}

/** Every file under `dir`, as `/`-separated paths relative to it (the search index left out). */
function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        // No page links into the search index.
        if (rel !== 'pagefind') walk(rel);
      } else files.push(rel);
    }
  };
  walk('');
  return files;
}

/** Checks a finished output folder: html-validate on every page, then every internal reference. */
export function checkSite(outDir: string, options: { siteUrl: string }): OutputReport {
  const origin = new URL(options.siteUrl).origin;
  const files = listFiles(outDir);
  const fileSet = new Set(files);
  const htmlFiles = files.filter((f) => f.endsWith('.html')).sort();
  const result = validatePageFiles(outDir, htmlFiles, origin);
  const problems: OutputProblem[] = [...result.problems];
  const pageFacts = new Map<string, { ids: Set<string>; references: Reference[] }>();
  for (const [url, ids, references] of result.facts) pageFacts.set(url, { ids: new Set(ids), references });

  /** Why a same-origin URL written on the page at `pageUrl` does not resolve, or undefined. */
  const brokenReason = (url: string, pageUrl: string): string | undefined => {
    let resolved: URL;
    try {
      resolved = new URL(url, origin + pageUrl);
    } catch {
      return 'is not a valid URL';
    }
    if (resolved.origin !== origin) return undefined;
    let pathname: string;
    try {
      pathname = decodeURIComponent(resolved.pathname);
    } catch {
      return 'is not a valid URL';
    }
    const candidates = pathname.endsWith('/') ? [`${pathname}index.html`] : [pathname, `${pathname}/index.html`];
    const target = candidates.map((c) => c.slice(1)).find((c) => fileSet.has(c));
    if (!target) return 'leads to no page or file';
    const fragment = decodeURIComponent(resolved.hash.slice(1));
    if (fragment && target.endsWith('.html') && !pageFacts.get(urlOfFile(target))?.ids.has(fragment)) return `has no #${fragment} on ${urlOfFile(target)}`;
    return undefined;
  };

  const fileOfUrl = new Map(htmlFiles.map((f) => [urlOfFile(f), f]));
  for (const [pageUrl, facts] of pageFacts) {
    const file = fileOfUrl.get(pageUrl) ?? pageUrl;
    for (const ref of facts.references) {
      const reason = brokenReason(ref.url, pageUrl);
      if (reason) problems.push({ file, line: ref.line, message: `${ref.what} ${ref.url} ${reason}` });
    }
  }
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { problems, pages: htmlFiles.length };
}

/** One line per problem: `file:line: message`. */
export function formatOutputProblems(problems: readonly OutputProblem[]): string {
  return problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`).join('\n');
}
