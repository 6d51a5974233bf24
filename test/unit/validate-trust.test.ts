import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateContent } from '../../src/content/validate';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

function root(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'dmspot-trust-'));
  roots.push(dir);
  return dir;
}

const page = '---\ntitle: Naslov\ndescription: Opis.\n---\nTekst.\n';

describe('language folders', () => {
  it('an empty language folder is a problem named by its path', () => {
    const dir = root();
    mkdirSync(path.join(dir, 'content/en'), { recursive: true });
    mkdirSync(path.join(dir, 'content/sr'), { recursive: true });
    writeFileSync(path.join(dir, 'content/sr/index.md'), page);
    writeFileSync(path.join(dir, 'content/sr/author.md'), page);
    const { problems } = validateContent(path.join(dir, 'content'), dir);
    expect(problems).toEqual([{ file: 'content/en', message: expect.stringContaining('is empty') }]);
  });

  it('a folder with its pages is fine', () => {
    const dir = root();
    for (const lang of ['sr', 'en']) {
      mkdirSync(path.join(dir, 'content', lang), { recursive: true });
      writeFileSync(path.join(dir, 'content', lang, 'index.md'), page);
    }
    expect(validateContent(path.join(dir, 'content'), dir).problems).toEqual([]);
  });
});

describe('slugs in mixed scripts', () => {
  it.each([
    ['clanak-са-ћирилицом.md', 'Latin and Cyrillic letters in one name'],
    ['clаnak.md', 'a Cyrillic а hiding among Latin letters (a homoglyph)'],
    ['članak.md', 'a Latin letter with a diacritic'],
    ['статья.md', 'Cyrillic only'],
  ])('%s (%s) is refused as a slug', (name) => {
    const dir = root();
    mkdirSync(path.join(dir, 'content/sr/articles'), { recursive: true });
    writeFileSync(path.join(dir, 'content/sr/articles', name), '---\ntitle: T\ndescription: D.\ndate: 2026-01-01\ncategory: life-style\n---\nT.\n');
    const { problems } = validateContent(path.join(dir, 'content'), dir);
    expect(problems).toEqual([expect.objectContaining({ file: `content/sr/articles/${name}`, field: 'slug', message: expect.stringContaining('lowercase ASCII') })]);
  });
});
