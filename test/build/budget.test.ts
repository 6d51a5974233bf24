import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../helpers/build';
import { BuiltSite } from '../helpers/site';

/** An article page's HTML and its stylesheet, gzipped, together at most this (issue #15). */
const BUDGET = 14 * 1024;
const site = new BuiltSite(FIXTURE_SITE);
const ARTICLE = /^\/(sr|sr-cyrl)\/clanci\/[a-z0-9-]+\/$|^\/en\/articles\/[a-z0-9-]+\/$/;

describe('the weight of an article', () => {
  it('stays within 14 KB of compressed HTML and CSS on every article, in every edition', () => {
    const articles = site.htmlUrls().filter((url) => ARTICLE.test(url));
    expect(articles.length).toBeGreaterThan(20);
    const sizes = new Map<string, number>();
    const gzipped = (file: string) => gzipSync(readFileSync(file)).length;
    for (const url of articles) {
      const $ = site.page(url);
      const css = $('link[rel="stylesheet"]').attr('href')!;
      if (!sizes.has(css)) sizes.set(css, gzipped(site.fileFor(css)!));
      const total = gzipped(site.fileFor(url)!) + sizes.get(css)!;
      expect(total, url).toBeLessThanOrEqual(BUDGET);
    }
  });
});
