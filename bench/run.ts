import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from '../src/config/paths';
import { generateCorpus } from './corpus';

/**
 * `npm run bench` (full: N = 1,000 / 4,000 / 10,000, three alternated runs each) and
 * `npm run bench -- --quick` (N = 500, one run): the production build against a bare-Eleventy
 * baseline on the same generated corpus, written to tmpfs; medians, ratios and budgets.
 */
const { values } = parseArgs({ options: { quick: { type: 'boolean' }, sizes: { type: 'string' }, runs: { type: 'string' } } });
const quick = values.quick === true;
const sizes = values.sizes ? values.sizes.split(',').map(Number) : quick ? [500] : [1000, 4000, 10000];
const runs = Number(values.runs ?? (quick ? 1 : 3));
const WORK = existsSync('/dev/shm') ? '/dev/shm/dmspot-bench' : path.join(REPO_ROOT, 'bench/.work');

interface BuildRun {
  milliseconds: number;
  maxRssBytes: number;
  pages: number;
  steps?: Record<string, number>;
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
mkdirSync(WORK, { recursive: true });
for (const n of sizes) {
  const corpus = path.join(WORK, `corpus-${n}`);
  const generated = generateCorpus({ articles: n, dir: corpus });
  const production: BuildRun[] = [];
  const baseline: BuildRun[] = [];
  const outDir = path.join(WORK, `site-${n}`);
  for (let run = 0; run < runs; run++) {
    // Alternate, so drift on a noisy machine hits both sides alike.
    rmSync(path.join(WORK, `base-${n}`), { recursive: true, force: true });
    baseline.push(node(['bench/baseline.ts', corpus, path.join(WORK, `base-${n}`)]));
    production.push(node(['src/cli/build.ts', '--out', outDir, '--json'], { DMSPOT_SITE_ROOT: corpus }));
  }
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
  report.push({
    articles: generated.articles,
    pages: production[0]?.pages,
    productionMs: prodMs,
    baselineMs: baseMs,
    ratio: prodMs / baseMs,
    productionPeakRssMB: Math.max(...production.map((r) => r.maxRssBytes)) / 1e6,
    baselinePeakRssMB: Math.max(...baseline.map((r) => r.maxRssBytes)) / 1e6,
    stepsMs: steps,
    outputMB: folderBytes(outDir) / 1e6,
    searchIndexMB: folderBytes(path.join(outDir, 'pagefind')) / 1e6,
    pageWeights: weights,
  });
  console.log(`N=${n}: production ${(prodMs / 1000).toFixed(1)} s, baseline ${(baseMs / 1000).toFixed(1)} s, ratio ${(prodMs / baseMs).toFixed(2)}×`);
}

type Weight = { html: number; css: number; js: number; compressed: number };
type Row = (typeof report)[number] & { articles: number; productionMs: number; ratio: number; productionPeakRssMB: number; pageWeights: Record<string, Weight | undefined> };
const rows = report as Row[];
const budgets: [string, boolean | undefined][] = [];
const at4k = rows.find((r) => r.articles === 4000);
const at10k = rows.find((r) => r.articles === 10000);
if (at4k) {
  budgets.push(['N=4,000: production ≤ 4× baseline', at4k.ratio <= 4]);
  budgets.push(['N=4,000: peak RSS ≤ 2.5 GB', at4k.productionPeakRssMB <= 2500]);
}
if (at4k && at10k) budgets.push(['N=10,000 ≤ 2.7× the time and memory of N=4,000', at10k.productionMs <= 2.7 * at4k.productionMs && at10k.productionPeakRssMB <= 2.7 * at4k.productionPeakRssMB]);
const last = rows[rows.length - 1];
if (last) {
  const w = last.pageWeights;
  budgets.push(['article ≤ 14 KB compressed, 0 B JavaScript', !!w.article && w.article.compressed <= 14_000 && w.article.js === 0]);
  budgets.push(['home and listing ≤ 20 KB compressed', !!w.home && !!w.listing && w.home.compressed <= 20_000 && w.listing.compressed <= 20_000]);
  budgets.push(['search page ≤ 60 KB compressed before typing', !!w.search && w.search.compressed <= 60_000]);
}

const table = [
  '| articles | pages | production | baseline | ratio | peak RSS | steps | output | search index |',
  '|---:|---:|---:|---:|---:|---:|---|---:|---:|',
  ...rows.map((r) => `| ${r.articles} | ${r.pages} | ${(r.productionMs / 1000).toFixed(1)} s | ${((r.baselineMs as number) / 1000).toFixed(1)} s | ${r.ratio.toFixed(2)}× | ${r.productionPeakRssMB.toFixed(0)} MB | ${Object.entries(r.stepsMs as Record<string, number>).map(([k, v]) => `${k} ${(v / 1000).toFixed(1)} s`).join(', ')} | ${(r.outputMB as number).toFixed(1)} MB | ${(r.searchIndexMB as number).toFixed(1)} MB |`),
  '',
  '| page (largest N) | HTML | CSS | JS | compressed total |',
  '|---|---:|---:|---:|---:|',
  ...Object.entries(last?.pageWeights ?? {}).map(([name, w]) => (w ? `| ${name} | ${w.html} B | ${w.css} B | ${w.js} B | ${w.compressed} B |` : `| ${name} | – | – | – | – |`)),
  '',
  ...budgets.map(([name, met]) => `- ${met ? 'met' : 'MISSED'}: ${name}`),
].join('\n');
console.log(`\n${table}`);
const resultsDir = path.join(REPO_ROOT, 'bench/results');
mkdirSync(resultsDir, { recursive: true });
const stamp = new Date().toISOString().slice(0, 10);
const name = quick ? `${stamp}-quick` : stamp;
writeFileSync(path.join(resultsDir, `${name}.json`), `${JSON.stringify({ date: new Date().toISOString(), quick, runs, results: report, budgets }, null, 2)}\n`);
writeFileSync(path.join(resultsDir, `${name}.md`), `# Benchmark ${stamp}${quick ? ' (quick)' : ''}\n\n${table}\n`);
