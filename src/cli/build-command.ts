import os from 'node:os';
import { parseArgs } from 'node:util';
import { sitePaths } from '../config/paths';
import { failureMessage } from '../pipeline/build-error';
import { buildSite } from '../pipeline/build-site';
import { BuildProgress } from '../pipeline/progress';

/**
 * `npm run build [-- --out DIR] [--meta-csp]`: the production site, atomically, or a clear error;
 * the exit status. `--meta-csp` puts the Content-Security-Policy in every page too, for hosts that
 * send no headers (GitHub Pages; see docs/deploying.md). `--json` prints the summary as one JSON
 * line (the benchmark reads it). On a terminal, one line shows the step running.
 *
 * The command itself is `src/cli/build.ts`; the build tests run this function many times in one
 * process (`test/helpers/build-service.ts`), so it reads its arguments and writes its report
 * (stdout, stderr) like a command but leaves the process as it found it.
 */
export async function buildCommand(args: readonly string[]): Promise<number> {
  const { values } = parseArgs({ args: [...args], options: { out: { type: 'string' }, json: { type: 'boolean' }, 'meta-csp': { type: 'boolean' } } });
  const metaCsp = process.env.DMSPOT_META_CSP;
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
    return 0;
  } catch (error) {
    console.error(failureMessage(error, [process.cwd(), sitePaths().root, os.homedir()]));
    return 1;
  } finally {
    if (metaCsp === undefined) delete process.env.DMSPOT_META_CSP;
    else process.env.DMSPOT_META_CSP = metaCsp;
  }
}
