import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config/paths';

/**
 * The dev server's fast path (src/dev/hot-page.ts) writes an edited page before Eleventy's rebuild
 * does; the rebuild then writes the page again. Here both are compared byte for byte: the fast
 * path's files for edited bodies against Eleventy's full render of the edited site, for a Serbian
 * article (and its Cyrillic twin), an English one, a home page, the author page and an eLibrary
 * item; and the edits it must leave to
 * Eleventy are declined.
 */

const front = (title: string, lang: 'sr' | 'en') =>
  `---\ntitle: ${title}\ndescription: ${lang === 'sr' ? 'Članak s naslovima, listama i kodom.' : 'An article with headings, lists and code.'}\ndate: 2026-02-01\ncategory: science-technology\ntags: [${lang === 'sr' ? 'Banja Luka, bezbjednost' : 'security'}]\n---\n`;

const SR_BODY = `Uvod o džezvi, konjugaciji i nadživjeti, s riječju **Linux** i \`npm test\`.

## Prvi dio

- stavka sa [vezom](https://example.org/)
- injekcija i podžanr

\`\`\`js
const pozdrav = 'Zdravo';
\`\`\`

> Citat: ljubav i znanje.
`;

const EN_BODY = `An introduction with **bold** text and \`code\`.

## First part

1. one
2. two
`;

/** A longer body: more words (reading time), a new heading (table of contents), other markup. */
const longer = (body: string, lang: 'sr' | 'en') =>
  `${body}\n## ${lang === 'sr' ? 'Drugi dio' : 'Second part'}\n\nText.\n\n## ${lang === 'sr' ? 'Treći dio' : 'Third part'}\n\nText.\n\n## ${lang === 'sr' ? 'Novi dio o đakonu Đorđu' : 'A new part'}\n\n${Array.from({ length: 60 }, (_, i) => (lang === 'sr' ? `Rečenica broj ${i} o ljubavi, njezi i džepu.` : `Sentence number ${i} about love and care.`)).join(' ')}\n\n| a | b |\n|---|---|\n| 1 | 2 |\n`;

let before: string;
let after: string;
let out: string;
let declines: string;
let report: Record<string, { files?: string[]; declined?: string }>;

const ARTICLE_SR = 'sr/articles/bogat-clanak.md';
const ARTICLE_EN = 'en/articles/rich-article.md';
const HOME_SR = 'sr/index.md';
const AUTHOR_EN = 'en/author.md';
const LIBRARY_SR = 'sr/library/okvir-za-bezbjednost.md';
const LIBRARY_FRONT = '---\ntitle: Okvir za bezbjednost\nauthors: ["Nacionalni institut"]\ndescription: Besplatan okvir za upravljanje rizikom.\nyear: 2024\nformat: web\nurl: https://example.org/okvir\ntags: [bezbjednost]\n---\n';
const NEW_TITLE = 'en/articles/first-article.md';
const PICTURE = 'sr/articles/prvi-clanak.md';
const UNKNOWN = 'sr/articles/novi-clanak.md';

