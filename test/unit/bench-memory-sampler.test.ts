import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { peaks, TreeSampler, treeRss } from '../../bench/memory-sampler';

describe('the benchmark memory sampler', () => {
  it('takes the highest sample of each window', () => {
    const samples = [
      { atMs: 10, bytes: 5 },
      { atMs: 20, bytes: 9 },
      { atMs: 30, bytes: 7 },
    ];
    expect(peaks(samples, [{ name: 'a', startMs: 0, endMs: 25 }, { name: 'b', startMs: 25, endMs: 40 }])).toEqual({ overall: 9, byWindow: { a: 9, b: 7 } });
  });

  it.runIf(process.platform === 'linux')('counts a process and its children', async () => {
    // A child holding ~200 MB, started by a parent that holds little: the tree counts both.
    const parent = spawn(process.execPath, ['-e', `const c = require('node:child_process').spawn(process.execPath, ['-e', 'const b = Buffer.alloc(200 * 1024 * 1024, 1); process.stdout.write("ready"); setInterval(() => b[0]++, 1000);'], { stdio: ['ignore', 'inherit', 'inherit'] }); process.on('SIGTERM', () => { c.kill(); process.exit(0); });`]);
    try {
      await new Promise<void>((resolve) => parent.stdout.once('data', () => resolve()));
      const sampler = new TreeSampler(parent.pid!, 10).start();
      expect(treeRss(parent.pid!)).toBeGreaterThan(150 * 1024 * 1024);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(Math.max(...sampler.stop().map((s) => s.bytes))).toBeGreaterThan(150 * 1024 * 1024);
    } finally {
      parent.kill('SIGTERM');
    }
  });
});
