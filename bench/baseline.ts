import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Eleventy } from '@11ty/eleventy';

/**
 * The benchmark's baseline: bare Eleventy over the same Markdown, one minimal layout, no plugins.
 * `tsx bench/baseline.ts <siteRoot> <outDir>` prints `{"milliseconds", "maxRssBytes", "pages"}`.
 */
const [siteRoot, outDir] = process.argv.slice(2);
if (!siteRoot || !outDir) throw new Error('usage: baseline.ts <siteRoot> <outDir>');
const includes = path.join(siteRoot, '_baseline');
mkdirSync(includes, { recursive: true });
writeFileSync(
  path.join(includes, 'minimal.11ty.js'),
  'export function render(data) { return `<!doctype html><html lang="${data.page.url.startsWith("/en/") ? "en" : "sr"}"><head><meta charset="utf-8"><title>${data.title}</title></head><body><main>${data.content}</main></body></html>`; }\n',
);
const started = performance.now();
const eleventy = new Eleventy(path.join(siteRoot, 'content'), outDir, {
  quietMode: true,
  config(eleventyConfig: { addGlobalData(name: string, value: unknown): void; setIncludesDirectory(dir: string): void }) {
    eleventyConfig.setIncludesDirectory('../_baseline');
    eleventyConfig.addGlobalData('layout', 'minimal.11ty.js');
  },
});
(eleventy as unknown as { setIsVerbose?: (v: boolean) => void }).setIsVerbose?.(false);
const [, templates] = (await eleventy.write()) as unknown as [unknown, unknown[]];
console.log(JSON.stringify({ milliseconds: performance.now() - started, maxRssBytes: process.resourceUsage().maxRSS * 1024, pages: templates.length }));
