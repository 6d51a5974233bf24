import { gunzipSync } from 'node:zlib';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderHeadersFile } from '../../src/security/headers';
import { copyFixture, runBuild, FIXTURE_SITE } from '../helpers/build';

const NOW = { DMSPOT_NOW: '2026-11-29T12:00:00Z' };

/** Every file under `dir`, relative, sorted. */
function files(dir: string, sub = ''): string[] {
  return readdirSync(path.join(dir, sub), { withFileTypes: true })
    .flatMap((entry) => {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      return entry.isDirectory() ? files(dir, rel) : [rel];
    })
    .sort();
}

/** The text of a built file; Pagefind's index files are gzip, so they are read unpacked. */
function textOf(file: string): string {
  const bytes = readFileSync(file);
  return (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
}

const article = (fields: string, body: string) => `---\n${fields}\n---\n${body}`;
const SR = 'title: Loš članak\ndescription: Opis.\ndate: 2026-01-12\ncategory: life-style';

/**
 * A fixture site (the minimal one plus `add`, minus `remove`) built over a previous `_site/`:
 * the build must fail, say `expected`, and leave the previous site exactly as it was.
 */
async function expectRefused(add: Record<string, string | Buffer>, expected: string[], remove: string[] = []): Promise<void> {
  const root = copyFixture('minimal');
  for (const rel of remove) rmSync(path.join(root, rel), { recursive: true, force: true });
  for (const [rel, contents] of Object.entries(add)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), contents);
  }
  const out = path.join(root, '_site');
  mkdirSync(out);
  writeFileSync(path.join(out, 'index.html'), 'previous build');
  const result = await runBuild({ siteRoot: root, outDir: out, env: NOW });
  expect(result.status, result.stdout + result.stderr).toBe(1);
  for (const words of expected) expect(result.stderr).toContain(words);
  expect(files(out)).toEqual(['index.html']);
  expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous build');
}

