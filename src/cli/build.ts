import { parseArgs } from 'node:util';
import os from 'node:os';
import { failureMessage } from '../build/build-error';
import { buildSite } from '../build/site-build';
import { sitePaths } from '../config/paths';

/**
 * `npm run build [-- --out DIR] [--meta-csp]`: the production site, atomically, or a clear error.
 * `--meta-csp` puts the Content-Security-Policy in every page too, for hosts that send no
 * headers (GitHub Pages; see docs/deploying.md).
 */
const { values } = parseArgs({ options: { out: { type: 'string' }, json: { type: 'boolean' }, 'meta-csp': { type: 'boolean' } } });
if (values['meta-csp']) process.env.DMSPOT_META_CSP = '1';
try {
  const summary = await buildSite({ outDir: values.out, measureMemory: values.json === true });
  if (values.json) {
    // For the benchmark: the summary, each phase's peak memory (children included) and this
    // process's own peak, one JSON line.
    console.log(JSON.stringify({ ...summary, maxRssBytes: process.resourceUsage().maxRSS * 1024 }));
    process.exit(0);
  }
  const steps = Object.entries(summary.steps).map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ');
  console.log(`Built ${summary.pages} pages into ${summary.outDir} in ${(summary.milliseconds / 1000).toFixed(1)} s (${steps}).`);
} catch (error) {
  console.error(failureMessage(error, [process.cwd(), sitePaths().root, os.homedir()]));
  process.exitCode = 1;
}
