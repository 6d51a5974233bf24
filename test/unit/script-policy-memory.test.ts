import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { toScript } from '../../src/editions/script-policy';

/** A full collection, twice: the second returns what the first freed. */
function collect(): void {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  setFlagsFromString('--no-expose-gc');
  gc();
  gc();
}

describe('the cache of short texts converted to Cyrillic', () => {
  it('keeps no page alive: a label cut from a 40 MB page does not hold the page once it is gone', () => {
    collect();
    const before = getHeapStatistics().used_heap_size;
    // Unique each run, so no earlier test cached this label; a slice (V8 keeps it as a view into
    // the whole string) of a page much larger than anything else the test holds. Neither the
    // page nor the label outlives this function: only the cache could keep them.
    const convert = () => {
      const page = `<nav>Početna stranica ${Math.random()}</nav>` + 'x'.repeat(40_000_000);
      return toScript(page.slice(5, 40), 'Cyrl', undefined);
    };
    expect(convert()).toMatch(/^Почетна страница/);
    collect();
    const kept = getHeapStatistics().used_heap_size - before;
    expect(kept).toBeLessThan(10_000_000);
  });
});
