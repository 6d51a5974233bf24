import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import { FIXTURE_SITE } from '../helpers/build';


const ORIGIN = 'https://dmspot.net';

/**
 * Hosts that appear in output files as names, never fetched: XML and SVG namespaces, the JSON
 * Feed version, the JSON-LD vocabulary, and the placeholder base Pagefind's script parses
 * relative URLs against (`new URL('https://example.com' + path)`).
 */
const IDENTIFIER_HOSTS: Readonly<Record<string, RegExp>> = {
  'www.w3.org': /\.(svg|xml|html|js)$/,
  'www.sitemaps.org': /\.xml$/,
  'jsonfeed.org': /\.json$/,
  'schema.org': /\.(html|json)$/,
  'example.com': /^pagefind\/.*\.js$/,
};

const TEXT_FILE = /\.(html|css|js|mjs|json|xml|svg|txt|webmanifest|map)$|(^|\/)_headers$/;
const URL_PATTERN = /(?:https?:)?\/\/([a-z0-9.-]+\.[a-z]{2,})(?::\d+)?/gi;

function files(dir: string, sub = ''): string[] {
  return readdirSync(path.join(dir, sub), { withFileTypes: true }).flatMap((entry) => {
    const rel = sub ? `${sub}/${entry.name}` : entry.name;
    return entry.isDirectory() ? files(dir, rel) : [rel];
  });
}

function otherOrigin(value: string): boolean {
  const trimmed = value.trim();
  if (!/^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(trimmed)) return false;
  try {
    return new URL(trimmed, `${ORIGIN}/`).origin !== ORIGIN;
  } catch {
    return true;
  }
}

/** Every reference to another origin in an HTML page that is not a plain outbound link. */
function htmlFindings(file: string, text: string): string[] {
  const $ = load(text);
  const findings: string[] = [];
  $('*').each((_, element) => {
    if (element.type !== 'tag') return;
    const tag = element.tagName;
    if (tag === 'script' && $(element).attr('type') === 'application/ld+json') return; // identifiers (sameAs), not requests
    if (tag === 'script' && !$(element).attr('src') && $(element).text().trim()) findings.push(`${file}: inline <script>`);
    if (tag === 'style') findings.push(`${file}: inline <style>`);
    for (const [name, value] of Object.entries(element.attribs)) {
      if (name.startsWith('on')) findings.push(`${file}: <${tag} ${name}>`);
      if (name === 'style') findings.push(`${file}: <${tag} style>`);
      const urls = name === 'srcset' ? value.split(',').map((p) => p.trim().split(/\s+/)[0] ?? '') : name === 'content' ? [] : [value];
      for (const url of urls) {
        if (!otherOrigin(url)) continue;
        const rels = ($(element).attr('rel') ?? '').split(/\s+/);
        if (tag === 'a' && name === 'href' && rels.includes('noopener') && rels.includes('noreferrer')) continue;
        findings.push(`${file}: <${tag} ${name}="${url}">`);
      }
      // Social cards: og:image and friends are fetched by whoever shows the card.
      if (name === 'content' && tag === 'meta' && /image|url/i.test(`${$(element).attr('property') ?? ''}${$(element).attr('name') ?? ''}`) && otherOrigin(value)) {
        findings.push(`${file}: <meta content="${value}">`);
      }
    }
  });
  return findings;
}

/** Every URL on another origin in a stylesheet, script, feed, manifest or other text file. */
function textFindings(file: string, text: string): string[] {
  const findings: string[] = [];
  for (const match of text.matchAll(URL_PATTERN)) {
    const host = match[1]!.toLowerCase();
    if (`https://${host}` === ORIGIN) continue;
    if (IDENTIFIER_HOSTS[host]?.test(file)) continue;
    if (/\.(xml|json)$/.test(file)) {
      // A feed carries article text and HTML: an address mentioned in a sentence is text, and an
      // outbound link is the reader's own click. A URL as a value (an image, an icon) is fetched.
      const before = text.slice(Math.max(0, match.index - 12), match.index);
      if (/href=(?:\\?"|&quot;|')$/.test(before)) continue;
      if (!/(?:["'(>=]|&quot;)$/.test(before)) continue;
    }
    findings.push(`${file}: ${match[0]}`);
  }
  return findings;
}

describe('the built site', () => {
  const all = files(FIXTURE_SITE);

  it('refers to no other origin except through outbound links, in any file', () => {
    const findings: string[] = [];
    for (const file of all.filter((f) => TEXT_FILE.test(f))) {
      const text = readFileSync(path.join(FIXTURE_SITE, file), 'utf8');
      findings.push(...(file.endsWith('.html') ? htmlFindings(file, text) : textFindings(file, text)));
    }
    expect(findings).toEqual([]);
  });

  it('has no CSS @import or url() to another origin', () => {
    for (const file of all.filter((f) => f.endsWith('.css'))) {
      const css = readFileSync(path.join(FIXTURE_SITE, file), 'utf8');
      for (const match of css.matchAll(/@import\s+(?:url\()?\s*["']?([^"')\s;]+)|url\(\s*["']?([^"')]+)/gi)) {
        expect(otherOrigin(match[1] ?? match[2] ?? ''), `${file}: ${match[0]}`).toBe(false);
      }
    }
  });

  it('sets no cookie and uses no storage API in its scripts, bar what search needs', () => {
    for (const file of all.filter((f) => /\.m?js$/.test(f))) {
      const js = readFileSync(path.join(FIXTURE_SITE, file), 'utf8');
      expect(js, file).not.toMatch(/document\.cookie\s*=/);
      expect(js, file).not.toMatch(/\b(?:localStorage|indexedDB)\b/);
    }
  });

  it('the scan itself notices a leak', () => {
    expect(htmlFindings('x.html', '<link rel="preconnect" href="https://fonts.example"><img src="//cdn.example/a.png" alt=""><a href="https://e.org/">x</a><a href="https://e.org/" rel="noopener noreferrer">ok</a>')).toEqual([
      'x.html: <link href="https://fonts.example">',
      'x.html: <img src="//cdn.example/a.png">',
      'x.html: <a href="https://e.org/">',
    ]);
    expect(textFindings('assets/x.css', '@import url("https://fonts.example/css");')).toEqual(['assets/x.css: https://fonts.example']);
    expect(textFindings('assets/x.js', 'fetch("https://api.example/x")')).toEqual(['assets/x.js: https://api.example']);
    expect(textFindings('en/feed.xml', '<img src=&quot;https://cdn.example/a.png&quot;>')).toEqual(['en/feed.xml: https://cdn.example']);
    expect(textFindings('en/feed.json', '{"image": "https://cdn.example/a.png"}')).toEqual(['en/feed.json: https://cdn.example']);
    expect(textFindings('en/feed.xml', 'an address like https://example.org/x in a sentence, <a href=&quot;https://example.org/&quot;>')).toEqual([]);
  });
});
