import os from 'node:os';
import { parseArgs } from 'node:util';
import { sitePaths } from '../config/paths';
import { failureMessage } from '../pipeline/build-error';
import { buildSite } from '../pipeline/build-site';
import { BuildProgress } from '../pipeline/progress';

/**
 * `npm run build [-- --out DIR] [--meta-csp]`: the production site, atomically, or a clear error.
 * `--meta-csp` puts the Content-Security-Policy in every page too, for hosts that send no
 * headers (GitHub Pages; see docs/deploying.md). `--json` prints the summary as one JSON line
 * (the benchmark reads it). On a terminal, one line shows the step running.
 */
const { values } = parseArgs({ options: { out: { type: 'string' }, json: { type: 'boolean' }, 'meta-csp': { type: 'boolean' } } });
if (values['meta-csp']) process.env.DMSPOT_META_CSP = '1';
const live = !values.json && process.stderr.isTTY ? process.stderr : undefined;
try {
  const summary = await buildSite({ outDir: values.out, progress: new BuildProgress(live) });
  if (values.json) {
    console.log(JSON.stringify({ ...summary, maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
  } else {
    const steps = Object.entries(summary.steps).map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ');
    console.log(`Built ${summary.pages} pages into ${summary.outDir} in ${(summary.milliseconds / 1000).toFixed(1)} s (${steps}).`);
  }
} catch (error) {
  console.error(failureMessage(error, [process.cwd(), sitePaths().root, os.homedir()]));
  process.exitCode = 1;
}
