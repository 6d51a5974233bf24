import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../test/helpers/browser';
import { freePort } from '../test/helpers/free-port';
import { copyRepository } from '../test/helpers/repo-copy';

/**
 * The incremental rebuild: `npm start` (Eleventy's dev server, `--incremental`) on a generated
 * corpus, then one Serbian article edited at a time, with the article open in Chromium; measured
 * from the write until the open page shows the new text (reloaded by the dev server), until both
 * the page and its Cyrillic twin hold it on disk, and until Eleventy's own rebuild, which brings
 * listings, feeds and neighbours up to date, has written its files (and how many).
 *
 * Eleventy's incremental mode needs the content inside its working directory (a DMSPOT_SITE_ROOT
 * elsewhere makes every change a full rebuild), so the server runs in a copy of the repository on
 * tmpfs — the tracked and untracked (not ignored) files, `node_modules` linked — with the corpus's
 * `content/` and `_data/` in place of the repository's.
 *
 * `npx tsx bench/incremental.ts <corpus folder> [edits]` prints the JSON.
 */

export interface IncrementalEdit {
  readonly article: string;
  /** From the write until the page open in Chromium shows the new text (the budget). */
  readonly shownMilliseconds: number;
  /** From the write until /sr/… and /sr-cyrl/… on disk hold the new text. */
  readonly milliseconds: number;
  /** From the write until Eleventy's rebuild said "Wrote N files" (the whole site up to date). */
  readonly rebuiltMilliseconds: number | null;
  /** Until the /sr/… page alone holds it. */
  readonly latinMilliseconds: number;
  /** What Eleventy's log says for that rebuild ("Wrote N files"), if it said. */
  readonly filesWritten: number | null;
  /** Output files (search index aside) modified by the rebuild, by their first two path segments. */
  readonly modifiedBySection: Record<string, number>;
  readonly log: string;
}

export interface IncrementalReport {
  /** First build of the dev server, from start until Eleventy's "Wrote N files". */
  readonly startupMs: number;
  readonly startupFilesWritten: number | null;
  readonly edits: IncrementalEdit[];
  /** Median of {@link IncrementalEdit.shownMilliseconds}. */
  readonly medianShownMs: number;
  readonly medianMs: number;
  readonly medianRebuiltMs: number | null;
  readonly medianFilesWritten: number | null;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A copy of the repository with the corpus as its content; returns its folder. */
export function prepareCopy(corpus: string, dir: string): string {
  return copyRepository(corpus, dir);
}

/** Files under `outDir` (not `pagefind/`) modified since `since`, counted by their first two path segments. */
function modifiedSince(outDir: string, since: number): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const relative = path.relative(outDir, file);
    if (relative.startsWith('pagefind/') || statSync(file).mtimeMs < since) continue;
    const parts = relative.split(path.sep);
    const key = parts.length > 2 ? `${parts[0]}/${parts[1]}/` : relative;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return Object.fromEntries(Object.entries(counts).sort((a, b) => b[1] - a[1]));
}

/** CPU time (clock ticks) of every process in the group `pgid`. */
function groupCpuTicks(pgid: number): number {
  let total = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) !== pgid) continue;
      total += Number(fields[11]) + Number(fields[12]);
    } catch {
      // gone meanwhile
    }
  }
  return total;
}

/** Waits until the server's processes have used no CPU for `quietMs` (background indexing done). */
async function waitForIdle(pgid: number, quietMs = 1500, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = groupCpuTicks(pgid);
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    await sleep(250);
    const now = groupCpuTicks(pgid);
    // A tick is 10 ms; allow the idle server a tick or two of housekeeping per interval.
    if (now - last > 2) quietSince = Date.now();
    last = now;
    if (Date.now() - quietSince >= quietMs) return;
  }
}

