import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { readEnvironment } from '../config/environment';
import { LANGS } from '../config/editions';
import { readDataFile } from '../content/data-files';
import { contentUrl } from '../content/directory-data';
import { bodyStartLine, markdownReferences } from '../content/markdown-references';
import { publicationState } from '../content/publishing';
import { validateContent } from '../content/validate';
import { HTML_VALIDATE_CONFIG, isOtherOrigin, TWIN_CONFIG, urlOfFile, validatePageFiles, type PageValidationResult, type Reference } from './page-validation';
import { ValidationCache, validatorVersion } from './validation-cache';
import type { PostBuildContext, PostBuildStep } from './post-build';
import { BuildError } from './build-error';

/** One thing wrong with the finished site: the output file (or the content file) and line. */
export interface OutputProblem {
  readonly file: string;
  readonly line?: number;
  readonly message: string;
}

export interface OutputReport {
  readonly problems: OutputProblem[];
  readonly pages: number;
  readonly milliseconds: number;
}

/** Every file under `dir`, as `/`-separated paths relative to it. */
function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      // The search index is written while the checks run; no page links into it.
      if (entry.isDirectory()) {
        if (rel !== 'pagefind') walk(rel);
      } else files.push(rel);
    }
  };
  walk('');
  return files;
}

/** The validator's identity for the cache: a new html-validate, config or rule invalidates it. */
const VALIDATOR_VERSION = validatorVersion(
  String((createRequire(import.meta.url)('html-validate/package.json') as { version: string }).version),
  JSON.stringify(HTML_VALIDATE_CONFIG),
  JSON.stringify(TWIN_CONFIG),
  readFileSync(new URL('./page-validation.ts', import.meta.url), 'utf8'),
);

/** The output file (`sr/x/index.html`) of a page URL (`/sr/x/`) among `rels`. */
function fileOfUrlPath(url: string, rels: ReadonlySet<string>): string | undefined {
  const rel = url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1);
  return rels.has(rel) ? rel : undefined;
}

/** Pages a worker must get for starting it to pay off. */
const PAGES_PER_WORKER = 200;
const WORKER_ENTRY = new URL('./page-validation-worker.mjs', import.meta.url);

/**
 * Validates pages on every core: html-validate is most of the check's time and is synchronous,
 * so the pages are split between worker threads (inline when there are few).
 */
async function validateInParallel(outDir: string, rels: readonly string[], origin: string): Promise<PageValidationResult[]> {
  const workers = Math.min(availableParallelism(), 4, Math.floor(rels.length / PAGES_PER_WORKER));
  if (workers < 2) return [validatePageFiles(outDir, rels, origin)];
  const chunks: string[][] = Array.from({ length: workers }, () => []);
  rels.forEach((rel, i) => chunks[i % workers]?.push(rel));
  return Promise.all(
    chunks.map(
      (chunk) =>
        new Promise<PageValidationResult>((resolve, reject) => {
          const worker = new Worker(WORKER_ENTRY, { workerData: { outDir, rels: chunk, origin } });
          worker.once('message', (result: PageValidationResult) => {
            resolve(result);
            void worker.terminate();
          });
          worker.once('error', reject);
          worker.once('exit', (code) => {
            if (code !== 0) reject(new Error(`page validation worker exited with code ${code}`));
          });
        }),
    ),
  );
}

/**
 * Checks a finished output folder: every HTML page is validated (html-validate plus the site's
 * rule above), then every internal link, image and `#anchor` is resolved against the output,
 * and every link in the published Markdown is checked too, so the message can name
 * the content file and line the author has to fix.
 */
