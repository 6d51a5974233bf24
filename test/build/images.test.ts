import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, runBuild } from '../helpers/build';
import { BuiltSite } from '../helpers/site';

/**
 * Images, covers, heading anchors, table of contents and code highlighting, on a copy of the
 * minimal fixture with pictures made by sharp (no binary files in the repository).
 */
const dirs: string[] = [];
let site: BuiltSite;
let siteRoot: string;

async function picture(file: string, width: number, height: number): Promise<void> {
  await sharp({ create: { width, height, channels: 3, background: { r: 30, g: 110, b: 160 } } }).jpeg({ quality: 70 }).toFile(file);
}

function appendBody(file: string, text: string): void {
  writeFileSync(file, readFileSync(file, 'utf8') + text);
}

beforeAll(async () => {
  siteRoot = copyFixture('minimal');
  dirs.push(siteRoot);
  const articles = path.join(siteRoot, 'content/sr/articles');
  await picture(path.join(articles, 'most.jpg'), 1600, 900);
  await picture(path.join(articles, 'naslovna.jpg'), 1000, 500);
  await picture(path.join(articles, 'ukras.jpg'), 300, 100);
  const article = path.join(articles, 'prvi-clanak.md');
  writeFileSync(article, readFileSync(article, 'utf8').replace('translationKey: first', 'translationKey: first\ncover:\n  src: naslovna.jpg\n  alt: "Naslovna slika"'));
  appendBody(
    article,
    [
      '',
      '## Čuvanje podataka',
      '',
      '![Most na Drini u Višegradu](most.jpg)',
      '',
      '![""](ukras.jpg)',
      '',
      '## Drugi dio',
      '',
      '```bash',
      '# komentar',
      'echo "zdravo" | tee log.txt',
      '```',
      '',
      '## Treći dio',
      '',
      '## Četvrti dio',
      '',
      '## Čuvanje podataka',
      '',
    ].join('\n'),
  );
  const out = path.join(siteRoot, '_out');
  const result = await runBuild({ siteRoot, outDir: out, env: { DMSPOT_NOW: '2026-11-29T12:00:00Z' } });
  if (result.status !== 0) throw new Error(`build failed:\n${result.stdout}\n${result.stderr}`);
  site = new BuiltSite(out);
}, 300_000);

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('article images', () => {
  it('become <picture> with AVIF and WebP sources and a JPEG fallback at several widths', async () => {
    const $ = site.page('/sr/clanci/prvi-clanak/');
    const pic = $('.prose picture').first();
    expect(pic.find('source[type="image/avif"]').attr('srcset')).toMatch(/-400\.avif 400w, .*-800\.avif 800w, .*-1200\.avif 1200w/);
    expect(pic.find('source[type="image/webp"]').attr('srcset')).toMatch(/-400\.webp 400w/);
    const img = pic.find('img');
    expect(img.attr('src')).toMatch(/^\/img\/[\w-]+-400\.jpeg$/);
    expect(img.attr('srcset')).toMatch(/1200\.jpeg 1200w/);
    expect(img.attr('alt')).toBe('Most na Drini u Višegradu');
    // The largest candidate's size: the browser reserves the right aspect ratio before loading.
    expect(img.attr('width')).toBe('1200');
    expect(img.attr('height')).toBe('675');
    expect(img.attr('loading')).toBe('lazy');
    expect(img.attr('decoding')).toBe('async');
    expect(img.attr('sizes')).toContain('42rem');
  });

  it('writes the files with the dimensions the markup states', async () => {
    const $ = site.page('/sr/clanci/prvi-clanak/');
    const candidates = ($('.prose picture source[type="image/webp"]').first().attr('srcset') ?? '').split(', ');
    expect(candidates).toHaveLength(3);
    for (const candidate of candidates) {
      const [url, width] = candidate.split(' ') as [string, string];
      const meta = await sharp(site.fileFor(url)).metadata();
      expect(meta.format).toBe('webp');
      expect(`${meta.width}w`).toBe(width);
      expect(meta.height).toBe(Math.round(((meta.width ?? 0) * 900) / 1600));
    }
    const avif = ($('.prose picture source[type="image/avif"]').first().attr('srcset') ?? '').split(' ')[0] as string;
    expect((await sharp(site.fileFor(avif)).metadata()).format).toBe('heif');
  });

  it('keeps alt="" for an image marked decorative with ![""]', async () => {
    const $ = site.page('/sr/clanci/prvi-clanak/');
    const decorative = $('.prose picture img').filter((_, el) => $(el).attr('width') === '300');
    expect(decorative).toHaveLength(1);
    expect(decorative.attr('alt')).toBe('');
  });

  it('leaves no placeholder and no absolute path in any page', async () => {
    for (const url of site.htmlUrls()) {
      const text = readFileSync(site.fileFor(url) as string, 'utf8');
      expect(text, url).not.toContain('/_picture');
      expect(text, url).not.toContain('dmspot-social-image');
      expect(text, url).not.toContain(siteRoot);
    }
  });

  it('reach the feeds as real pictures with absolute URLs, in both scripts', async () => {
    for (const feed of ['/sr/feed.xml', '/sr/feed.json', '/sr-cyrl/feed.xml', '/sr-cyrl/feed.json']) {
      const text = readFileSync(site.fileFor(feed) as string, 'utf8');
      expect(text, feed).not.toContain('_picture');
      expect(text, feed).not.toContain(siteRoot);
      expect(text, feed).toMatch(/https:\/\/dmspot\.net\/img\/[^"&\s]+\.(avif|webp|jpe?g)/);
    }
  });
});

describe('covers', () => {
  it('appear on the article page, on cards and as the social preview', async () => {
    const $ = site.page('/sr/clanci/prvi-clanak/');
    expect($('.article picture img.cover').attr('alt')).toBe('Naslovna slika');
    expect($('meta[property="og:image"]').attr('content')).toMatch(/^https:\/\/[^/]+\/img\/[\w-]+-1000\.jpeg$/);
    expect($('meta[property="og:image:width"]').attr('content')).toBe('1000');
    expect($('meta[property="og:image:height"]').attr('content')).toBe('500');
    const listing = site.page('/sr/clanci/');
    expect(listing('.card picture img.cover').attr('alt')).toBe('Naslovna slika');
    expect(site.exists(listing('.card picture img.cover').attr('src') as string)).toBe(true);
  });

  it('keeps the Cyrillic twin on the same image files, with the alt transliterated', async () => {
    const $ = site.page('/sr-cyrl/clanci/prvi-clanak/');
    const img = $('.prose picture img').first();
    expect(img.attr('alt')).toBe('Мост на Дрини у Вишеграду');
    expect(img.attr('src')).toMatch(/^\/img\//);
  });
});

describe('headings, table of contents and code', () => {
  it('gives headings ASCII ids, the same in both scripts, unique when repeated', async () => {
    const ids = (url: string) => site.page(url)('.prose h2').map((_, el) => site.page(url)(el).attr('id')).get();
    expect(ids('/sr/clanci/prvi-clanak/')).toEqual(['cuvanje-podataka', 'drugi-dio', 'treci-dio', 'cetvrti-dio', 'cuvanje-podataka-1']);
    expect(ids('/sr-cyrl/clanci/prvi-clanak/')).toEqual(ids('/sr/clanci/prvi-clanak/'));
    // A heading is text, not a link to itself: no Tab stop per heading beside the table of contents.
    expect(site.page('/sr/clanci/prvi-clanak/')('#drugi-dio').text()).toBe('Drugi dio');
    expect(site.page('/sr/clanci/prvi-clanak/')('.prose :is(h2, h3, h4) a')).toHaveLength(0);
  });

  it('adds a table of contents to an article with four or more ## headings, labelled in its language', async () => {
    const $ = site.page('/sr/clanci/prvi-clanak/');
    expect($('nav.toc h2').text()).toBe('Sadržaj');
    expect($('nav.toc a').map((_, el) => $(el).attr('href')).get()).toEqual(['#cuvanje-podataka', '#drugi-dio', '#treci-dio', '#cetvrti-dio', '#cuvanje-podataka-1']);
    expect(site.page('/sr-cyrl/clanci/prvi-clanak/')('nav.toc h2').text()).toBe('Садржај');
    expect(site.page('/en/articles/first-article/')('nav.toc')).toHaveLength(0);
  });

  it('highlights code at build time with classes, never style attributes, and keeps code in Latin', async () => {
    for (const url of ['/sr/clanci/prvi-clanak/', '/sr-cyrl/clanci/prvi-clanak/']) {
      const $ = site.page(url);
      const code = $('pre.code code.hljs.language-bash');
      expect(code.find('.hljs-comment').text()).toBe('# komentar');
      expect(code.find('.hljs-string').first().text()).toBe('"zdravo"');
      expect($('[style]')).toHaveLength(0);
      expect($('script:not([type="application/ld+json"]):not([src])')).toHaveLength(0);
    }
  });
});

describe('an image without alt text', () => {
  it('fails the build, naming the file and what to write', async () => {
    const root = copyFixture('minimal');
    dirs.push(root);
    await picture(path.join(root, 'content/en/articles/photo.jpg'), 200, 100);
    appendBody(path.join(root, 'content/en/articles/first-article.md'), '\n![](photo.jpg)\n');
    const result = await runBuild({ siteRoot: root, outDir: path.join(root, '_out') });
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/content\/en\/articles\/first-article\.md: line \d+: image photo\.jpg has no alt text/);
    expect(result.stderr).toContain('![""](photo.jpg)');
  });
});
