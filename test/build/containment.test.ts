/**
 * Containment: what someone with write access to `content/` or `_data/` (a careless paste, a
 * compromised contributor, a pull request) can make the build do. Each attack is a fixture: the
 * build refuses it with the exact message, and the previous `_site/` is left as it was; the
 * inputs that used to hang or crash the build now build, within the runner's limit.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../helpers/build';
import { PICTURES } from '../helpers/pictures';
import { changedFixture, expectRefused, filesUnder } from '../helpers/refused';

const article = (fields: string, body = 'Tekst.\n') => `---\ntitle: Članak\ndescription: Opis.\ndate: 2026-01-12\ncategory: life-style\n${fields}\n---\n${body}`;
const SR = 'content/sr/articles/napad.md';

/** A folder outside every site, holding what an attacker would like published. */
const outside = mkdtempSync(path.join(tmpdir(), 'dmspot-outside-'));
writeFileSync(path.join(outside, 'secret.txt'), 'secret of the build machine');
writeFileSync(path.join(outside, 'photo.png'), PICTURES.png);
mkdirSync(path.join(outside, 'folder'));
writeFileSync(path.join(outside, 'folder', 'leak.png'), PICTURES.png);
afterAll(() => rmSync(outside, { recursive: true, force: true }));

/** A symbolic link at `rel` of the site `root` to `target`, its folder made first. */
function linkIn(root: string, rel: string, target: string): void {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  symlinkSync(target, path.join(root, rel));
}

/** A PNG header claiming `width` × `height` pixels: a few bytes on disk, gigabytes decoded. */
function pngClaiming(width: number, height: number): Buffer {
  const header = Buffer.alloc(33);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
  header.writeUInt32BE(13, 8);
  header.write('IHDR', 12, 'latin1');
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  header.set([8, 2, 0, 0, 0], 24);
  return header;
}

describe('files from outside content/ are refused before anything is written', () => {
  it('a symbolic link in content/files/ to a file of the machine', async () => {
    await expectRefused({ prepare: (root) => linkIn(root, 'content/files/x.pdf', '/etc/passwd') }, [
      '  content/files/x.pdf: is a symbolic link; the site publishes only real files inside content/ (copy the file here instead of linking to it)',
    ]);
  });

  it('a relative link climbing out of the repository', async () => {
    await expectRefused({ prepare: (root) => linkIn(root, 'content/files/y.pdf', path.relative(path.join(root, 'content/files'), path.join(outside, 'secret.txt'))) }, [
      '  content/files/y.pdf: is a symbolic link;',
    ]);
  });

  it('a symbolic link to a folder, and a picture in content/images/ that is a link', async () => {
    const stderr = await expectRefused(
      {
        prepare: (root) => {
          mkdirSync(path.join(root, 'content/images'));
          symlinkSync(path.join(outside, 'folder'), path.join(root, 'content/images/kampanja'));
          symlinkSync(path.join(outside, 'photo.png'), path.join(root, 'content/images/foto.png'));
        },
      },
      ['  content/images/kampanja: is a symbolic link;', '  content/images/foto.png: is a symbolic link;'],
    );
    expect(stderr).not.toContain('leak.png');
  });

  it('a file in content/files/ that is not an eLibrary file (HTML would run on the site)', async () => {
    await expectRefused({ add: { 'content/files/stranica.html': '<script>alert(1)</script>' } }, [
      "  content/files/stranica.html: is not a PDF or EPUB file; content/files/ publishes only the eLibrary's .pdf and .epub files",
    ]);
  });

  it('a cover outside content/', async () => {
    await expectRefused({ add: { [SR]: article(`cover:\n  src: ${path.relative(path.join('content/sr/articles'), path.join(outside, 'photo.png'))}\n  alt: Foto`) } }, [
      `  content/sr/articles/napad.md: cover.src: image ../../../`,
      'is outside content/',
    ]);
  });

  it('a cover that is a file of the machine, by absolute path', async () => {
    await expectRefused({ add: { [SR]: article('cover:\n  src: /etc/hostname\n  alt: x') } }, [
      '  content/sr/articles/napad.md: cover.src: image /etc/hostname must be beside the article (photo.jpg) or in content/images/ (/images/photo.jpg)',
    ]);
  });

  it('a cover that is not a picture', async () => {
    await expectRefused({ add: { [SR]: article('cover:\n  src: naslovna.png\n  alt: x'), 'content/sr/articles/naslovna.png': 'not a picture' } }, [
      '  content/sr/articles/naslovna.png: is not a PNG picture (its contents are not an image; re-export it)',
    ]);
  });

  it('a picture whose name lies about its format', async () => {
    await expectRefused({ add: { [SR]: article('cover:\n  src: naslovna.png\n  alt: x'), 'content/sr/articles/naslovna.png': PICTURES.jpg } }, [
      '  content/sr/articles/naslovna.png: is named .png but is a JPG file (rename it or re-export it)',
    ]);
  });

  it('a picture of 40,000 × 40,000 pixels (a few bytes on disk)', async () => {
    await expectRefused({ add: { [SR]: article('', '![Bomba](bomba.png)\n'), 'content/sr/articles/bomba.png': pngClaiming(40_000, 40_000) } }, [
      '  content/sr/articles/bomba.png: is 40,000 × 40,000 pixels; at most 12,000 on a side and 40 megapixels (scale it down)',
    ]);
  });

  it('raw HTML passing itself off as a picture placeholder', async () => {
    await expectRefused({ add: { [SR]: article('', 'Tekst.\n\n<div><img/src="/_picture/../../x.png" alt="a"></div>\n') } }, [
      '  content/sr/articles/napad.md: line 10: image /_picture/../../x.png must be beside the article (photo.jpg) or in content/images/ (/images/photo.jpg)',
    ]);
  });
});

