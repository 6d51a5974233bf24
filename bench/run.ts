import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from '../src/config/paths';
import { generateCorpus } from './corpus';
import { measureFirstQuery, type FirstQueryReport } from './first-query';
import { peaks, TreeSampler } from './memory-sampler';
import { measureIncremental, type IncrementalReport } from './incremental';
import { runLighthouse } from './lighthouse';
import { lighthouseMarkdown, OPENER_POLICY, type LighthouseReport } from './lighthouse-report';

/**
 * `npm run bench` (full: N = 1,000 / 4,000 / 10,000 with 2 alternated runs each) and `npm run
 * bench -- --quick` (N = 500, one run, what CI runs): the production build against a bare-Eleventy
 * baseline on the same generated corpus, written to tmpfs; medians, ratios and budgets (issue #17).
 * Two production builds per run: the first build of a fresh clone (no cache at all: `.cache/` of
 * the corpus removed, so every picture and preview is made again) and a rebuild with the caches
 * the first one left (an author's next build, a deploy that keeps `.cache/`). Memory is sampled
 * from outside, for the build's whole process tree (Pagefind's service included), and attributed
 * to the build's steps by their times. Then per N the bytes of a first query
 * (bench/first-query.ts); the edit-to-screen time of the dev server at N = 4,000 and in the quick
 * run (bench/incremental.ts); Lighthouse on the largest N, only in a full run or with
 * `--lighthouse` (bench/lighthouse.ts).
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
const runsFor = (n: number) => (values.runs ? Number(values.runs) : quick ? 1 : (DEFAULT_RUNS[n] ?? 2));
const skip = new Set((values.skip ?? '').split(',').filter(Boolean));
const withLighthouse = !skip.has('lighthouse') && (values.lighthouse === true || !quick);
const WORK = existsSync('/dev/shm') ? '/dev/shm/dmspot-bench' : path.join(REPO_ROOT, 'bench/.work');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

interface BuildRun {
  milliseconds: number;
  pages: number;
  steps?: Record<string, number>;
  /** Peak resident bytes of the build's process tree, overall and per step. */
  peakBytes: number;
  stepPeakBytes: Record<string, number>;
}

