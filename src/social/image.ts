/**
 * Preview images for social networks (`og.png`), made at build time without any network: each
 * card laid out once (layout.ts), drawn from DejaVu Sans glyphs that resvg rasterised once
 * (raster.ts), or by resvg whole when the text needs it. A rendered image is cached on disk by
 * a hash of everything that makes it, so a rebuild renders only new or changed cards.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { cacheFileOf, cardKey, renderIntoCache, type CacheItem } from './card-cache';
import type { SocialCard } from './layout';
import type { RenderWorkerData, RenderWorkerReply } from './render-worker';

export type { SocialCard } from './layout';
export { renderSocialCard } from './raster';
export { socialCardSvg } from './svg';
export { wrapLines } from './wrap';

/** A preview to write: the card and the output file. */
export interface SocialImageJob {
  readonly file: string;
  readonly card: SocialCard;
}

/** How to render. */
export interface SocialImageOptions {
  /**
   * Worker threads to render in beside the calling thread; 0 renders on it. By default one per
   * core but one (at least one, at most four) when there are enough cards for a worker to pay
   * for its start (about half a second of CPU), else none.
   */
  readonly workers?: number;
}

/** Cards a worker must get for starting it to pay off. */
const CARDS_PER_WORKER = 300;
const WORKER_ENTRY = new URL('./render-worker.mjs', import.meta.url);

/**
 * Writes every job's PNG, rendering only what the cache does not hold, and each distinct card
 * once however many jobs show it. `rendered` and `cached` count distinct cards.
 */
export async function writeSocialImages(jobs: readonly SocialImageJob[], cacheDir: string, options: SocialImageOptions = {}): Promise<{ rendered: number; cached: number }> {
  await mkdir(cacheDir, { recursive: true });
  const byKey = new Map<string, { card: SocialCard; files: string[] }>();
  for (const job of jobs) {
    const key = cardKey(job.card);
    const entry = byKey.get(key);
    if (entry) entry.files.push(job.file);
    else byKey.set(key, { card: job.card, files: [job.file] });
  }
  const missing: CacheItem[] = [];
  for (const [key, { card }] of byKey) if (!existsSync(cacheFileOf(cacheDir, key))) missing.push({ key, card });

  const describe = (key: string) => {
    const entry = byKey.get(key);
    return entry ? `${entry.files[0]} (title ${JSON.stringify(String(entry.card.title).slice(0, 80))})` : key;
  };
  const workers = options.workers ?? Math.min(Math.max(1, availableParallelism() - 1), 4, Math.floor(missing.length / CARDS_PER_WORKER));
  if (workers > 0 && missing.length > 0) await renderInWorkers(missing, cacheDir, workers, describe);
  else await renderHere(missing, cacheDir, describe);

  await Promise.all([...new Set(jobs.map((job) => path.dirname(job.file)))].map((dir) => mkdir(dir, { recursive: true })));
  await Promise.all([...byKey].flatMap(([key, { files }]) => files.map((file) => copyFile(cacheFileOf(cacheDir, key), file))));
  return { rendered: missing.length, cached: byKey.size - missing.length };
}

/** Renders on this thread, giving the event loop a turn every few cards. */
async function renderHere(items: readonly CacheItem[], cacheDir: string, describe: (key: string) => string): Promise<void> {
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as CacheItem;
    try {
      renderIntoCache(item, cacheDir);
    } catch (error) {
      throw new Error(`The social preview ${describe(item.key)} could not be rendered: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    if (i % 16 === 15) await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Splits the cards between worker threads; rejects at the first failure, and always ends them. */
async function renderInWorkers(items: readonly CacheItem[], cacheDir: string, count: number, describe: (key: string) => string): Promise<void> {
  const shares: CacheItem[][] = Array.from({ length: Math.min(count, items.length) }, () => []);
  items.forEach((item, i) => shares[i % shares.length]?.push(item));
  const started: Worker[] = [];
  try {
    await Promise.all(
      shares.map(
        (share) =>
          new Promise<void>((resolve, reject) => {
            const data: RenderWorkerData = { items: share, cacheDir };
            const worker = new Worker(WORKER_ENTRY, { workerData: data });
            started.push(worker);
            let answered = false;
            worker.once('message', (reply: RenderWorkerReply) => {
              answered = true;
              if ('done' in reply) resolve();
              else reject(new Error(`The social preview ${describe(reply.failed)} could not be rendered: ${reply.message}`));
            });
            worker.once('error', (error) => reject(new Error(`The social preview worker failed (writeSocialImages with { workers: 0 } renders without one): ${error.message}`, { cause: error })));
            worker.once('exit', (code) => {
              if (!answered) reject(new Error(`The social preview worker stopped (exit code ${code}) before it finished`));
            });
          }),
      ),
    );
  } finally {
    await Promise.all(started.map((worker) => worker.terminate()));
  }
}