describe('SVG pictures', () => {
  const svg = (inner: string, attributes = '') => `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="1600" height="900" viewBox="0 0 1600 900"${attributes}>${inner}</svg>`;
  const withPicture = (file: string) => ({ [SR]: article('', '![Crtež](crtez.svg)\n'), [`content/sr/articles/${file}`]: '' });

  it.each<[string, string, string]>([
    ['a script', svg('<script>alert(document.domain)</script><rect width="10" height="10"/>'), 'has a <script> element; the site publishes pictures, not programs or embedded pages (remove it)'],
    ['an event handler', svg('<rect width="10" height="10"/>', ' onload="alert(1)"'), 'has an event handler (onload=); remove it'],
    ['a reference to a file of the machine', svg('<image href="file:///etc/passwd" width="10" height="10"/>'), 'refers to another file or site (href="file:///etc/passwd"); embed the picture in the SVG or draw it'],
    ['a reference to another site', svg('<image xlink:href="https://tracker.example/p.png" width="10" height="10"/>'), 'refers to another file or site (xlink:href="https://tracker.example/p.png")'],
    ['a stylesheet from elsewhere', svg('<style>@import url(https://fonts.example/f.css);</style>'), 'has a <style> that loads another file (@import or url(…)); remove it'],
    ['entity declarations', `<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>${svg('<text>&b;</text>')}`, 'declares XML entities (<!ENTITY>); export it again as plain SVG'],
    ['an HTML page in disguise', '<html><body><script>alert(1)</script></body></html>', 'has a <script> element'],
  ])('with %s is refused', async (_what, text, message) => {
    await expectRefused({ add: { ...withPicture('crtez.svg'), 'content/sr/articles/crtez.svg': text } }, [`  content/sr/articles/crtez.svg: ${message}`]);
  });

  it('a plain drawing is published as pictures only (AVIF, WebP, PNG), never as SVG', async () => {
    const root = changedFixture({ add: { [SR]: article('', '![Crtež](crtez.svg)\n'), 'content/sr/articles/crtez.svg': svg('<rect width="1600" height="900" fill="#0b5c7e"/><circle cx="800" cy="450" r="200" fill="#c2410c"/>') } });
    try {
      const out = path.join(root, '_site');
      const result = await runBuild({ siteRoot: root, outDir: out });
      expect(result.status, result.stderr).toBe(0);
      const published = filesUnder(out);
      expect(published.filter((file) => file.endsWith('.svg'))).toEqual(['favicon.svg']);
      const html = readFileSync(path.join(out, 'sr/clanci/napad/index.html'), 'utf8');
      const sources = [...html.matchAll(/<source type="([^"]+)"/g)].map((match) => match[1]);
      expect(sources).toEqual(['image/avif', 'image/webp']);
      expect(html).toMatch(/<img [^>]*src="\/img\/[^"]+\.png"/);
      for (const file of published.filter((name) => name.startsWith('img/'))) expect(file).toMatch(/\.(avif|webp|png)$/);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('inputs of bounded size are refused or built, never hang or exhaust the build', () => {
  it('a title of 20,000 characters without a space', async () => {
    await expectRefused({ add: { [SR]: article('', 'Tekst.\n').replace('title: Članak', `title: ${'A'.repeat(20_000)}`) } }, ['  content/sr/articles/napad.md: title is 20,000 characters; at most 200']);
  });

  it('a description, too many tags, a tag too long', async () => {
    const stderr = await expectRefused({ add: { [SR]: article(`tags: [${Array.from({ length: 25 }, (_, i) => `t${i}`).join(', ')}]`).replace('description: Opis.', `description: ${'b'.repeat(5000)}`), 'content/en/articles/tagged.md': article(`tags: [${'x'.repeat(100)}]`).replace('title: Članak', 'title: Tagged') } }, [
      '  content/sr/articles/napad.md: description is 5,000 characters; at most 500',
      '  content/sr/articles/napad.md: tags has 25 entries; at most 20',
      '  content/en/articles/tagged.md: tags.0 is 100 characters; at most 60',
    ]);
    expect(stderr).not.toContain('b'.repeat(100));
  });

  it('a 418-byte YAML alias bomb', async () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (const [name, previous] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g']]) levels.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(',')}]`);
    const bomb = `---\n${levels.join('\n')}\ntitle: [${Array(9).fill('*h').join(',')}]\n---\nTekst.\n`;
    expect(bomb.length).toBeLessThan(700);
    await expectRefused({ add: { [SR]: bomb } }, ['  content/sr/articles/napad.md: front matter uses a YAML alias (*name) to repeat a list or a block; write the values out instead']);
  });

  it('front matter nested thousands of levels deep', async () => {
    await expectRefused({ add: { [SR]: `---\ntitle: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n` } }, ['  content/sr/articles/napad.md: front matter is not valid YAML at line 2, column 107: nesting exceeded maxDepth (100)']);
  });

  it('front matter in JavaScript (it would run on the build machine)', async () => {
    await expectRefused({ add: { [SR]: '---js\n{ title: require("fs").readFileSync("/etc/passwd", "utf8") }\n---\nTekst.\n' } }, ['  content/sr/articles/napad.md: front matter must be YAML between two "---" lines (not ---js)']);
  });

  it('raw HTML nested 50,000 elements deep', async () => {
    await expectRefused({ add: { [SR]: article('', `${'<span>'.repeat(50_000)}duboko${'</span>'.repeat(50_000)}\n`) } }, ['content/sr/articles/napad.md: its HTML is nested more than 200 elements deep; simplify the markup']);
  });

  it('20,000 identical headings build (the runner\'s limit, not a clock here, would stop a hang)', { timeout: 240_000 }, async () => {
    const root = changedFixture({ add: { 'content/en/articles/same.md': article('', '## Same\n\nText.\n\n'.repeat(20_000)).replace('title: Članak', 'title: Same') } });
    try {
      const result = await runBuild({ siteRoot: root, outDir: path.join(root, '_site') });
      expect(result.status, result.stderr).toBe(0);
      const html = readFileSync(path.join(root, '_site/en/articles/same/index.html'), 'utf8');
      expect(html).toContain('id="same"');
      expect(html).toContain('id="same-19999"');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a title of 200 characters without a space builds, its preview image cut into lines', { timeout: 120_000 }, async () => {
    const root = changedFixture({ add: { 'content/en/articles/long.md': article('', 'Text.\n').replace('title: Članak', `title: ${'W'.repeat(200)}`) } });
    try {
      const result = await runBuild({ siteRoot: root, outDir: path.join(root, '_site') });
      expect(result.status, result.stderr).toBe(0);
      expect(filesUnder(path.join(root, '_site'))).toContain('en/articles/long/og.png');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('data files are checked like front matter, naming the file and the key', () => {
  it('a string where a list belongs (_data/transliteration.json)', async () => {
    await expectRefused({ add: { '_data/transliteration.json': '{ "keepLatin": "DM Spot" }' } }, [
      '  _data/transliteration.json: keepLatin must be a list of words in quotes, e.g. ["DM Spot", "GitHub"] (got "DM Spot")',
    ]);
  });

  it('a data file that is not JSON', async () => {
    await expectRefused({ add: { '_data/transliteration.json': '{ keepLatin: [] }' } }, ['  _data/transliteration.json: is not valid JSON: ']);
  });

  it('a misspelt data file, and settings with a wrong type', async () => {
    await expectRefused({ add: { '_data/site.yml': 'title: x\n', '_data/recommendations.yaml': '- title: Knjiga\n  url: https://example.org/\n  kind: movie\n  note: { sr: a, en: b }\n' } }, [
      '  _data/site.yml: is not a known data file (_data/ holds site.yaml, recommendations.yaml, transliteration.json)',
      '  _data/recommendations.yaml: 0.kind must be one of book, course, tool, site (got "movie")',
    ]);
  });

  it('a YAML alias bomb in the settings', async () => {
    await expectRefused({ add: { '_data/recommendations.yaml': 'x: &x [a, a, a]\ny: [*x, *x]\n' } }, ['  _data/recommendations.yaml: uses a YAML alias (*name) to repeat a list or a block; write the values out instead']);
  });
});

describe('tags', () => {
  it('two tags with one URL are an error naming both', async () => {
    await expectRefused({ add: { 'content/en/articles/cpp.md': article('tags: [C++]').replace('title: Članak', 'title: C plus plus'), 'content/en/articles/c.md': article('tags: [c]').replace('title: Članak', 'title: C') } }, [
      '  content/en/articles/cpp.md: tag "C++" and tag "c" (in content/en/articles/c.md) would share the page /en/tags/c/: write them the same way, or make them different words',
    ]);
  });

  it('a tag without a letter or digit', async () => {
    await expectRefused({ add: { [SR]: article('tags: ["!!!"]') } }, ['  content/sr/articles/napad.md: tag "!!!" has no letter or digit, so it cannot have a page (write it as a word)']);
  });

  it('the same tag in Latin and in Cyrillic is one tag', async () => {
    const root = changedFixture({ add: { [SR]: article('tags: [Banja Luka]'), 'content/sr/articles/drugi.md': article('tags: [Бања Лука]').replace('title: Članak', 'title: Drugi') } });
    try {
      const result = await runBuild({ siteRoot: root, outDir: path.join(root, '_site') });
      expect(result.status, result.stderr).toBe(0);
      expect(filesUnder(path.join(root, '_site'))).toContain('sr/oznake/banja-luka/index.html');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('a killed build', () => {
  it('leaves nothing behind that the next build does not remove', async () => {
    const root = changedFixture({});
    try {
      // What `kill -9` of a build (process 99999999 is not running) leaves beside _site/.
      mkdirSync(path.join(root, '._site.new-99999999/sr'), { recursive: true });
      mkdirSync(path.join(root, '._site.old-99999998'), { recursive: true });
      const result = await runBuild({ siteRoot: root, outDir: path.join(root, '_site') });
      expect(result.status, result.stderr).toBe(0);
      expect(filesUnder(root).filter((file) => file.startsWith('._site'))).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