beforeAll(() => {
  before = mkdtempSync(path.join(tmpdir(), 'dmspot-hot-before-'));
  cpSync(path.join(REPO_ROOT, 'test/fixtures/minimal'), before, { recursive: true });
  writeFileSync(path.join(before, 'content', ARTICLE_SR), front('Bogat članak', 'sr') + SR_BODY);
  writeFileSync(path.join(before, 'content', ARTICLE_EN), front('A rich article', 'en') + EN_BODY);
  mkdirSync(path.join(before, 'content/sr/library'), { recursive: true });
  writeFileSync(path.join(before, 'content', LIBRARY_SR), `${LIBRARY_FRONT}## Zašto ga preporučujem\n\nKratak opis.\n`);
  after = mkdtempSync(path.join(tmpdir(), 'dmspot-hot-after-'));
  cpSync(before, after, { recursive: true });
  writeFileSync(path.join(after, 'content', ARTICLE_SR), front('Bogat članak', 'sr') + longer(SR_BODY, 'sr'));
  writeFileSync(path.join(after, 'content', ARTICLE_EN), front('A rich article', 'en') + longer(EN_BODY, 'en'));
  writeFileSync(path.join(after, 'content', LIBRARY_SR), `${LIBRARY_FRONT}## Zašto ga preporučujem\n\nDuži opis, s listom:\n\n- prvo\n- drugo\n`);
  const author = readFileSync(path.join(before, 'content', AUTHOR_EN), 'utf8');
  writeFileSync(path.join(after, 'content', AUTHOR_EN), `${author}\n## Talks\n\nA paragraph about talks.\n`);
  const home = readFileSync(path.join(before, 'content', HOME_SR), 'utf8');
  writeFileSync(path.join(after, 'content', HOME_SR), `${home}\nJoš jedan pasus na početnoj strani.\n`);
  // Edits the fast path leaves to Eleventy, in a site of their own (they change other pages).
  declines = mkdtempSync(path.join(tmpdir(), 'dmspot-hot-declines-'));
  cpSync(before, declines, { recursive: true });
  const first = readFileSync(path.join(before, 'content', NEW_TITLE), 'utf8');
  writeFileSync(path.join(declines, 'content', NEW_TITLE), first.replace('title: First article', 'title: The first article'));
  const picture = readFileSync(path.join(before, 'content', PICTURE), 'utf8');
  writeFileSync(path.join(declines, 'content', PICTURE), `${picture}\n![Slika](slika.png)\n`);
  writeFileSync(path.join(declines, 'content', UNKNOWN), front('Novi', 'sr') + 'Tekst.\n');

  out = mkdtempSync(path.join(tmpdir(), 'dmspot-hot-out-'));
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'test/helpers/hot-page-run.ts', before, after, out, ARTICLE_SR, ARTICLE_EN, HOME_SR, AUTHOR_EN, LIBRARY_SR, ...[NEW_TITLE, PICTURE, UNKNOWN].map((file) => `${file}@${declines}`)], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, DMSPOT_NOW: '2026-11-29T12:00:00Z' },
  });
  if (run.status !== 0) throw new Error(`hot-page-run failed:\n${run.stdout}\n${run.stderr}`);
  report = JSON.parse(run.stdout.trim().split('\n').at(-1)!) as typeof report;
}, 120_000);

afterAll(() => {
  if (process.env["DMSPOT_KEEP_TEST_OUTPUT"]) console.info(`kept: ${before} ${after} ${declines} ${out}`);
  else for (const dir of [before, after, declines, out]) if (dir) rmSync(dir, { recursive: true, force: true });
});

const read = (kind: 'before' | 'hot' | 'after', rel: string) => readFileSync(path.join(out, kind, rel), 'utf8');

describe('the dev server’s fast path for an edited body', () => {
  it.each([
    [ARTICLE_SR, ['sr/clanci/bogat-clanak/index.html', 'sr-cyrl/clanci/bogat-clanak/index.html']],
    [ARTICLE_EN, ['en/articles/rich-article/index.html']],
    [HOME_SR, ['sr/index.html', 'sr-cyrl/index.html']],
    [AUTHOR_EN, ['en/author/index.html']],
    [LIBRARY_SR, ['sr/ebiblioteka/okvir-za-bezbjednost/index.html', 'sr-cyrl/ebiblioteka/okvir-za-bezbjednost/index.html']],
  ])('%s: writes what Eleventy writes for the edited site, byte for byte', (file, outputs) => {
    expect(report[file]).toEqual({ files: outputs });
    for (const rel of outputs) {
      // A real edit: the page did change.
      expect(read('after', rel), rel).not.toBe(read('before', rel));
      expect(read('hot', rel), rel).toBe(read('after', rel));
    }
  });

  it('renders the changes a body brings to the rest of the page (reading time, contents)', () => {
    const hot = read('hot', 'sr-cyrl/clanci/bogat-clanak/index.html');
    expect(hot).toContain('Нови дио о ђакону Ђорђу');
    expect(hot).toMatch(/class="toc"/);
    expect(read('before', 'sr-cyrl/clanci/bogat-clanak/index.html')).not.toMatch(/class="toc"/);
    expect(read('before', 'sr/clanci/bogat-clanak/index.html')).toMatch(/1 minut čitanja/);
    expect(read('hot', 'sr/clanci/bogat-clanak/index.html')).toMatch(/[2-9] minut[ae]? čitanja/);
  });

  it('leaves to Eleventy a changed front matter, a picture, and a page it has not rendered', () => {
    expect(report[NEW_TITLE]).toEqual({ declined: 'the front matter changed' });
    expect(report[PICTURE]).toEqual({ declined: 'the body has pictures' });
    expect(report[UNKNOWN]).toEqual({ declined: 'not rendered before' });
  });
});