/** Runs `node --import tsx …args` (a build or the baseline), sampling its process tree's memory. */
async function node(args: string[], env: NodeJS.ProcessEnv = {}): Promise<BuildRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = new TreeSampler(child.pid!).start();
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  const samples = sampler.stop();
  if (code !== 0) throw new Error(`${args.join(' ')} failed:\n${stdout}\n${stderr}`);
  const line = stdout.trim().split('\n').filter((l) => l.startsWith('{')).pop();
  if (!line) throw new Error(`${args.join(' ')} printed no summary:\n${stdout}`);
  const summary = JSON.parse(line) as { milliseconds: number; pages: number; steps?: Record<string, number>; startedAt?: number; stepTimes?: { name: string; startMs: number; endMs: number }[] };
  const windows = (summary.stepTimes ?? []).map((step) => ({ name: step.name, startMs: (summary.startedAt ?? 0) + step.startMs, endMs: (summary.startedAt ?? 0) + step.endMs }));
  const memory = peaks(samples, windows);
  return { milliseconds: summary.milliseconds, pages: summary.pages, ...(summary.steps ? { steps: summary.steps } : {}), peakBytes: memory.overall, stepPeakBytes: memory.byWindow };
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
  const fresh: BuildRun[] = [];
  const rebuild: BuildRun[] = [];
  const baseline: BuildRun[] = [];
  const outDir = path.join(WORK, `site-${n}`);
  const runs = runsFor(n);
  const build = () => node(['src/cli/build.ts', '--out', outDir, '--json'], { DMSPOT_SITE_ROOT: corpus });
  for (let run = 0; run < runs; run++) {
    // Alternate, so drift on a noisy machine hits all three alike.
    rmSync(path.join(WORK, `base-${n}`), { recursive: true, force: true });
    baseline.push(await node(['bench/baseline.ts', corpus, path.join(WORK, `base-${n}`)]));
    // A fresh clone: nothing cached (pictures, previews), no earlier output.
    rmSync(path.join(corpus, '.cache'), { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
    fresh.push(await build());
    // The next build: the same content with what the first one cached.
    rebuild.push(await build());
  }
  const steps: Record<string, number> = {};
  for (const name of Object.keys(fresh[0]?.steps ?? {})) steps[name] = median(fresh.map((r) => r.steps?.[name] ?? 0));
  const rebuildSteps: Record<string, number> = {};
  for (const name of Object.keys(rebuild[0]?.steps ?? {})) rebuildSteps[name] = median(rebuild.map((r) => r.steps?.[name] ?? 0));
  const freshMs = median(fresh.map((r) => r.milliseconds));
  const rebuildMs = median(rebuild.map((r) => r.milliseconds));
  const baseMs = median(baseline.map((r) => r.milliseconds));
  const weights: Record<string, ReturnType<typeof pageWeight>> = {
    home: pageWeight(outDir, '/sr/'),
    article: pageWeight(outDir, firstUrl(outDir, '/sr/clanci/') ?? '/sr/clanci/'),
    listing: pageWeight(outDir, '/sr/clanci/'),
    'library item': pageWeight(outDir, firstUrl(outDir, '/sr/ebiblioteka/') ?? '/sr/ebiblioteka/'),
    search: pageWeight(outDir, '/sr/pretraga/'),
  };
  console.log(`N=${n}: fresh clone ${seconds(freshMs)} (${(freshMs / baseMs).toFixed(2)}×), rebuild ${seconds(rebuildMs)} (${(rebuildMs / baseMs).toFixed(2)}×), baseline ${seconds(baseMs)} (${runs} run${runs === 1 ? '' : 's'})`);
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
  const peakOf = (list: BuildRun[]) => Math.max(...list.map((r) => r.peakBytes)) / 1e6;
  report.push({
    articles: generated.articles,
    pages: fresh[0]?.pages,
    runs,
    freshMs,
    freshRunsMs: fresh.map((r) => r.milliseconds),
    rebuildMs,
    rebuildRunsMs: rebuild.map((r) => r.milliseconds),
    baselineMs: baseMs,
    baselineRunsMs: baseline.map((r) => r.milliseconds),
    freshRatio: freshMs / baseMs,
    rebuildRatio: rebuildMs / baseMs,
    // The build's process tree (Pagefind's service included), sampled from outside.
    peakRssMB: Math.max(peakOf(fresh), peakOf(rebuild)),
    baselinePeakRssMB: peakOf(baseline),
    stepsMs: steps,
    rebuildStepsMs: rebuildSteps,
    stepPeakRssMB: Object.fromEntries(Object.keys(fresh[0]?.stepPeakBytes ?? {}).map((k) => [k, Math.max(...[...fresh, ...rebuild].map((r) => r.stepPeakBytes[k] ?? 0)) / 1e6])),
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
  freshMs: number;
  rebuildMs: number;
  baselineMs: number;
  freshRatio: number;
  rebuildRatio: number;
  peakRssMB: number;
  stepPeakRssMB: Record<string, number>;
  stepsMs: Record<string, number>;
  rebuildStepsMs: Record<string, number>;
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
  budgets.push(['N=4,000: first build of a fresh clone ≤ 8× baseline', at4k.freshRatio <= 8]);
  budgets.push(['N=4,000: rebuild ≤ 5× baseline', at4k.rebuildRatio <= 5]);
  if (at4k.firstQuery) budgets.push(['N=4,000: first query ≤ 150 KB fetched (every edition)', at4k.firstQuery.maxBytes <= 150_000]);
  if (at4k.incremental) budgets.push(['N=4,000: an edited article rebuilt and reloaded in the browser < 1 s (dev server)', at4k.incremental.medianShownMs < 1000]);
}
if (at4k && at10k) {
  budgets.push(['N=10,000: ≤ 2.6× the time of N=4,000 (fresh clone and rebuild)', at10k.freshMs <= 2.6 * at4k.freshMs && at10k.rebuildMs <= 2.6 * at4k.rebuildMs]);
  budgets.push(['N=10,000: peak RSS ≤ 2.5 GB (with Pagefind\'s process)', at10k.peakRssMB <= 2500]);
}
const last = rows[rows.length - 1];
if (last) {
  const w = last.pageWeights;
  budgets.push(['article ≤ 14 KB compressed, 0 B JavaScript', !!w.article && w.article.compressed <= 14_000 && w.article.js === 0]);
  budgets.push(['home and listing ≤ 20 KB compressed', !!w.home && !!w.listing && w.home.compressed <= 20_000 && w.listing.compressed <= 20_000]);
  budgets.push(['search page ≤ 60 KB compressed before typing', !!w.search && w.search.compressed <= 60_000]);
}
if (lighthouse) {
  // A verdict is only as good as the machine: say what a blank page scores on it.
  const floor = lighthouse.control?.performance;
  const remarks = [
    ...(floor != null && floor < 100 ? [`a blank control page scores ${floor} for performance on this machine`] : []),
    ...(lighthouse.withoutOpenerPolicy?.allHundred ? [`without the ${OPENER_POLICY} header every page scores 100`] : []),
  ];
  const machine = remarks.length ? ` (${remarks.join('; ')})` : '';
  budgets.push([`Lighthouse 100 in all four categories on every page measured (N=${last?.articles})${machine}`, lighthouse.allHundred]);
} else if (lighthouseError) budgets.push([`Lighthouse 100 in all four categories (could not run: ${lighthouseError.split('\n')[0]})`, false]);

const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;
const queried = rows.filter((r) => r.firstQuery);
const incremental = rows.filter((r) => r.incremental);
const totalMs = performance.now() - benchStarted;
const table = [
  '| articles | pages | fresh clone | rebuild | baseline | fresh ÷ base | rebuild ÷ base | peak RSS (by step) | steps, fresh clone | steps, rebuild | output | search index |',
  '|---:|---:|---:|---:|---:|---:|---:|---|---|---|---:|---:|',
  ...rows.map(
    (r) =>
      `| ${r.articles} | ${r.pages} | ${seconds(r.freshMs)} | ${seconds(r.rebuildMs)} | ${seconds(r.baselineMs)} | ${r.freshRatio.toFixed(2)}× | ${r.rebuildRatio.toFixed(2)}× | ${r.peakRssMB.toFixed(0)} MB (${Object.entries(r.stepPeakRssMB).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ')}) | ${Object.entries(r.stepsMs).map(([k, v]) => `${k} ${seconds(v)}`).join(', ')} | ${Object.entries(r.rebuildStepsMs).map(([k, v]) => `${k} ${seconds(v)}`).join(', ')} | ${r.outputMB.toFixed(1)} MB | ${r.searchIndexMB.toFixed(1)} MB |`,
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
