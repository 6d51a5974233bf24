import { describe, expect, it } from 'vitest';
import { releaseMemory } from '../../src/pipeline/release-memory';

describe('releaseMemory', () => {
  it('collects a large heap of garbage at once (the build calls it after the render)', async () => {
    // About 400 MB of small objects, the way a render leaves them, then dropped.
    let garbage: { text: string }[] | undefined = Array.from({ length: 2_000_000 }, (_, i) => ({ text: `page ${i} `.repeat(8) }));
    const full = process.memoryUsage().heapUsed;
    expect(full).toBeGreaterThan(300_000_000);
    expect(garbage.length).toBe(2_000_000);
    garbage = undefined;
    await releaseMemory();
    expect(process.memoryUsage().heapUsed).toBeLessThan(full - 250_000_000);
  });
});
