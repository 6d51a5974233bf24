import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from '../src/config/paths';
import { generateCorpus } from './corpus';
import { measureFirstQuery, type FirstQueryReport } from './first-query';
import { measureIncremental, type IncrementalReport } from './incremental';
import { lighthouseMarkdown, runLighthouse, type LighthouseReport } from './lighthouse';

/**
 * `npm run bench` (full: N = 1,000 / 4,000 / 10,000 with 2 alternated runs each, under 15
 * minutes on 2 cores) and `npm run bench -- --quick` (N = 500, one run, what CI runs): the
 * production build against a bare-Eleventy baseline on the same generated corpus, written to
 * tmpfs; medians, ratios and budgets. Each measured production build is cold for the output-check
 * cache (`<corpus>/.cache/output-checks.json` deleted first); one more, warm, build follows (up to N = 4,000).
 * Then per N the bytes of a first query (bench/first-query.ts); the incremental rebuild of the
 * dev server at N = 4,000 and in the quick run (bench/incremental.ts); Lighthouse on the largest
 * N, only in a full run or with `--lighthouse` (bench/lighthouse.ts).
 *
 * Options: `--sizes 1000,4000`, `--runs 2` (every size), `--lighthouse`, `--skip
 * lighthouse,incremental,first-query`.
 */
const benchStarted = performance.now();
const { values } = parseArgs({
  options: { quick: { type: 'boolean' }, sizes: { type: 'string' }, runs: { type: 'string' }, lighthouse: { type: 'boolean' }, skip: { type: 'string' } },
});
const quick = values.quick === true;
const sizes = values.sizes ? values.sizes.split(',').map(Number) : quick ? [500] : [1000, 4000, 10000];
/** Alternated runs per size: fewer for the larger corpora, so a full run stays under 15 minutes. */
const DEFAULT_RUNS: Readonly<Record<number, number>> = { 1000: 2, 4000: 2, 10000: 2 };
/** The warm rebuild is measured up to this N (at 10,000 it would cost the time of a third build). */
const WARM_UP_TO = 4000;
const runsFor = (n: number) => (values.runs ? Number(values.runs) : quick ? 1 : (DEFAULT_RUNS[n] ?? 2));
const skip = new Set((values.skip ?? '').split(',').filter(Boolean));
const withLighthouse = !skip.has('lighthouse') && (values.lighthouse === true || !quick);
const WORK = existsSync('/dev/shm') ? '/dev/shm/dmspot-bench' : path.join(REPO_ROOT, 'bench/.work');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

interface BuildRun {
  milliseconds: number;
  maxRssBytes: number;
  pages: number;
  steps?: Record<string, number>;
  /** Peak resident bytes of each phase, child processes (Pagefind) included (src/build/memory-sampler.ts). */
  peakMemory?: Record<string, number>;
}

