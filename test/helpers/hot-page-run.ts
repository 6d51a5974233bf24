/**
 * The dev server's fast path against Eleventy itself, for test/build/hot-page.test.ts. Run with
 * tsx in a child process (Eleventy loads the TypeScript config, which Vitest's loader cannot do):
 *
 *   tsx test/helpers/hot-page-run.ts <before> <after> <out> <file>[@<dir>]…
 *
 * 1. Eleventy renders site `<before>` into `<out>/before`, its layout calls remembered (as under
 *    `npm start`);
 * 2. each `<file>` (relative to the site's `content/`) is read from site `<after>` (or the site
 *    `<dir>`) and given to the fast path as an edit of `<before>`'s file; the files it renders go
 *    to `<out>/hot`;
 * 3. Eleventy renders site `<after>` into `<out>/after` from scratch.
 *
 * Both sites render as the preview does (`DMSPOT_PREVIEW=1`). Prints a JSON report: per file, the
 * output files the fast path wrote (relative to the output folder), or why it declined.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import { REPO_ROOT } from '../../src/config/paths';
import { renderHotPage } from '../../src/dev/hot-page';
import { rememberedPage, rememberLayoutCalls } from '../../src/dev/layout-calls';
import { sitePageRenderer } from '../../src/dev/plugin';
import { siteTranslitOptions } from '../../src/i18n/site-options';

const [before, after, out, ...files] = process.argv.slice(2) as [string, string, string, ...string[]];
process.env['DMSPOT_PREVIEW'] = '1';

async function render(site: string, output: string): Promise<void> {
  process.env['DMSPOT_SITE_ROOT'] = site;
  const eleventy = new Eleventy(path.relative(process.cwd(), path.join(site, 'content')), path.relative(process.cwd(), output), {
    configPath: path.join(REPO_ROOT, 'eleventy.config.ts'),
    quietMode: true,
  });
  await eleventy.write();
}

rememberLayoutCalls(true);
await render(before, path.join(out, 'before'));
rememberLayoutCalls(true);

const renderer = sitePageRenderer({ root: before, content: path.join(before, 'content') }, siteTranslitOptions(path.join(before, '_data')));
const report: Record<string, { files: string[] } | { declined: string }> = {};
for (const spec of files) {
  const [file, site = after] = spec.split('@') as [string, string?];
  const inputPath = path.join(before, 'content', file);
  const result = await renderHotPage(inputPath, readFileSync(path.join(site, 'content', file)), rememberedPage(inputPath), renderer);
  if ('declined' in result) {
    report[file] = result;
    continue;
  }
  const written: string[] = [];
  for (const hot of result.files) {
    const rel = path.relative(path.resolve(out, 'before'), path.resolve(hot.outputPath));
    await mkdir(path.dirname(path.join(out, 'hot', rel)), { recursive: true });
    await writeFile(path.join(out, 'hot', rel), hot.html);
    written.push(rel.split(path.sep).join('/'));
  }
  report[file] = { files: written };
}
rememberLayoutCalls(false);

await render(after, path.join(out, 'after'));
console.log(JSON.stringify(report));
