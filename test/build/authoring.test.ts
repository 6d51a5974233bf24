import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config/paths';
import { load } from 'cheerio';
import { NO_GIT_HISTORY } from '../../src/content/git-dates';
import { copyFixture, runBuild } from '../helpers/build';

/** The author's commands (`npm run new`, `check`, `status`) run as the author runs them. */
const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function site(): string {
  const root = copyFixture('minimal');
  dirs.push(root);
  return root;
}

function cli(script: string, root: string, args: string[], input = '') {
  return spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'src/cli', script), ...args], {
    cwd: REPO_ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, DMSPOT_SITE_ROOT: root, DMSPOT_TODAY: '2026-11-29' },
  });
}

describe('npm run new', () => {
  it('creates a draft from a Cyrillic title, kept in Cyrillic, and refuses to overwrite it with the same title in Latin', async () => {
    const root = site();
    const first = cli('new.ts', root, ['article', '--lang', 'sr', '--category', 'life-style', 'Чување података']);
    expect(first.status, first.stderr).toBe(0);
    const file = path.join(root, 'content/sr/articles/cuvanje-podataka.md');
    const written = readFileSync(file, 'utf8');
    expect(written).toContain('title: "Чување података"');
    expect(written).toContain('date: 2026-11-29');
    expect(written).toContain('draft: true');
    expect(first.stdout).toContain('content/sr/articles/cuvanje-podataka.md');
    expect(first.stdout).toContain('/sr/clanci/cuvanje-podataka/');
    expect(first.stdout).toContain('/sr-cyrl/clanci/cuvanje-podataka/');

    writeFileSync(file, `${written}\nMoj tekst.\n`);
    const again = cli('new.ts', root, ['article', '--lang', 'sr', '--category', 'life-style', 'Čuvanje podataka']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('content/sr/articles/cuvanje-podataka.md already exists');
    expect(readFileSync(file, 'utf8')).toContain('Moj tekst.');
  });

  it('asks for what is missing (interactive mode, answers piped)', async () => {
    const root = site();
    const result = cli('new.ts', root, [], 'article\nen\n3\nKeeping data safe\n');
    expect(result.status, result.stderr).toBe(0);
    const written = readFileSync(path.join(root, 'content/en/articles/keeping-data-safe.md'), 'utf8');
    expect(written).toContain('category: republika-srpska');
    expect(result.stdout).toContain('/en/articles/keeping-data-safe/');
  });

  it('creates an eLibrary item and a translation with the same key, category and date', async () => {
    const root = site();
    const library = cli('new.ts', root, ['library', '--lang', 'en', '--format', 'epub', 'Field notes']);
    expect(library.status, library.stderr).toBe(0);
    expect(readFileSync(path.join(root, 'content/en/library/field-notes.md'), 'utf8')).toContain('file: content/files/field-notes.epub');
    expect(library.stdout).toContain('/en/elibrary/field-notes/');

    const source = path.join(root, 'content/sr/articles/prvi-clanak.md');
    writeFileSync(source, readFileSync(source, 'utf8').replace('translationKey: first\n', '') + '\n## Uvod\n\n## Kraj\n');
    const translated = cli('new.ts', root, ['--translate', 'content/sr/articles/prvi-clanak.md', 'The first one']);
    expect(translated.status, translated.stderr).toBe(0);
    const written = readFileSync(path.join(root, 'content/en/articles/the-first-one.md'), 'utf8');
    expect(written).toMatch(/date: 2026-01-10\ncategory: life-style\n/);
    expect(written).toContain('translationKey: prvi-clanak');
    expect(written).toMatch(/## Uvod[\s\S]*## Kraj/);
    expect(readFileSync(source, 'utf8')).toContain('translationKey: prvi-clanak');
  });
});

describe('npm run check', () => {
  it('lists every problem in one run, each with its file', async () => {
    const root = site();
    const en = path.join(root, 'content/en/articles/first-article.md');
    writeFileSync(en, readFileSync(en, 'utf8').replace('category: life-style', 'category: tech') + '\n![](missing.jpg)\n\n![A photo](https://example.org/a.jpg)\n');
    const sr = path.join(root, 'content/sr/articles/prvi-clanak.md');
    writeFileSync(sr, readFileSync(sr, 'utf8').replace('title: Prvi članak\n', ''));
    const result = cli('check.ts', root, []);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/content\/en\/articles\/first-article\.md: category must be one of/);
    expect(result.stderr).toMatch(/content\/en\/articles\/first-article\.md: line \d+: image missing\.jpg has no alt text/);
    expect(result.stderr).toMatch(/content\/en\/articles\/first-article\.md: line \d+: image missing\.jpg does not exist/);
    expect(result.stderr).toMatch(/content\/en\/articles\/first-article\.md: line \d+: image https:\/\/example\.org\/a\.jpg is on another site/);
    expect(result.stderr).toMatch(/content\/sr\/articles\/prvi-clanak\.md: title is required/);
    expect(existsSync(path.join(root, '_site'))).toBe(false);
  });
});

describe('npm run status', () => {
  it('shows the translation that is older than its source, and the articles without one', async () => {
    const root = site();
    const sr = path.join(root, 'content/sr/articles/prvi-clanak.md');
    writeFileSync(sr, readFileSync(sr, 'utf8').replace('date: 2026-01-10', 'date: 2026-01-10\nupdated: 2026-02-01'));
    writeFileSync(
      path.join(root, 'content/sr/articles/samo-srpski.md'),
      '---\ntitle: Samo srpski\ndescription: Bez prevoda.\ndate: 2026-01-11\ncategory: life-style\n---\nTekst.\n',
    );
    const result = cli('status.ts', root, []);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/Translations older than their source \(1\)/);
    expect(result.stdout).toMatch(/content\/en\/articles\/first-article\.md\s+2026-01-10 \(date\)\s+content\/sr\/articles\/prvi-clanak\.md\s+2026-02-01 \(updated\)/);
    expect(result.stdout).toMatch(/Without a translation \(1\)[\s\S]*content\/sr\/articles\/samo-srpski\.md\s+sr\s+Samo srpski/);
    // The copy is not a git checkout (a downloaded archive): dates come from front matter, and it says so.
    expect(result.stdout).toContain(NO_GIT_HISTORY);
  });
});

