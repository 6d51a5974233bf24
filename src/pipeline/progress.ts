/** A step of the build as it ran: name, times from the build's start, and what it counted. */
export interface StepRecord {
  readonly name: string;
  readonly startMs: number;
  readonly endMs: number;
  readonly count?: number;
}

/** A step in progress: count what it did, say how much there is, end it. */
export interface StepHandle {
  /** One more done (a page written). */
  tick(): void;
  /** How many there are in all, once known. */
  setTotal(total: number): void;
  done(): void;
}

const REDRAW_MS = 100;

/**
 * The build's steps, in order, with their times. On a terminal, the running step is one line that
 * updates in place (step, done of total, seconds so far) and each finished step stays as a line of
 * its own; elsewhere (CI, a pipe) nothing is printed while the build runs, and the CLI prints the
 * summary at the end.
 */
export class BuildProgress {
  private readonly started = performance.now();
  private readonly records: StepRecord[] = [];
  private readonly running = new Set<{ name: string; start: number; done: number; total?: number }>();
  private lastDraw = 0;

  /** `out`: a terminal to draw on, or undefined for no live output. */
  constructor(private readonly out?: NodeJS.WriteStream) {}

  private now(): number {
    return performance.now() - this.started;
  }

  /** Starts a step; steps may overlap (previews are drawn while pages render). */
  start(name: string, total?: number): StepHandle {
    const step: { name: string; start: number; done: number; total?: number } = { name, start: this.now(), done: 0, ...(total === undefined ? {} : { total }) };
    this.running.add(step);
    this.draw(true);
    let ended = false;
    return {
      tick: () => {
        step.done++;
        this.draw(false);
      },
      setTotal: (count) => {
        step.total = count;
        this.draw(true);
      },
      done: () => {
        if (ended) return;
        ended = true;
        this.running.delete(step);
        const end = this.now();
        this.records.push({ name, startMs: step.start, endMs: end, ...(step.done ? { count: step.done } : {}) });
        this.line(`${name}${step.done ? ` ${step.done}${step.total ? ` of ${step.total}` : ''}` : ''}: ${seconds(end - step.start)}`);
      },
    };
  }

  /** Runs `work` as the step `name`. */
  async run<T>(name: string, work: (step: StepHandle) => Promise<T>): Promise<T> {
    const step = this.start(name);
    try {
      return await work(step);
    } finally {
      step.done();
    }
  }

  /** Every finished step, in the order they finished. */
  steps(): readonly StepRecord[] {
    return this.records;
  }

  private line(text: string): void {
    if (!this.out) return;
    this.out.write(`\r\x1b[2K  ${text}\n`);
    this.draw(true);
  }

  private draw(force: boolean): void {
    if (!this.out) return;
    const now = this.now();
    if (!force && now - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = now;
    const live = [...this.running].map((step) => `${step.name}${step.done ? ` ${step.done}${step.total ? `/${step.total}` : ''}` : ''} ${seconds(now - step.start)}`);
    this.out.write(`\r\x1b[2K${live.length ? `… ${live.join(' · ')}` : ''}`);
  }
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
