import { readdirSync, readFileSync } from 'node:fs';

/**
 * Peak memory of each phase of a build, for the benchmark: the resident set of this process
 * (worker threads included) plus that of its child processes (Pagefind's service), sampled a few
 * times a second. `process.resourceUsage().maxRSS` alone misses the children and says nothing
 * about which phase peaked.
 */
export class MemorySampler {
  private readonly peaks = new Map<string, number>();
  private phase = '';
  private timer?: NodeJS.Timeout;

  constructor(private readonly intervalMs = 100) {}

  start(phase: string): this {
    this.phase = phase;
    this.sample();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
    return this;
  }

  /** The phase that later samples are counted against (sampled once on entry and on leaving). */
  enter(phase: string): void {
    this.sample();
    this.phase = phase;
    this.sample();
  }

  /** Peak bytes per phase, in the order the phases began. */
  stop(): Record<string, number> {
    this.sample();
    if (this.timer) clearInterval(this.timer);
    return Object.fromEntries(this.peaks);
  }

  private sample(): void {
    const bytes = process.memoryUsage.rss() + childrenRss(process.pid);
    this.peaks.set(this.phase, Math.max(this.peaks.get(this.phase) ?? 0, bytes));
  }
}

const PAGE_SIZE = 4096;

/** Resident bytes of every descendant process of `pid` (Linux `/proc`; 0 elsewhere). */
export function childrenRss(pid: number): number {
  let total = 0;
  for (const child of childPids(pid)) {
    try {
      const resident = Number(readFileSync(`/proc/${child}/statm`, 'utf8').split(' ')[1]);
      if (Number.isFinite(resident)) total += resident * PAGE_SIZE;
    } catch {
      // The child ended between listing and reading.
    }
    total += childrenRss(child);
  }
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