describe('a content error in the preview', () => {
  it('is printed, leaves the wrong file out and is shown on every page, without failing the preview build', async () => {
    const root = copyFixture('minimal');
    const bad = path.join(root, 'content/sr/articles/pogresna-kategorija.md');
    writeFileSync(bad, '---\ntitle: Pogrešna kategorija\ndescription: Opis.\ndate: 2026-01-10\ncategory: tech\n---\nTekst.\n');
    const out = path.join(root, '_preview');
    // What `npm start` runs, as a one-off build in preview mode (the dev server itself keeps watching).
    const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'node_modules/@11ty/eleventy/cmd.cjs'), '--config=eleventy.config.ts', `--output=${out}`], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, DMSPOT_SITE_ROOT: root, DMSPOT_PREVIEW: '1', DMSPOT_NOW: '2026-11-29T12:00:00Z' },
    });
    expect(result.status, result.stderr).toBe(0);
    const expected = 'content/sr/articles/pogresna-kategorija.md: category must be one of science-technology, life-style, republika-srpska (got "tech")';
    expect(result.stderr).toContain(expected);
    expect(existsSync(path.join(out, 'sr/clanci/pogresna-kategorija/index.html'))).toBe(false);
    for (const page of ['sr/index.html', 'en/index.html', 'sr/clanci/prvi-clanak/index.html']) {
      const $ = load(readFileSync(path.join(out, page), 'utf8'));
      expect($('.banner-problems[role="alert"] li').text(), page).toBe(expected);
    }
  });

  it('still stops a production build', async () => {
    const root = copyFixture('minimal');
    writeFileSync(path.join(root, 'content/sr/articles/pogresna-kategorija.md'), '---\ntitle: X\ndescription: Opis.\ndate: 2026-01-10\ncategory: tech\n---\n');
    const result = await runBuild({ siteRoot: root, outDir: path.join(root, '_site') });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('pogresna-kategorija.md: category must be one of');
  });
});
