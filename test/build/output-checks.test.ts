import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSite, formatOutputProblems } from '../../src/checks/site-checks';
import { FIXTURE_SITE } from '../helpers/build';


const SITE = 'https://dmspot.net';

/** A page that passes every check; `main` and `head` replace parts of it. */
function page(url: string, { main = '<h1>Naslov</h1><p id="tekst">Tekst.</p>', head = '', title = 'Naslov | DM Spot', description = 'Opis.', canonical = `${SITE}${url}` } = {}): string {
  return `<!doctype html>
<html lang="sr-Latn">
<head>
<meta charset="utf-8">
<title>${title}</title>
${description === '' ? '' : `<meta name="description" content="${description}">`}
${canonical === '' ? '' : `<link rel="canonical" href="${canonical}">`}
<link rel="stylesheet" href="/assets/site.css">
${head}</head>
<body>
<main id="main">
${main}
</main>
</body>
</html>
`;
}

/** A site with a home, an article and a stylesheet, then `extra` pages (URL → HTML). */
function site(extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dmspot-output-'));
  const pages: Record<string, string> = {
    '/sr/': page('/sr/', { main: '<h1>Početna</h1><p><a href="/sr/clanci/a/">A</a> <a href="/sr/clanci/a/#tekst">A, tekst</a> <a href="https://example.org/" rel="noopener noreferrer">van</a></p>' }),
    '/sr/clanci/a/': page('/sr/clanci/a/'),
    ...extra,
  };
  for (const [url, htmlText] of Object.entries(pages)) {
    const file = path.join(dir, url.endsWith('/') ? `${url}index.html` : url);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, htmlText);
  }
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'assets/site.css'), 'body{}');
  return dir;
}

const check = async (dir: string) => formatOutputProblems(checkSite(dir, { siteUrl: SITE }).problems);