function node(args: string[], env: NodeJS.ProcessEnv = {}): BuildRun {
  const result = spawnSync(process.execPath, ['--import', 'tsx', ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  const line = result.stdout.trim().split('\n').filter((l) => l.startsWith('{')).pop();
  if (!line) throw new Error(`${args.join(' ')} printed no summary:\n${result.stdout}`);
  return JSON.parse(line) as BuildRun;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

function folderBytes(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

/** HTML + CSS and JS a first visit downloads, raw and gzip-compressed, for one page. */
function pageWeight(outDir: string, url: string): { html: number; css: number; js: number; compressed: number } | undefined {
  const file = path.join(outDir, url, url.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) return undefined;
  const html = readFileSync(file);
  const text = html.toString('utf8');
  const linked = (pattern: RegExp) => [...text.matchAll(pattern)].map((m) => m[1] as string).filter((href) => href.startsWith('/'));
  const css = linked(/<link rel="stylesheet" href="([^"]+)"/g).map((href) => readFileSync(path.join(outDir, href)));
  const js = linked(/<script[^>]+src="([^"]+)"/g).map((src) => readFileSync(path.join(outDir, src)));
  const compressed = [html, ...css, ...js].reduce((sum, buffer) => sum + gzipSync(buffer, { level: 6 }).length, 0);
  return { html: html.length, css: css.reduce((s, b) => s + b.length, 0), js: js.reduce((s, b) => s + b.length, 0), compressed };
}

function firstUrl(outDir: string, prefix: string): string | undefined {
  const dir = path.join(outDir, prefix);
  if (!existsSync(dir)) return undefined;
  const entry = readdirSync(dir, { withFileTypes: true }).find((e) => e.isDirectory() && /^[a-z]/.test(e.name));
  return entry ? `${prefix}${entry.name}/` : undefined;
}

const report: Record<string, unknown>[] = [];
let lighthouse: LighthouseReport | undefined;
let lighthouseError: string | undefined;
mkdirSync(WORK, { recursive: true });
for (const n of sizes) {
  const corpus = path.join(WORK, `corpus-${n}`);
  const generated = generateCorpus({ articles: n, dir: corpus });
  const production: BuildRun[] = [];
  const baseline: BuildRun[] = [];
  const outDir = path.join(WORK, `site-${n}`);
  const runs = runsFor(n);
  const build = () => node(['src/cli/build.ts', '--out', outDir, '--json'], { DMSPOT_SITE_ROOT: corpus });
  for (let run = 0; run < runs; run++) {
    // Alternate, so drift on a noisy machine hits both sides alike.
    rmSync(path.join(WORK, `base-${n}`), { recursive: true, force: true });
    baseline.push(node(['bench/baseline.ts', corpus, path.join(WORK, `base-${n}`)]));
    // Cold: no output-check verdicts kept from an earlier build (image caches stay, as on any machine).
    rmSync(path.join(corpus, '.cache/output-checks.json'), { force: true });
    production.push(build());
  }
  // Warm: the same content again, the output-check cache kept (an author's next build).
  const warm = n <= WARM_UP_TO ? build() : undefined;
  const steps: Record<string, number> = {};
  for (const name of Object.keys(production[0]?.steps ?? {})) steps[name] = median(production.map((r) => r.steps?.[name] ?? 0));
  const prodMs = median(production.map((r) => r.milliseconds));
  const baseMs = median(baseline.map((r) => r.milliseconds));
  const weights: Record<string, ReturnType<typeof pageWeight>> = {
    home: pageWeight(outDir, '/sr/'),
    article: pageWeight(outDir, firstUrl(outDir, '/sr/clanci/') ?? '/sr/clanci/'),
    listing: pageWeight(outDir, '/sr/clanci/'),
    'library item': pageWeight(outDir, firstUrl(outDir, '/sr/ebiblioteka/') ?? '/sr/ebiblioteka/'),
    search: pageWeight(outDir, '/sr/pretraga/'),
  };
  console.log(`N=${n}: production ${seconds(prodMs)} cold (${runs} run${runs === 1 ? '' : 's'}), ${warm ? seconds(warm.milliseconds) : '–'} warm; baseline ${seconds(baseMs)}; ratio ${(prodMs / baseMs).toFixed(2)}×`);
  let firstQuery: FirstQueryReport | undefined;
  if (!skip.has('first-query')) {
    firstQuery = await measureFirstQuery(outDir);
    console.log(`N=${n}: first query ${firstQuery.editions.map((e) => `${e.edition} ${(e.bytes / 1000).toFixed(1)} KB`).join(', ')}`);
  }
  let incremental: IncrementalReport | undefined;
  if (!skip.has('incremental') && (n === 4000 || quick)) {
    incremental = await measureIncremental(corpus, { workDir: path.join(WORK, `dev-${n}`) });
    console.log(`N=${n}: edit on screen ${incremental.edits.map((e) => `${e.shownMilliseconds} ms`).join(', ')}; whole site rebuilt ${incremental.edits.map((e) => `${e.rebuiltMilliseconds ?? '?'} ms (${e.filesWritten ?? '?'} files)`).join(', ')}; dev server start ${seconds(incremental.startupMs)}`);
  }
  report.push({
    articles: generated.articles,
    pages: production[0]?.pages,
    runs,
    productionMs: prodMs,
    productionRunsMs: production.map((r) => r.milliseconds),
    ...(warm ? { warmRebuildMs: warm.milliseconds, warmStepsMs: warm.steps } : {}),
    baselineMs: baseMs,
    baselineRunsMs: baseline.map((r) => r.milliseconds),
    ratio: prodMs / baseMs,
    // The build's own peak and, sampled by phase, with its children (Pagefind's process) added.
    productionPeakRssMB: Math.max(...production.map((r) => Math.max(r.maxRssBytes, ...Object.values(r.peakMemory ?? {})))) / 1e6,
    baselinePeakRssMB: Math.max(...baseline.map((r) => r.maxRssBytes)) / 1e6,
    stepsMs: steps,
    ...(production[0]?.peakMemory ? { phasePeakRssMB: Object.fromEntries(Object.keys(production[0].peakMemory).map((k) => [k, Math.max(...production.map((r) => r.peakMemory?.[k] ?? 0)) / 1e6])) } : {}),
    outputMB: folderBytes(outDir) / 1e6,
    searchIndexMB: folderBytes(path.join(outDir, 'pagefind')) / 1e6,
    pageWeights: weights,
    ...(firstQuery ? { firstQuery } : {}),
    ...(incremental ? { incremental } : {}),
  });
  if (withLighthouse && n === sizes[sizes.length - 1]) {
    try {
      lighthouse = await runLighthouse(outDir);
    } catch (error) {
      lighthouseError = (error as Error).message;
      console.error(`Lighthouse could not run: ${lighthouseError}`);
    }
  }
}

type Weight = { html: number; css: number; js: number; compressed: number };
type Row = (typeof report)[number] & {
  articles: number;
  pages: number;
  productionMs: number;
  warmRebuildMs?: number;
  baselineMs: number;
  ratio: number;
  productionPeakRssMB: number;
  phasePeakRssMB?: Record<string, number>;
  stepsMs: Record<string, number>;
  outputMB: number;
  searchIndexMB: number;
  pageWeights: Record<string, Weight | undefined>;
  firstQuery?: FirstQueryReport;
  incremental?: IncrementalReport;
};
const rows = report as Row[];
const budgets: [string, boolean | undefined][] = [];
const at4k = rows.find((r) => r.articles === 4000);
const at10k = rows.find((r) => r.articles === 10000);
if (at4k) {
  budgets.push(['N=4,000: production (cold) ≤ 4× baseline', at4k.ratio <= 4]);
  budgets.push(['N=4,000: peak RSS ≤ 2.5 GB', at4k.productionPeakRssMB <= 2500]);
  if (at4k.firstQuery) budgets.push(['N=4,000: first query ≤ 150 KB fetched (every edition)', at4k.firstQuery.maxBytes <= 150_000]);
  if (at4k.incremental) budgets.push(['N=4,000: an edited article rebuilt and reloaded in the browser < 1 s (dev server)', at4k.incremental.medianShownMs < 1000]);
}
if (at4k && at10k) budgets.push(['N=10,000 ≤ 2.7× the time and memory of N=4,000', at10k.productionMs <= 2.7 * at4k.productionMs && at10k.productionPeakRssMB <= 2.7 * at4k.productionPeakRssMB]);
const last = rows[rows.length - 1];
if (last) {
  const w = last.pageWeights;
  budgets.push(['article ≤ 14 KB compressed, 0 B JavaScript', !!w.article && w.article.compressed <= 14_000 && w.article.js === 0]);
  budgets.push(['home and listing ≤ 20 KB compressed', !!w.home && !!w.listing && w.home.compressed <= 20_000 && w.listing.compressed <= 20_000]);
  budgets.push(['search page ≤ 60 KB compressed before typing', !!w.search && w.search.compressed <= 60_000]);
}
if (lighthouse) budgets.push([`Lighthouse 100 in all four categories on every page measured (N=${last?.articles})`, lighthouse.allHundred]);
else if (lighthouseError) budgets.push([`Lighthouse 100 in all four categories (could not run: ${lighthouseError.split('\n')[0]})`, false]);

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const queried = rows.filter((r) => r.firstQuery);
const incremental = rows.filter((r) => r.incremental);
const totalMs = performance.now() - benchStarted;
const table = [
  '| articles | pages | production (cold) | warm rebuild | baseline | ratio | peak RSS | steps (cold) | output | search index |',
  '|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.articles} | ${r.pages} | ${seconds(r.productionMs)} | ${r.warmRebuildMs === undefined ? '–' : seconds(r.warmRebuildMs)} | ${seconds(r.baselineMs)} | ${r.ratio.toFixed(2)}× | ${r.productionPeakRssMB.toFixed(0)} MB${r.phasePeakRssMB ? ` (${Object.entries(r.phasePeakRssMB).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')})` : ''} | ${Object.entries(r.stepsMs).map(([k, v]) => `${k} ${seconds(v)}`).join(', ')} | ${r.outputMB.toFixed(1)} MB | ${r.searchIndexMB.toFixed(1)} MB |`,
  ),
  '',
  '| page (largest N) | HTML | CSS | JS | compressed total |',
  '|---|---:|---:|---:|---:|',
  ...Object.entries(last?.pageWeights ?? {}).map(([name, w]) => (w ? `| ${name} | ${w.html} B | ${w.css} B | ${w.js} B | ${w.compressed} B |` : `| ${name} | – | – | – | – |`)),
  ...(queried.length
    ? [
        '',
        '| first query (fetched, compressed) | ' + (queried[0]?.firstQuery?.editions ?? []).map((e) => `${e.edition} „${e.query}“`).join(' | ') + ' | max |',
        '|---:|' + (queried[0]?.firstQuery?.editions ?? []).map(() => '---:|').join('') + '---:|',
        ...queried.map((r) => `| N=${r.articles} | ${r.firstQuery!.editions.map((e) => `${kb(e.bytes)} (${e.requests} files)`).join(' | ')} | ${kb(r.firstQuery!.maxBytes)} |`),
      ]
    : []),
  ...(incremental.length
    ? [
        '',
        '| dev server, one article edited | on screen (median) | both scripts on disk | whole site rebuilt | each edit: on screen / rebuilt (files written) | dev server first build |',
        '|---:|---:|---:|---:|---|---:|',
        ...incremental.map(
          (r) =>
            `| N=${r.articles} | ${r.incremental!.medianShownMs} ms | ${r.incremental!.medianMs} ms | ${r.incremental!.medianRebuiltMs ?? '?'} ms | ${r.incremental!.edits.map((e) => `${e.shownMilliseconds} / ${e.rebuiltMilliseconds ?? '?'} ms (${e.filesWritten ?? '?'})`).join(', ')} | ${seconds(r.incremental!.startupMs)} (${r.incremental!.startupFilesWritten ?? '?'} files) |`,
        ),
      ]
    : []),
  ...(lighthouse ? ['', `Lighthouse ${lighthouse.lighthouseVersion}, mobile, N=${last?.articles}:`, '', lighthouseMarkdown(lighthouse)] : []),
  '',
  ...budgets.map(([name, met]) => `- ${met ? 'met' : 'MISSED'}: ${name}`),
  '',
  `Benchmark wall time: ${seconds(totalMs)}.`,
].join('\n');
console.log(`\n${table}`);
const resultsDir = path.join(REPO_ROOT, 'bench/results');
mkdirSync(resultsDir, { recursive: true });
const stamp = new Date().toISOString().slice(0, 10);
// A run narrowed by options is stored beside the day's full run, never over it.
const partial = !quick && (values.sizes !== undefined || values.runs !== undefined || skip.size > 0);
const name = quick ? `${stamp}-quick` : partial ? `${stamp}-partial` : stamp;
const json = { date: new Date().toISOString(), quick, runs: Object.fromEntries(sizes.map((n) => [n, runsFor(n)])), wallMs: totalMs, results: report, lighthouse: lighthouse ?? (lighthouseError ? { error: lighthouseError } : undefined), budgets };
writeFileSync(path.join(resultsDir, `${name}.json`), `${JSON.stringify(json, null, 2)}\n`);
writeFileSync(path.join(resultsDir, `${name}.md`), `# Benchmark ${stamp}${quick ? ' (quick)' : partial ? ` (partial: ${process.argv.slice(2).join(' ')})` : ''}\n\n${table}\n`);
