/**
 * Serbian written in either script: a fixture site with an article in Cyrillic, one in Latin with
 * a Cyrillic quotation, one in Latin, and an English translation of the Cyrillic one. Each Serbian
 * edition must read wholly in its own script, outside what stays as written on purpose (code,
 * another language, a passage marked `lang="sr-Latn"` or `lang="sr-Cyrl"`).
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { latinToCyrillic, optionsFromData } from '../../src/i18n/transliterate';
import { displayText, stripMarks } from '../../src/search/display';
import { decodeFragment } from '../../src/search/fragments';
import { copyFixture, runBuild } from '../helpers/build';
import { filesUnder } from '../helpers/refused';
import { BuiltSite } from '../helpers/site';

const CYRILLIC = /[\u0400-\u04ff]/;
const LATIN = /[A-Za-zčćđšžČĆĐŠŽ]/;

let root: string;
let out: string;
let site: BuiltSite;

beforeAll(async () => {
  root = copyFixture('scripts');
  out = path.join(root, '_site');
  const result = await runBuild({ siteRoot: root, outDir: out });
  if (result.status !== 0) throw new Error(`the scripts fixture does not build:\n${result.stdout}\n${result.stderr}`);
  site = new BuiltSite(out);
});

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** Elements whose text stays as written in every edition. */
const PROTECTED = new Set(['code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'textarea', 'svg', 'math']);
const PROSE_ATTRIBUTES = ['alt', 'title', 'aria-label', 'placeholder'];

/** Whether text under `element` is meant to stay as written in the `script` edition. */
function keptAsWritten(element: Element, script: 'Latn' | 'Cyrl', isRoot: boolean): boolean {
  if (PROTECTED.has(element.name) || element.attribs.translate === 'no') return true;
  const lang = element.attribs.lang;
  if (lang === undefined || isRoot) return false;
  if (!/^sr\b/i.test(lang)) return true;
  return script === 'Latn' ? /cyrl/i.test(lang) : /latn/i.test(lang);
}

/** Every text a reader of the page reads in its script (text nodes and prose attributes). */
function readerTexts($: CheerioAPI, script: 'Latn' | 'Cyrl'): string[] {
  const texts: string[] = [];
  const visit = (node: AnyNode, isRoot: boolean) => {
    if (node.type === 'text') {
      const text = (node as unknown as { data: string }).data.trim();
      if (text) texts.push(text);
      return;
    }
    if (node.type !== 'tag') return;
    const element = node as Element;
    if (keptAsWritten(element, script, isRoot)) return;
    for (const name of PROSE_ATTRIBUTES) if (element.attribs[name]) texts.push(element.attribs[name]!);
    if (element.name === 'meta' && /^(description|og:title|og:description|og:image:alt)$/.test(element.attribs.property ?? element.attribs.name ?? '')) texts.push(element.attribs.content ?? '');
    for (const child of element.children) visit(child, false);
  };
  const html = $('html')[0];
  if (html) visit(html, true);
  return texts;
}

const SERBIAN_ARTICLES = ['cirilicom', 'mijesano', 'latinicom'];

describe('Serbian articles written in Cyrillic, in Latin, or mixed', () => {
  it('read wholly in Latin on /sr/ and wholly in Cyrillic on /sr-cyrl/, on every page', async () => {
    const urls = site.htmlUrls();
    const latinPages = urls.filter((url) => url.startsWith('/sr/'));
    const cyrillicPages = urls.filter((url) => url.startsWith('/sr-cyrl/'));
    expect(latinPages.length).toBeGreaterThan(10);
    const strays: string[] = [];
    for (const url of latinPages) for (const text of readerTexts(site.page(url), 'Latn')) if (CYRILLIC.test(text)) strays.push(`${url}: ${text}`);
    // Latin left in the Cyrillic edition must be what the rules keep on purpose (foreign words and
    // acronyms: JSON, IT, JavaScript; the site's name by the author's choice): text the edition's
    // transliteration leaves as it is.
    const options = optionsFromData({ keepLatin: ['DM Spot'] });
    for (const url of cyrillicPages) for (const text of readerTexts(site.page(url), 'Cyrl')) if (LATIN.test(text) && latinToCyrillic(text, options) !== text) strays.push(`${url}: ${text}`);
    expect(strays).toEqual([]);
  });

  it('keep the Cyrillic original as written in the Cyrillic edition, and convert it letter for letter in the Latin one', async () => {
    expect(site.page('/sr/clanci/cirilicom/')('h1').text()).toBe('Ljubav prema Hercegovini');
    expect(site.page('/sr-cyrl/clanci/cirilicom/')('h1').text()).toBe('Љубав према Херцеговини');
    const latin = site.page('/sr/clanci/cirilicom/')('.prose').text();
    expect(latin).toContain('Džep pun smokava i njiva uz rijeku');
    expect(latin).toContain('Đorđe, Ljiljana i Njegoš');
    expect(latin).toContain('konjugacija i injekcija');
    // Written in Cyrillic, so the Cyrillic edition needs no conversion back (no digraph to guess).
    expect(site.page('/sr-cyrl/clanci/cirilicom/')('.prose').text()).toContain('конјугација и инјекција');
  });

  it('turn a Cyrillic quotation of a Latin article into Latin on /sr/', async () => {
    expect(site.page('/sr/clanci/mijesano/')('.prose').text()).toContain('„Na Drini ćuprija“');
    expect(site.page('/sr-cyrl/clanci/mijesano/')('.prose').text()).toContain('„На Дрини ћуприја“');
  });

  it('keep what the author marked: lang="sr-Cyrl" stays Cyrillic and lang="sr-Latn" Latin, in both editions', async () => {
    for (const prefix of ['/sr/', '/sr-cyrl/']) {
      expect(site.page(`${prefix}clanci/mijesano/`)('.prose [lang="sr-Cyrl"]').text(), prefix).toBe('ћирилицом намјерно');
      expect(site.page(`${prefix}clanci/cirilicom/`)('.prose [lang="sr-Latn"]').text(), prefix).toBe('latinica namjerno');
      expect(site.page(`${prefix}clanci/cirilicom/`)('.prose code').text(), prefix).toBe('ls -la');
      expect(site.page(`${prefix}clanci/cirilicom/`)('.prose [lang="en"]').text(), prefix).toBe('human in the loop');
    }
  });

  it('give a Cyrillic tag the page of the same tag written in Latin, named in each edition\'s script', () => {
    const latin = site.page('/sr/oznake/hercegovina/');
    const links = latin('main a[href^="/sr/clanci/"]').toArray().map((a) => latin(a).attr('href'));
    expect(links).toContain('/sr/clanci/cirilicom/');
    expect(links).toContain('/sr/clanci/latinicom/');
    expect(latin('h1').text()).toContain('Hercegovina');
    expect(site.page('/sr-cyrl/oznake/hercegovina/')('h1').text()).toContain('Херцеговина');
    expect(filesUnder(out).filter((file) => /oznake\/.*[^\x00-\x7f]/.test(file))).toEqual([]);
  });

  it('carry each edition\'s script into the head, the structured data and the feeds', () => {
    const head = site.page('/sr/clanci/cirilicom/');
    expect(head('title').text()).toMatch(/^Ljubav prema Hercegovini/);
    expect(head('meta[name="description"]').attr('content')).toBe('Članak napisan ćirilicom: naslov, opis, oznake i tekst.');
    const ld = JSON.parse(head('script[type="application/ld+json"]').text()) as { '@graph'?: { headline?: string }[]; headline?: string };
    const post = (ld['@graph'] ?? [ld]).find((node) => node.headline);
    expect(post?.headline).toBe('Ljubav prema Hercegovini');
    const latinFeed = readFileSync(path.join(out, 'sr/feed.xml'), 'utf8');
    expect(latinFeed).toContain('<title>Ljubav prema Hercegovini</title>');
    expect(latinFeed).not.toMatch(/<title>[^<]*[\u0400-\u04ff]/);
    expect(readFileSync(path.join(out, 'sr-cyrl/feed.xml'), 'utf8')).toContain('<title>Љубав према Херцеговини</title>');
  });

  it('link the English translation and the Cyrillic original both ways', async () => {
    const english = site.page('/en/articles/herzegovina/');
    expect(english('link[rel="alternate"][hreflang="sr-Latn"]').attr('href')).toBe('https://dmspot.net/sr/clanci/cirilicom/');
    expect(site.page('/sr/clanci/cirilicom/')('link[rel="alternate"][hreflang="en"]').attr('href')).toBe('https://dmspot.net/en/articles/herzegovina/');
  });

  it('are found by the search in either script, and shown as each edition reads them', async () => {
    const fragments = filesUnder(path.join(out, 'pagefind/fragment')).filter((file) => file.startsWith('sr_'));
    const byUrl = new Map(fragments.map((file) => {
      const fragment = decodeFragment(readFileSync(path.join(out, 'pagefind/fragment', file)), file);
      return [fragment.url, fragment] as const;
    }));
    for (const slug of SERBIAN_ARTICLES) expect(byUrl.has(`/sr/clanci/${slug}/`), slug).toBe(true);
    const cyrillic = byUrl.get('/sr/clanci/cirilicom/')!;
    expect(stripMarks(cyrillic.meta['title'] ?? '')).toBe('Љубав према Херцеговини');
    expect(displayText(cyrillic.meta['title'] ?? '', 'Latn')).toBe('Ljubav prema Hercegovini');
    expect(displayText(cyrillic.content, 'Latn')).toContain('latinica namjerno');
    expect(displayText(byUrl.get('/sr/clanci/mijesano/')!.content, 'Latn')).toContain('ћирилицом намјерно');
    // The index itself is folded to ASCII: a Latin query finds the Cyrillic article (checked in Chromium by search.test.ts).
    const index = filesUnder(path.join(out, 'pagefind/index')).filter((file) => file.startsWith('sr_'));
    const words = index.map((file) => gunzipSync(readFileSync(path.join(out, 'pagefind/index', file))).toString('latin1')).join('');
    expect(words).toContain('hercegovin');
    expect(CYRILLIC.test(words)).toBe(false);
  });
});
