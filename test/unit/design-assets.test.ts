import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config/paths';
import { FONT_FILES, FONT_URL_PATH, PRELOADED_FONTS } from '../../src/templates/fonts';

const ASSETS = path.join(REPO_ROOT, 'src/assets');
const css = readFileSync(path.join(ASSETS, 'site.css'), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');

describe('the text face', () => {
  it.each(Object.entries(FONT_FILES))('%s: the file exists and its name carries the hash of its bytes (hosts cache /assets/ forever)', (_style, name) => {
    const file = path.join(ASSETS, 'fonts', name);
    expect(existsSync(file)).toBe(true);
    const hash = createHash('sha256').update(readFileSync(file)).digest('hex').slice(0, 10);
    expect(name).toMatch(new RegExp(`\\.${hash}\\.woff2$`));
  });

  it('site.css names exactly these files, and no other font file is left in src/assets/fonts/', () => {
    const urls = [...css.matchAll(/url\("([^"]+\.woff2)"\)/g)].map((m) => m[1]).sort();
    expect(urls).toEqual(Object.values(FONT_FILES).map((name) => `${FONT_URL_PATH}${name}`).sort());
    expect(readdirSync(path.join(ASSETS, 'fonts')).filter((name) => name.endsWith('.woff2')).sort()).toEqual(Object.values(FONT_FILES).sort());
  });

  it('preloads the upright face only', () => {
    expect(PRELOADED_FONTS).toEqual([`${FONT_URL_PATH}${FONT_FILES.roman}`]);
  });
});

describe('one set of tokens', () => {
  const defined = new Set([...css.matchAll(/(--[a-z0-9-]+)\s*:/g)].map((m) => m[1]));

  it('every var() the stylesheet uses is defined', () => {
    const used = [...css.matchAll(/var\((--[a-z0-9-]+)/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(50);
    expect([...new Set(used)].filter((name) => !defined.has(name))).toEqual([]);
  });

  it('colours are written only as the values of custom properties (tokens), never inline in a rule', () => {
    const declarations = [...css.matchAll(/([a-z-]+)\s*:\s*([^;{}]*#[0-9a-f]{3,8}\b[^;{}]*)/gi)];
    expect(declarations.length).toBeGreaterThan(20);
    expect(declarations.filter(([, property]) => !property!.startsWith('--')).map(([text]) => text)).toEqual([]);
  });

  it('font sizes come from the type scale (or are relative to it)', () => {
    const screen = css.slice(0, css.indexOf('@media print'));
    const sizes = [...screen.matchAll(/font-size\s*:\s*([^;}]+)/g)].map((m) => m[1]!.trim());
    expect(sizes.filter((value) => !/^var\(--text-[a-z0-9]+\)$/.test(value) && !/^[\d.]+em$/.test(value))).toEqual([]);
  });
});
