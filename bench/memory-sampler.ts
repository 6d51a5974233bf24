import { readdirSync, readFileSync } from 'node:fs';

/**
 * Memory of a build as the benchmark measures it, from outside the build: the resident set of a
 * process and all its descendants (Pagefind's service among them), sampled a few times a second.
 * `process.resourceUsage().maxRSS` of the build alone misses the children and says nothing about
 * which step peaked; the build itself carries no instrumentation.
 */
export class TreeSampler {
  private readonly samples: { atMs: number; bytes: number }[] = [];
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly pid: number,
    private readonly intervalMs = 100,
  ) {}

  start(): this {
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
    return this;
  }

  /** Every sample: when (epoch ms) and how many bytes the tree held. */
  stop(): readonly { atMs: number; bytes: number }[] {
    if (this.timer) clearInterval(this.timer);
    return this.samples;
  }

  private sample(): void {
    const bytes = treeRss(this.pid);
    if (bytes > 0) this.samples.push({ atMs: Date.now(), bytes });
  }
}

/** The highest sample, overall and within each `[startMs, endMs)` window (epoch ms) by name. */
export function peaks(samples: readonly { atMs: number; bytes: number }[], windows: readonly { name: string; startMs: number; endMs: number }[]): { overall: number; byWindow: Record<string, number> } {
  const byWindow: Record<string, number> = {};
  let overall = 0;
  for (const sample of samples) {
    overall = Math.max(overall, sample.bytes);
    for (const window of windows) {
      if (sample.atMs >= window.startMs && sample.atMs < window.endMs) byWindow[window.name] = Math.max(byWindow[window.name] ?? 0, sample.bytes);
    }
  }
  return { overall, byWindow };
}

const PAGE_SIZE = 4096;

/** Resident bytes of `pid` and every descendant (Linux `/proc`; 0 elsewhere). */
export function treeRss(pid: number): number {
  let total = 0;
  try {
    const resident = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]);
    if (Number.isFinite(resident)) total += resident * PAGE_SIZE;
  } catch {
    return 0;
  }
  for (const child of childPids(pid)) total += treeRss(child);
  return total;
}

function childPids(pid: number): number[] {
  const pids: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const children = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (children) pids.push(...children.split(/\s+/).map(Number));
    }
  } catch {
    // No /proc (not Linux), or the process ended.
  }
  return pids;
}
