import { describe, expect, it } from 'vitest';
import { PagesInFlight } from '../../src/pipeline/pages-in-flight';

describe('pages in flight', () => {
  it('lets pages in up to the limit, then one for each that leaves, first come first served', async () => {
    const gate = new PagesInFlight(2);
    expect(gate.enter('/a/')).toBeUndefined();
    expect(gate.enter('/b/')).toBeUndefined();
    const order: string[] = [];
    const c = gate.enter('/c/')!.then(() => order.push('/c/'));
    const d = gate.enter('/d/')!.then(() => order.push('/d/'));
    expect(gate.queued).toBe(2);
    await Promise.resolve();
    expect(order).toEqual([]);
    gate.leave('/b/');
    await c;
    expect(order).toEqual(['/c/']);
    expect(gate.size).toBe(2);
    gate.leave('/a/');
    await d;
    expect(order).toEqual(['/c/', '/d/']);
  });

  it('lets a page that is in go on at once (its outer layout), and ignores one that never came in', () => {
    const gate = new PagesInFlight(1);
    expect(gate.enter('/a/')).toBeUndefined();
    expect(gate.enter('/a/')).toBeUndefined();
    gate.leave('/nowhere/');
    expect(gate.size).toBe(1);
    expect(gate.enter('/b/')).toBeInstanceOf(Promise);
  });

  it('never lets more than the limit in, and lets every one of 5,000 pages through in order', async () => {
    const gate = new PagesInFlight(3);
    const urls = Array.from({ length: 5000 }, (_, i) => `/p/${i}/`);
    const started: string[] = [];
    let most = 0;
    await Promise.all(
      urls.map(async (url) => {
        await gate.enter(url);
        started.push(url);
        most = Math.max(most, gate.size);
        await Promise.resolve();
        gate.leave(url);
      }),
    );
    expect(started).toEqual(urls);
    expect(most).toBe(3);
    expect(gate.size).toBe(0);
    expect(gate.queued).toBe(0);
  });

  it('refuses a limit below one', () => {
    expect(() => new PagesInFlight(0)).toThrow(/at least 1/);
  });
});
