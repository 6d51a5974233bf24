import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dataFileProblems } from '../../src/content/data-files';
import { tagProblems } from '../../src/content/tag-check';
import { loadSafeYaml, YamlError } from '../../src/content/yaml';
import { readDictionaries } from '../../src/i18n/dictionary';
import { pictureProblem, svgProblem } from '../../src/images/picture-check';
import { PICTURES } from '../helpers/pictures';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dmspot-checks-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

describe('loadSafeYaml', () => {
  const load = (text: string) => loadSafeYaml(text, { maxBytes: 1000 });
  it('reads ordinary front matter, dates as text', () => {
    expect(load('title: Naslov\ndate: 2026-01-10\ntags: [a, b]\n')).toEqual({ title: 'Naslov', date: '2026-01-10', tags: ['a', 'b'] });
  });
  it('reads dates as Eleventy does with the default schema', () => {
    expect(loadSafeYaml('date: 2026-01-10\n', { maxBytes: 1000, schema: 'DEFAULT' })).toEqual({ date: new Date('2026-01-10T00:00:00Z') });
  });
  it.each([
    ['an alias of a list', 'a: &a [1, 2]\nb: *a\n', /YAML alias/],
    ['an alias of a block', 'a: &a { x: 1 }\nb: { y: *a }\n', /YAML alias/],
    ['a merge of a block into two others', 'a: &a { x: [1] }\nb: { <<: *a }\nc: { <<: *a }\n', /YAML alias/],
    ['text too long once aliases repeat it', `s: &s "${'x'.repeat(900)}"\nt: [${Array(2000).fill('*s').join(',')}]\n`, /more than 1,048,576 characters/],
    ['a file over its size', 'x'.repeat(1001), /is 1,001 bytes; at most 1,000/],
    ['nesting too deep', `${'['.repeat(500)}${']'.repeat(500)}`, /maxDepth/],
    ['broken YAML', 'a: [\n', /unexpected end/],
  ])('refuses %s', (_what, text, reason) => {
    expect(() => loadSafeYaml(text, { maxBytes: text.startsWith('s: &s') ? 100_000 : 1000 })).toThrow(YamlError);
    expect(() => loadSafeYaml(text, { maxBytes: text.startsWith('s: &s') ? 100_000 : 1000 })).toThrow(reason);
  });
  it('accepts an alias of a single word (it cannot grow)', () => {
    expect(load('a: &a word\nb: *a\n')).toEqual({ a: 'word', b: 'word' });
  });
});

describe('pictureProblem', () => {
  const check = (name: string, bytes: Uint8Array) => pictureProblem(name, bytes.length, (limit) => bytes.subarray(0, limit));
  it.each(Object.entries(PICTURES))('accepts a real %s', (format, bytes) => {
    expect(check(`a.${format}`, bytes)).toBeUndefined();
  });
  it('refuses a file that is not the picture its name says', () => {
    expect(check('a.png', PICTURES.gif)).toBe('is named .png but is a GIF file (rename it or re-export it)');
    expect(check('a.jpg', Buffer.from('hello'))).toMatch(/^is not a JPG picture/);
    expect(check('a.bmp', PICTURES.png)).toMatch(/^is not a picture the site can publish/);
  });
  it('refuses an SVG without a size', () => {
    expect(check('a.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>'))).toMatch(/no width and height/);
  });
});

describe('svgProblem', () => {
  it.each([
    ['<svg><a href="#x"><rect/></a><use xlink:href="#r"/><image href="data:image/png;base64,AAAA"/></svg>', undefined],
    ['<svg><SCRIPT>x</SCRIPT></svg>', /<script>/],
    ['<svg><foreignObject><p>x</p></foreignObject></svg>', /<foreignobject>/],
    ['<svg><rect onclick="x"/></svg>', /event handler \(onclick=\)/],
    ['<svg><rect fill="url(https://x.example/#g)"/></svg>', /url\(…\) in fill=/],
    ['<svg><rect fill="url(#g)"/></svg>', undefined],
    ['<svg><style>rect { fill: url(/etc/x.svg#a) }</style></svg>', /<style> that loads another file/],
    ['<svg><use href="other.svg#x"/></svg>', /refers to another file or site \(href="other\.svg#x"\)/],
    ['<!DOCTYPE svg [<!ENTITY x "y">]><svg/>', /declares XML entities/],
    ['<html><svg/></html>', /first element is not <svg>/],
  ])('%s', (text, problem) => {
    const found = svgProblem(text);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toMatch(problem);
  });
});

