import { Worker } from 'node:worker_threads';
import type { EditionReply, EditionRequest } from './edition-worker';
import type { EditionOptions } from './page-rewriter';
import type { SerbianPage } from './serbian-page';

const WORKER_ENTRY = new URL('./edition-worker.mjs', import.meta.url);

/**
 * The editions pass of a build on a second thread (`edition-worker.ts`): while it reads one
 * Serbian page, Eleventy renders the next on the main thread, so the pass runs beside the render
 * instead of after each page. Starting the thread costs about half a second, so the editions
 * plugin starts one only for a site with many Serbian pages.
 */
export class EditionThread {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve: (page: SerbianPage) => void; reject: (error: Error) => void }>();
  private lastId = 0;
  private failure: Error | undefined;

  constructor(options: EditionOptions) {
    this.worker = new Worker(WORKER_ENTRY, { workerData: options });
    // Idle, it keeps no process alive (a build that failed before closing it still ends); with a
    // page in it, it does.
    this.worker.unref();
    this.worker.on('message', (reply: EditionReply) => {
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (this.pending.size === 0) this.worker.unref();
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.page);
    });
    const fail = (error: Error) => {
      this.failure ??= error;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    this.worker.on('error', (error) => fail(new Error(`The editions thread failed: ${error.message}`, { cause: error })));
    this.worker.on('exit', (code) => fail(new Error(`The editions thread stopped (exit code ${code})`)));
  }

  /** Both editions of a rendered `/sr/` page, and its search copy when `search`. */
  editions(html: string, search: boolean): Promise<SerbianPage> {
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      const id = ++this.lastId;
      if (this.pending.size === 0) this.worker.ref();
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, html, search } satisfies EditionRequest);
    });
  }

  /** Ends the thread (pages still waiting are refused). */
  async close(): Promise<void> {
    this.failure ??= new Error('The editions thread was closed');
    await this.worker.terminate();
  }
}
