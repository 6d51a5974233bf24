/**
 * A bound on the pages a production build has between their first layout and the disk.
 *
 * Eleventy starts writing every page at once: each page's layouts run as soon as its turn in the
 * microtask queue comes, then the page waits in its transforms (for the editions thread, for
 * Pagefind). So the whole site's HTML used to be alive at the same moment (4,000 pages rendered
 * in 0.6 s at 4,000 articles, then waiting), every page surviving the young generation's
 * collections, copied twice and left in the old generation as garbage: at 10,000 articles the
 * collections of the young generation cost 11.7 s of the main thread and the heap grew to 1.6 GB
 * for 0.25 GB live. With the bound, a page is rendered when one leaves, and it is garbage before
 * it is old.
 *
 * The layouts ask for a turn (`pageTurn` in `build-context.ts`) and the last transform gives it
 * back. A page already let in (its outer layout, after its inner one) goes on at once; the
 * queue is first come, first served.
 */
export class PagesInFlight {
  private readonly inside = new Set<string>();
  private readonly waiting: { url: string; go: () => void }[] = [];
  private head = 0;

  constructor(private readonly limit: number) {
    if (!(limit >= 1)) throw new Error(`pages in flight: a limit of at least 1, not ${limit}`);
  }

  /** Nothing when the page at `url` may render now (and it is let in); otherwise when it may. */
  enter(url: string): Promise<void> | undefined {
    if (this.inside.has(url)) return undefined;
    if (this.inside.size < this.limit && this.head === this.waiting.length) {
      this.inside.add(url);
      return undefined;
    }
    return new Promise((go) => this.waiting.push({ url, go }));
  }

  /** The page at `url` has left (written, or not a page that entered): the next in line goes. */
  leave(url: string): void {
    if (!this.inside.delete(url)) return;
    while (this.inside.size < this.limit && this.head < this.waiting.length) {
      const next = this.waiting[this.head++]!;
      this.inside.add(next.url);
      next.go();
    }
    // The served part of the queue is dropped now and then, not at every turn.
    if (this.head > 1024 && this.head * 2 > this.waiting.length) {
      this.waiting.splice(0, this.head);
      this.head = 0;
    }
  }

  /** Pages let in and not yet left. */
  get size(): number {
    return this.inside.size;
  }

  /** Pages waiting for their turn. */
  get queued(): number {
    return this.waiting.length - this.head;
  }
}