describe('tagProblems', () => {
  const tag = (file: string, lang: 'sr' | 'en', value: string) => ({ file, lang, tag: value });
  it('finds two tags of one language with one URL, once, naming both', () => {
    expect(tagProblems([tag('a.md', 'en', 'C++'), tag('b.md', 'en', 'C'), tag('c.md', 'en', 'C')])).toEqual([
      { file: 'b.md', message: 'tag "C" and tag "C++" (in a.md) would share the page /en/tags/c/: write them the same way, or make them different words' },
    ]);
  });
  it('lets each language have its own tag of one URL, and one tag written in both scripts', () => {
    expect(tagProblems([tag('a.md', 'en', 'Banja Luka'), tag('b.md', 'sr', 'banja luka'), tag('c.md', 'sr', 'Бања Лука'.toLowerCase())])).toEqual([]);
  });
  it('refuses a tag with no letter or digit', () => {
    expect(tagProblems([tag('a.md', 'sr', '!!!')])).toEqual([{ file: 'a.md', message: 'tag "!!!" has no letter or digit, so it cannot have a page (write it as a word)' }]);
  });
});

describe('dataFileProblems', () => {
  const site = 'title: T\nurl: https://dmspot.net\nauthor:\n  name: A\n  bio: { sr: a, en: b }\ndescription: { sr: a, en: b }\nsupport:\n  url: https://example.org/\n  label: { sr: a, en: b }\n';
  it('passes good files', () => {
    expect(dataFileProblems(folder({ 'site.yaml': site, 'transliteration.json': '{"keepLatin": ["DM Spot"], "splitDigraphs": ["injekc"]}' }), '/')).toEqual([]);
  });
  it('names the file and the key of each problem, and a missing or unknown file', () => {
    const dir = folder({ 'transliteration.json': '{"keepLatin": "DM Spot", "splitDigraphs": ["Injekc"]}', 'site.yml': 'x: 1' });
    const rel = (name: string) => path.relative('/', path.join(dir, name));
    expect(dataFileProblems(dir, '/')).toEqual([
      { file: rel('site.yml'), message: 'is not a known data file (_data/ holds site.yaml, recommendations.yaml, transliteration.json)' },
      { file: rel('transliteration.json'), field: 'keepLatin', message: 'keepLatin must be a list of words in quotes, e.g. ["DM Spot", "GitHub"] (got "DM Spot")' },
      { file: rel('transliteration.json'), field: 'splitDigraphs.0', message: 'splitDigraphs.0 must be a lowercase Latin stem, e.g. "injekc" (got "Injekc")' },
      { file: rel('site.yaml'), message: 'is missing (the site settings: title, address, author, support link)' },
    ]);
  });
});

describe('readDictionaries', () => {
  it('reads the two dictionaries of the repository', () => {
    const { dictionaries, problems } = readDictionaries();
    expect(problems).toEqual([]);
    expect(Object.keys(dictionaries?.sr ?? {})).toEqual(Object.keys(dictionaries?.en ?? {}));
  });
  it('names the file and the key of a missing key, a wrong placeholder and a wrong type', () => {
    const dir = folder({ 'en.json': '{"nav.home": "Home", "a.count": "{{count}} items", "b": "x"}', 'sr.json': '{"nav.home": 7, "a.count": "{{broj}} stavki"}' });
    expect(readDictionaries(dir).problems).toEqual([{ file: 'i18n/sr.json', field: 'nav.home', message: 'nav.home must be text (got 7)' }]);
    const second = folder({ 'en.json': '{"nav.home": "Home", "a.count": "{{count}} items", "b": "x"}', 'sr.json': '{"nav.home": "Početna", "a.count": "{{broj}} stavki", "c": "y"}' });
    expect(readDictionaries(second).problems).toEqual([
      { file: 'i18n/sr.json', field: 'a.count', message: 'a.count has the placeholders {{broj}} where i18n/en.json has {{count}}' },
      { file: 'i18n/sr.json', field: 'b', message: 'b is missing (i18n/en.json has it)' },
      { file: 'i18n/sr.json', field: 'c', message: 'c is not in i18n/en.json (every language has the same keys)' },
    ]);
  });
});
