import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { childrenRss, MemorySampler } from '../../bench/memory-sampler';

describe('MemorySampler', () => {
  it('reports a peak for each phase entered, in order, at least this process’s resident set', () => {
    const sampler = new MemorySampler(5).start('render');
    sampler.enter('cyrillic');
    const peaks = sampler.stop();
    expect(Object.keys(peaks)).toEqual(['render', 'cyrillic']);
    for (const bytes of Object.values(peaks)) expect(bytes).toBeGreaterThanOrEqual(process.memoryUsage.rss() / 2);
  });

  it.runIf(process.platform === 'linux')('counts the memory of child processes', async () => {
    const before = childrenRss(process.pid);
    // A child that holds ~200 MB until it is killed.
    const child = spawn(process.execPath, ['-e', 'const b = Buffer.alloc(200 * 1024 * 1024, 1); process.stdout.write("ready"); setInterval(() => b[0]++, 1000);']);
    try {
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      expect(childrenRss(process.pid) - before).toBeGreaterThan(150 * 1024 * 1024);
    } finally {
      child.kill();
    }
  });
});
