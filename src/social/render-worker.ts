/**
 * A worker thread that renders previews into the cache while the main thread goes on building
 * pages. It gets its cards in `workerData`, answers `{ done }` or, at the first failure,
 * `{ failed, message }`, and then ends.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { renderIntoCache, type CacheItem } from './card-cache';

/** What the worker is given. */
export interface RenderWorkerData {
  readonly items: readonly CacheItem[];
  readonly cacheDir: string;
}

/** What the worker answers. */
export type RenderWorkerReply = { readonly done: number } | { readonly failed: string; readonly message: string };

const { items, cacheDir } = workerData as RenderWorkerData;
let reply: RenderWorkerReply = { done: items.length };
for (const item of items) {
  try {
    renderIntoCache(item, cacheDir);
  } catch (error) {
    reply = { failed: item.key, message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    break;
  }
}
parentPort?.postMessage(reply);