export async function measureIncremental(corpus: string, options: { edits?: number; workDir?: string } = {}): Promise<IncrementalReport> {
  const copy = prepareCopy(corpus, options.workDir ?? `${path.resolve(corpus)}-dev`);
  const port = await freePort();
  const env = { ...process.env };
  delete env.DMSPOT_SITE_ROOT;
  let log = '';
  const started = Date.now();
  const server: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'node_modules/@11ty/eleventy/cmd.cjs', '--config=eleventy.config.ts', '--serve', '--incremental', '--port', String(port)], {
    cwd: copy,
    env,
    detached: true, // its own process group, so it can be ended whole
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString('utf8')));
  let exited = false;
  server.on('exit', () => (exited = true));
  const pgid = server.pid as number;
  const waitForLog = async (from: number, pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray> => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = pattern.exec(log.slice(from));
      if (match) return match;
      if (exited) throw new Error(`the dev server exited:\n${log.slice(-4000)}`);
      if (Date.now() > deadline) throw new Error(`no ${pattern} from the dev server within ${timeoutMs / 1000} s:\n${log.slice(-4000)}`);
      await sleep(20);
    }
  };
  try {
    const first = await waitForLog(0, /Wrote (\d+) files?/, 600_000);
    const startupMs = Date.now() - started;
    const startupFilesWritten = Number(first[1]);
    await waitForIdle(pgid);
    const browser = await launchBrowser(`http://localhost:${port}`);
    const articles = readdirSync(path.join(copy, 'content/sr/articles')).filter((f) => f.endsWith('.md')).sort();
    const edits: IncrementalEdit[] = [];
    const count = options.edits ?? 3;
    for (let i = 0; i < count; i++) {
      const file = articles[Math.floor(((i + 0.5) * articles.length) / count)] as string;
      const slug = file.replace(/\.md$/, '');
      const latin = path.join(copy, '_site/sr/clanci', slug, 'index.html');
      const cyrillic = path.join(copy, '_site/sr-cyrl/clanci', slug, 'index.html');
      if (!existsSync(latin) || !existsSync(cyrillic)) throw new Error(`no built page for ${file} (${latin}); the dev server said:\n${log.slice(-4000)}`);
      // Digits read the same in both scripts: the marker is found in the Cyrillic twin too.
      const marker = `${Date.now()}${i}`;
      const { page } = await browser.open();
      await page.goto(`http://localhost:${port}/sr/clanci/${slug}/`);
      // Connected to the dev server's reload socket before the edit.
      await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => entry.name.includes('reload-client')), undefined, { timeout: 10_000 }).catch(() => undefined);
      await sleep(300);
      const logFrom = log.length;
      const written = Date.now();
      const shown = page
        .waitForFunction((text) => document.body.textContent?.includes(text) ?? false, marker, { timeout: 120_000, polling: 5 })
        .then(() => Date.now() - written);
      appendFileSync(path.join(copy, 'content/sr/articles', file), `\nDopuna članka, izmjena broj ${marker}.\n`);
      const rebuilt = waitForLog(logFrom, /Wrote (\d+) files?/, 60_000).then(
        (match) => ({ match, ms: Date.now() - written }),
        () => null,
      );
      let latinMs = 0;
      for (;;) {
        const elapsed = Date.now() - written;
        if (!latinMs && readFileSync(latin, 'utf8').includes(marker)) latinMs = elapsed;
        if (latinMs && readFileSync(cyrillic, 'utf8').includes(marker)) break;
        if (exited) throw new Error(`the dev server exited:\n${log.slice(-4000)}`);
        if (elapsed > 120_000) throw new Error(`the edit of ${file} did not reach the output in 120 s:\n${log.slice(logFrom).slice(-4000)}`);
        await sleep(5);
      }
      const milliseconds = Date.now() - written;
      const shownMilliseconds = await shown;
      const rebuild = await rebuilt;
      const wrote = rebuild?.match ?? null;
      const rebuiltMilliseconds = rebuild?.ms ?? null;
      await page.close();
      // The Cyrillic twins are written after Eleventy's own files: let them land, then look.
      await sleep(1000);
      const modifiedBySection = modifiedSince(path.join(copy, '_site'), written - 5);
      // Before the next edit, the background re-index of the search has to finish.
      if (i < count - 1) await waitForIdle(pgid);
      edits.push({ article: `sr/articles/${file}`, shownMilliseconds, milliseconds, rebuiltMilliseconds, latinMilliseconds: latinMs, filesWritten: wrote ? Number(wrote[1]) : null, modifiedBySection, log: log.slice(logFrom).trim().slice(0, 2000) });
    }
    await browser.close();
    const files = edits.map((e) => e.filesWritten).filter((n): n is number => n !== null);
    const rebuilt = edits.map((e) => e.rebuiltMilliseconds).filter((n): n is number => n !== null);
    return {
      startupMs,
      startupFilesWritten,
      edits,
      medianShownMs: median(edits.map((e) => e.shownMilliseconds)),
      medianMs: median(edits.map((e) => e.milliseconds)),
      medianRebuiltMs: rebuilt.length ? median(rebuilt) : null,
      medianFilesWritten: files.length ? median(files) : null,
    };
  } finally {
    try {
      process.kill(-pgid, 'SIGTERM');
    } catch {
      // already gone
    }
    const deadline = Date.now() + 5000;
    while (!exited && Date.now() < deadline) await sleep(50);
    try {
      if (!exited) process.kill(-pgid, 'SIGKILL');
    } catch {
      // already gone
    }
    rmSync(copy, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const corpus = process.argv[2];
  if (!corpus) throw new Error('usage: incremental.ts <corpus folder> [edits]');
  const report = await measureIncremental(corpus, { edits: Number(process.argv[3] ?? 3) });
  console.log(JSON.stringify(report, null, 2));
}
