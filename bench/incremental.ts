import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { REPO_ROOT } from '../src/config/paths';

/**
 * The incremental rebuild: `npm start` (Eleventy's dev server, `--incremental`) on a generated
 * corpus, then one Serbian article edited at a time; measured from the write until both the
 * rebuilt page and its Cyrillic twin hold the new text on disk, with the number of files Eleventy
 * says it wrote.
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
  /** From the write until /sr/… and /sr-cyrl/… on disk hold the new text. */
  readonly milliseconds: number;
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
  readonly medianMs: number;
  readonly medianFilesWritten: number | null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A copy of the repository with the corpus as its content; returns its folder. */
export function prepareCopy(corpus: string, dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO_ROOT, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  for (const file of listed.stdout.split('\0')) {
    if (!file || /^(content|_data|bench\/results)\//.test(file)) continue;
    const from = path.join(REPO_ROOT, file);
    if (!existsSync(from) || !statSync(from).isFile()) continue;
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    cpSync(from, path.join(dir, file));
  }
  symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  cpSync(path.join(corpus, 'content'), path.join(dir, 'content'), { recursive: true });
  cpSync(path.join(corpus, '_data'), path.join(dir, '_data'), { recursive: true });
  return dir;
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
      const logFrom = log.length;
      const written = Date.now();
      appendFileSync(path.join(copy, 'content/sr/articles', file), `\nDopuna članka, izmjena broj ${marker}.\n`);
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
      const wrote = await waitForLog(logFrom, /Wrote (\d+) files?/, 30_000).catch(() => null);
      // The Cyrillic twins are written after Eleventy's own files: let them land, then look.
      await sleep(1000);
      const modifiedBySection = modifiedSince(path.join(copy, '_site'), written - 5);
      // Before the next edit, the background re-index of the search has to finish.
      if (i < count - 1) await waitForIdle(pgid);
      edits.push({ article: `sr/articles/${file}`, milliseconds, latinMilliseconds: latinMs, filesWritten: wrote ? Number(wrote[1]) : null, modifiedBySection, log: log.slice(logFrom).trim().slice(0, 2000) });
    }
    const files = edits.map((e) => e.filesWritten).filter((n): n is number => n !== null);
    return { startupMs, startupFilesWritten, edits, medianMs: median(edits.map((e) => e.milliseconds)), medianFilesWritten: files.length ? median(files) : null };
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