describe('the output check', () => {
  it('passes a correct site', async () => {
    expect((checkSite(site(), { siteUrl: SITE })).problems).toEqual([]);
  });

  it.each<[string, Record<string, string>, string]>([
    ['a broken internal link', { '/sr/b/': page('/sr/b/', { main: '<h1>B</h1><p><a href="/sr/clanci/nema/">x</a></p>' }) }, 'sr/b/index.html:12: <a href> /sr/clanci/nema/ leads to no page or file'],
    ['a missing #anchor', { '/sr/b/': page('/sr/b/', { main: '<h1>B</h1><p><a href="/sr/clanci/a/#nema">x</a></p>' }) }, '<a href> /sr/clanci/a/#nema has no #nema on /sr/clanci/a/'],
    ['a missing #anchor on the same page', { '/sr/b/': page('/sr/b/', { main: '<h1>B</h1><p><a href="#nema">x</a></p>' }) }, 'has no #nema on /sr/b/'],
    ['a missing image', { '/sr/b/': page('/sr/b/', { main: '<h1>B</h1><p><img src="slika.png" alt="Slika"></p>' }) }, '<img src> slika.png leads to no page or file'],
    ['a missing stylesheet', { '/sr/b/': page('/sr/b/', { head: '<link rel="stylesheet" href="/assets/nema.css">' }) }, '<link href> /assets/nema.css leads to no page or file'],
    ['a canonical URL to no page', { '/sr/b/': page('/sr/b/', { canonical: `${SITE}/sr/nema/` }) }, '/sr/nema/ leads to no page or file'],
    ['duplicate ids', { '/sr/b/': page('/sr/b/', { main: '<h1 id="x">B</h1><p id="x">p</p>' }) }, 'Duplicate ID "x" (no-dup-id)'],
    ['two <h1>', { '/sr/b/': page('/sr/b/', { main: '<h1>B</h1><h1>C</h1>' }) }, 'page has 2 <h1> elements (exactly one expected)'],
    ['no <h1>', { '/sr/b/': page('/sr/b/', { main: '<h2>B</h2>' }) }, 'page has 0 <h1> elements'],
    ['an empty <title>', { '/sr/b/': page('/sr/b/', { title: ' ' }) }, 'page has no <title> text'],
    ['no description', { '/sr/b/': page('/sr/b/', { description: '' }) }, 'page has no <meta name="description">'],
    ['no canonical URL', { '/sr/b/': page('/sr/b/', { canonical: '' }) }, 'page has no canonical URL on https://dmspot.net'],
    ['a canonical URL elsewhere', { '/sr/b/': page('/sr/b/', { canonical: 'https://example.org/sr/b/' }) }, 'page has no canonical URL'],
    ['an inline script', { '/sr/b/': page('/sr/b/', { main: '<h1>B</h1><script>alert(1)</script>' }) }, 'inline <script>'],
    ['an inline event handler', { '/sr/b/': page('/sr/b/', { main: '<h1 onclick="alert(1)">B</h1>' }) }, 'inline event handler onclick='],
    ['a style attribute', { '/sr/b/': page('/sr/b/', { main: '<h1 style="color:red">B</h1>' }) }, '(no-inline-style)'],
    ['a script from another origin', { '/sr/b/': page('/sr/b/', { head: '<script src="https://cdn.example/x.js"></script>' }) }, '<script src="https://cdn.example/x.js"> loads from another origin'],
    ['a web font stylesheet from another origin', { '/sr/b/': page('/sr/b/', { head: '<link rel="stylesheet" href="https://fonts.example/css">' }) }, 'loads from another origin'],
    ['a preconnect', { '/sr/b/': page('/sr/b/', { head: '<link rel="preconnect" href="https://fonts.example">' }) }, '<link href="https://fonts.example"> loads from another origin'],
    ['an image from another origin', { '/sr/b/': page('/sr/b/', { main: '<h1>B</h1><img src="//tracker.example/p.gif" alt="">' }) }, 'loads from another origin'],
    ['a srcset from another origin', { '/sr/b/': page('/sr/b/', { main: '<h1>B</h1><img src="/assets/site.css" srcset="https://img.example/a.jpg 2x" alt="a">' }) }, 'srcset="https://img.example/a.jpg"> loads from another origin'],
    ['an iframe', { '/sr/b/': page('/sr/b/', { main: '<h1>B</h1><iframe src="/sr/" title="x"></iframe>' }) }, '<iframe> is not allowed'],
    ['an outbound link without rel', { '/sr/b/': page('/sr/b/', { main: '<h1>B</h1><a href="https://example.org/">x</a>' }) }, 'outbound link to https://example.org/ needs rel="noopener noreferrer"'],
    ['an outbound link with only noopener', { '/sr/b/': page('/sr/b/', { main: '<h1>B</h1><a href="https://example.org/" rel="noopener">x</a>' }) }, 'needs rel="noopener noreferrer"'],
    ['invalid HTML', { '/sr/b/': page('/sr/b/', { main: '<h1>B</h1><p><div>x</div></p>' }) }, 'sr/b/index.html'],
  ])('finds %s', async (_name, extra, expected) => {
    const out = await check(site(extra));
    expect(out).toContain(expected);
  });

  it('checks links written as absolute URLs on the site itself', async () => {
    expect(await check(site({ '/sr/b/': page('/sr/b/', { main: '<h1>B</h1><a href="https://dmspot.net/sr/nema/">x</a>' }) }))).toContain('https://dmspot.net/sr/nema/ leads to no page or file');
  });

  // The production build no longer runs this check (it checks the content's links as it goes):
  // here it is what keeps every kind of page the templates make valid, in all three editions.
  it('passes the fixture site: every page of every kind, in all three editions', async () => {
    const report = checkSite(FIXTURE_SITE, { siteUrl: SITE });
    expect(formatOutputProblems(report.problems)).toBe('');
    expect(report.pages).toBeGreaterThan(100);
  });

});