/** A 1×1 PNG, for an image that exists. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe('a bad input stops the build, names the file and line, and writes nothing', () => {
  it('a broken internal link in Markdown', async () => {
    await expectRefused({ 'content/sr/articles/losa-veza.md': article(SR, 'Prvi red.\n\nVidi [ovaj tekst](/sr/clanci/nema-ga/).\n') }, [
      'content/sr/articles/losa-veza.md:9: link /sr/clanci/nema-ga/ leads to no page or file',
    ]);
  });

  it('a link to a missing #anchor', async () => {
    await expectRefused({ 'content/sr/articles/losa-veza.md': article(SR, 'Vidi [prvi](/sr/clanci/prvi-clanak/#nema-ga).\n') }, [
      'content/sr/articles/losa-veza.md:7: link /sr/clanci/prvi-clanak/#nema-ga has no #nema-ga on /sr/clanci/prvi-clanak/',
    ]);
  });

  it('a missing image', async () => {
    await expectRefused({ 'content/sr/articles/losa-slika.md': article(SR, 'Tekst.\n\n![Most na Drini](most.png)\n') }, ['content/sr/articles/losa-slika.md', 'line 9', 'most.png']);
  });

  it('an image without alt text', async () => {
    await expectRefused({ 'content/sr/articles/bez-opisa.md': article(SR, 'Tekst.\n\n![](most.png)\n'), 'content/sr/articles/most.png': PNG }, ['content/sr/articles/bez-opisa.md', 'line 9', 'alt']);
  });

  it('a slug in mixed scripts', async () => {
    await expectRefused({ 'content/sr/articles/clanak-са-ћирилицом.md': article(SR, 'Tekst.\n') }, ['content/sr/articles/clanak-са-ћирилицом.md', 'lowercase ASCII']);
  });

  it('an empty language folder', async () => {
    await expectRefused({}, ['content/en: is empty'], ['content/en/articles', 'content/en/index.md', 'content/en/author.md']);
  });
});

describe('content that must build', () => {
  it('a file with a byte-order mark and CRLF line ends builds like any other', async () => {
    const root = copyFixture('minimal');
    const text = article('title: Windows članak\r\ndescription: Sačuvan u Notepadu.\r\ndate: 2026-01-11\r\ncategory: life-style', 'Prvi red.\r\n\r\nDrugi pasus.\r\n').replace(/\n/g, '\r\n').replace(/\r\r/g, '\r');
    writeFileSync(path.join(root, 'content/sr/articles/windows-clanak.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    const out = path.join(root, '_site');
    const result = await runBuild({ siteRoot: root, outDir: out, env: NOW });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const page = readFileSync(path.join(out, 'sr/clanci/windows-clanak/index.html'), 'utf8');
    expect(page).toContain('<h1>Windows članak</h1>');
    expect(page).toContain('<p>Prvi red.</p>\n<p>Drugi pasus.</p>');
    expect(page).not.toContain('\uFEFF');
    expect(page).not.toContain('\r');
  });

  it('scheduled and draft articles are left out of every output file; hostile Markdown is neutralised', async () => {
    const root = copyFixture('minimal');
    const write = (rel: string, text: string) => writeFileSync(path.join(root, rel), text);
    write('content/sr/articles/zakazani-clanak.md', article('title: Zakazani Kvrgavac\ndescription: Zakazano.\ndate: 2026-12-24\ncategory: life-style\ntags: [zakazanotag]', 'Tajni zakazani tekst.\n'));
    write('content/sr/articles/nacrt-clanka.md', article('title: Nacrt Mrgud\ndescription: Nacrt.\ndate: 2026-01-05\ncategory: life-style\ndraft: true\ntags: [nacrttag]', 'Tajni nacrt.\n'));
    write('content/en/articles/draft-post.md', article('title: Draft Quibble\ndescription: Draft.\ndate: 2026-01-05\ncategory: life-style\ndraft: true', 'Secret draft.\n'));
    write(
      'content/en/articles/hostile.md',
      article(
        'title: "Hostile <script>alert(1)</script> & title"\ndescription: "Quote \\" and <b>tags</b>"\ndate: 2026-01-06\ncategory: life-style',
        'Result: {{ 7*7 }} and {% raw %}.\n\n<script>alert(1)</script>\n\n<b onclick="alert(1)">b</b> <span onmouseover="alert(1)">s</span> <a href="javascript:alert(1)">js</a>\n\n<iframe src="https://example.org/"></iframe><object data="x"></object><embed src="y">\n\n[out](https://example.org/)\n',
      ),
    );
    const out = path.join(root, '_site');
    const result = await runBuild({ siteRoot: root, outDir: out, env: NOW });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const all = files(out);
    // Not as a page, nor in a listing, tag page, feed, sitemap or the search index.
    for (const secret of ['zakazani-clanak', 'Kvrgavac', 'zakazanotag', 'nacrt-clanka', 'Mrgud', 'nacrttag', 'draft-post', 'Quibble', 'Tajni', 'Secret draft']) {
      expect(all.filter((f) => f.includes(secret))).toEqual([]);
      expect(all.filter((f) => textOf(path.join(out, f)).includes(secret)), secret).toEqual([]);
    }
    const hostile = readFileSync(path.join(out, 'en/articles/hostile/index.html'), 'utf8');
    expect(hostile).toContain('Result: {{ 7*7 }} and {% raw %}.');
    expect(hostile).not.toContain('Result: 49');
    expect(hostile).toContain('<h1>Hostile &lt;script&gt;alert(1)&lt;/script&gt; &amp; title</h1>');
    expect(hostile).not.toMatch(/<script>alert|onclick|onmouseover|javascript:|<iframe|<object|<embed/);
    expect(hostile).toContain('<a href="https://example.org/" rel="noopener noreferrer">out</a>');
    // In the head too: the title and description are escaped there as well.
    expect(hostile).toMatch(/<title>Hostile &lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; title/);
  });

  it('a 5 MB article builds (a hang is stopped by the runner\'s limit, not timed by the test)', { timeout: 120_000 }, async () => {
    const root = copyFixture('minimal');
    const paragraph = 'Backups that work are boring: a copy elsewhere, a restore rehearsed, and a note of what was restored and when. ';
    let body = '';
    for (let i = 0; body.length < 5 * 1024 * 1024; i++) body += `## Part ${i}\n\n${paragraph.repeat(8)}\n\n`;
    writeFileSync(path.join(root, 'content/en/articles/very-long.md'), article('title: Very long\ndescription: Five megabytes.\ndate: 2026-01-07\ncategory: life-style', body));
    const out = path.join(root, '_site');
    const result = await runBuild({ siteRoot: root, outDir: out, env: NOW });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(out, 'en/articles/very-long/index.html')).length).toBeGreaterThan(5 * 1024 * 1024);
  });
});

describe('determinism', () => {
  it('a second build of the same content is byte for byte identical to the first, _headers included', async () => {
    // The first build is the fixture site of the global setup (same content, same DMSPOT_NOW).
    const again = path.join(tmpdir(), `dmspot-deterministic-${process.pid}`);
    rmSync(again, { recursive: true, force: true });
    const result = await runBuild({ outDir: again, env: NOW });
    expect(result.status, result.stderr).toBe(0);
    const list = files(FIXTURE_SITE);
    expect(files(again)).toEqual(list);
    const different = list.filter((f) => !readFileSync(path.join(FIXTURE_SITE, f)).equals(readFileSync(path.join(again, f))));
    expect(different).toEqual([]);
    expect(readFileSync(path.join(again, '_headers'), 'utf8')).toBe(renderHeadersFile());
    rmSync(again, { recursive: true, force: true });
  });
});
