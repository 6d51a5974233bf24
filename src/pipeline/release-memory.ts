import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** The heap below which there is too little to hand back: at 4,000 articles it is about 800 MB. */
const WORTH_RELEASING = 256 * 1024 * 1024;

/**
 * Hands the memory of the finished render back to the system before the search index is
 * written, the moment Pagefind's process, beside the build, reaches its own peak. Eleventy's pages
 * are garbage by then, but V8 keeps the heap it grew to. Collected twice (to free, then to return
 * the emptied pages), then once more compacting what is still live (the content, the links to
 * check): at 10,000 articles the build holds 0.5 GB instead of 1.96 GB while Pagefind writes
 * (sampled with `ps`). The compaction comes last, on a heap already small, so that moving the live
 * objects adds little while it runs. About half a second in all.
 *
 * `gc` is V8's, made reachable the way jest-leak-detector does it (a flag set at run time, then a
 * fresh context); where a Node ignores the flag, nothing is collected and the build goes on.
 */
export async function releaseMemory(): Promise<void> {
  // A small site's heap is not worth the collections (half a second, on every test build).
  if (process.memoryUsage().heapTotal < WORTH_RELEASING) return;
  const gc = collector();
  if (!gc) return;
  gc();
  await tick();
  gc();
  // The system takes the freed pages back in the background.
  await new Promise((resolve) => setTimeout(resolve, 200));
  setFlagsFromString('--compact-on-every-full-gc');
  try {
    gc();
  } finally {
    setFlagsFromString('--no-compact-on-every-full-gc');
  }
}

/** V8's `gc`: it exists only with --expose-gc, which applies to contexts made after it is set. */
function collector(): (() => void) | undefined {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as unknown;
  setFlagsFromString('--no-expose-gc');
  return typeof gc === 'function' ? (gc as () => void) : undefined;
}

function tick(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
