import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config/paths';
import { siteSettingsProblems } from '../../src/content/site-checks';

/** The sample _data/site.yaml as shipped, frozen (the author's own is theirs to edit). */
const SAMPLE = readFileSync(path.join(REPO_ROOT, 'test/fixtures/sample-settings/site.yaml'), 'utf8');

/** A site root with the sample settings, the portrait lines given, and the files listed. */
function siteWith(portrait: string | undefined, files: string[] = []) {
  const root = mkdtempSync(path.join(tmpdir(), 'dmspot-site-checks-'));
  mkdirSync(path.join(root, '_data'));
  const yaml = portrait === undefined ? SAMPLE : SAMPLE.replace('author:\n', `author:\n  portrait:\n    src: ${portrait}\n    alt: "Portret"\n`);
  writeFileSync(path.join(root, '_data/site.yaml'), yaml);
  for (const file of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), 'x');
  }
  return { content: path.join(root, 'content'), data: path.join(root, '_data') };
}

describe('siteSettingsProblems (author.portrait)', () => {
  it('accepts no portrait (a monogram is shown) and a portrait that exists', () => {
    expect(siteSettingsProblems(siteWith(undefined))).toEqual([]);
    expect(siteSettingsProblems(siteWith('/images/ana.jpg', ['content/images/ana.jpg']))).toEqual([]);
  });

  it.each([
    ['a missing file', '/images/ana.jpg', 'author.portrait.src /images/ana.jpg does not exist'],
    ['a picture on another site', 'https://example.com/ana.jpg', 'is on another site'],
    ['a file outside content/', '../ana.jpg', 'is outside content/'],
  ])('refuses %s, naming the file and the field', (_name, src, message) => {
    const [problem, ...rest] = siteSettingsProblems(siteWith(src));
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: '_data/site.yaml', field: 'author.portrait.src' });
    expect(problem?.message).toContain(message);
  });
});