export async function checkOutput(outDir: string, options: { siteUrl: string; contentDir?: string; root?: string; now?: Date; cacheFile?: string }): Promise<OutputReport> {
  const started = performance.now();
  const origin = new URL(options.siteUrl).origin;
  const files = listFiles(outDir);
  const fileSet = new Set(files);
  const problems: OutputProblem[] = [];
  const pageFacts = new Map<string, { ids: Set<string>; references: Reference[] }>();

  const htmlFiles = files.filter((f) => f.endsWith('.html')).sort();
  // Unchanged pages keep their verdict from the previous build (see validation-cache.ts).
  const cache = options.cacheFile ? new ValidationCache(options.cacheFile, VALIDATOR_VERSION) : undefined;
  const results: PageValidationResult[] = [];
  const keys = new Map<string, string>();
  const toValidate: string[] = [];
  for (const rel of htmlFiles) {
    const key = cache?.key(rel, origin, readFileSync(path.join(outDir, rel), 'utf8'));
    const verdict = key ? cache?.get(key) : undefined;
    if (verdict) results.push(verdict);
    else toValidate.push(rel);
    if (key) keys.set(rel, key);
  }
  const validated = new Set(toValidate);
  for (const result of await validateInParallel(outDir, toValidate, origin)) {
    results.push(result);
    if (!cache) continue;
    // Split a worker's result back into one verdict per page for the cache.
    for (const fact of result.facts) {
      const rel = fileOfUrlPath(fact[0], validated);
      const key = rel ? keys.get(rel) : undefined;
      if (rel && key) cache.set(key, { problems: result.problems.filter((p) => p.file === rel), facts: [fact] });
    }
  }
  cache?.save();
  for (const result of results) problems.push(...result.problems);
  for (const result of results) for (const [url, ids, references] of result.facts) pageFacts.set(url, { ids: new Set(ids), references });
  // Workers finish in any order: keep the report in file order, as a single pass would.
  problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));

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

  // Markdown first: those messages name the file and line the author edits.
  if (options.contentDir) problems.push(...checkMarkdownSources(options.contentDir, options.root ?? process.cwd(), options.now ?? new Date(), origin, brokenReason));

  const fileOfUrl = new Map(htmlFiles.map((f) => [urlOfFile(f), f]));
  for (const [pageUrl, facts] of pageFacts) {
    const file = fileOfUrl.get(pageUrl) ?? pageUrl;
    for (const ref of facts.references) {
      const reason = brokenReason(ref.url, pageUrl);
      if (reason) problems.push({ file, line: ref.line, message: `${ref.what} ${ref.url} ${reason}` });
    }
  }
  return { problems, pages: htmlFiles.length, milliseconds: performance.now() - started };
}

/** Links of every published Markdown file, resolved against the output. */
function checkMarkdownSources(
  contentDir: string,
  root: string,
  now: Date,
  origin: string,
  brokenReason: (url: string, pageUrl: string) => string | undefined,
): OutputProblem[] {
  const problems: OutputProblem[] = [];
  const report = validateContent(contentDir, root);
  const sources: { file: string; pageUrl: string }[] = [];
  for (const entry of report.articles) {
    const state = publicationState({ ...entry.data, date: new Date(`${entry.data.date}T00:00:00Z`), kind: 'article' }, now);
    if (!state.draft && !state.scheduled) sources.push({ file: entry.file, pageUrl: contentUrl(entry.lang, 'article', entry.slug) });
  }
  for (const entry of report.libraryItems) sources.push({ file: entry.file, pageUrl: contentUrl(entry.lang, 'library-item', entry.slug) });
  for (const lang of LANGS) {
    for (const [name, kind] of [['index.md', 'home'], ['author.md', 'author']] as const) {
      const file = path.join(contentDir, lang, name);
      if (existsSync(file)) sources.push({ file: path.relative(root, file).split(path.sep).join('/'), pageUrl: contentUrl(lang, kind, name.slice(0, -3)) });
    }
  }
  for (const source of sources) {
    const text = readFileSync(path.join(root, source.file), 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    const body = text.replace(/^---[ \t]*\n(?:[\s\S]*?\n)?---[ \t]*(?:\n|$)/, '');
    for (const ref of markdownReferences(body, bodyStartLine(text, body))) {
      // Images are checked before the build (src/images/check.ts: missing file, alt text, other
      // origin) and published under new names; the page-level pass still checks every <img src>.
      if (ref.kind === 'image' || isOtherOrigin(ref.url, origin, source.pageUrl) || /^(mailto|tel):/i.test(ref.url)) continue;
      const reason = brokenReason(ref.url, source.pageUrl);
      if (reason) problems.push({ file: source.file, line: ref.line, message: `link ${ref.url} ${reason}` });
    }
  }
  return problems;
}

/** One line per problem: `file:line: message`. */
export function formatOutputProblems(problems: readonly OutputProblem[]): string {
  return problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`).join('\n');
}

/** The post-build step: throws (so the build fails and nothing is swapped in) on any problem. */
export const outputChecksStep: PostBuildStep = async ({ outDir, paths }: PostBuildContext) => {
  const site = readDataFile<{ url: string }>(paths.data, 'site.yaml');
  const report = await checkOutput(outDir, { siteUrl: site.url, contentDir: paths.content, root: paths.root, now: readEnvironment().now, cacheFile: path.join(paths.root, '.cache/output-checks.json') });
  if (report.problems.length) {
    throw new BuildError(`${report.problems.length} problem${report.problems.length === 1 ? '' : 's'} in the finished site; nothing was published:\n${formatOutputProblems(report.problems)}`);
  }
};
