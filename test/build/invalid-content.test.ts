import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config/paths';
import { copyFixture, runBuild } from '../helpers/build';

/** Each bad file, the words the error must contain (file and field), and why. */
const CASES: [string, string[]][] = [
  ['missing-title.md', ['content/sr/articles/missing-title.md', 'title is required']],
  ['unknown-category.md', ['content/sr/articles/unknown-category.md', 'category must be one of science-technology, life-style, republika-srpska (got "tech")']],
  ['invalid-date.md', ['content/sr/articles/invalid-date.md', 'date must be a real date written YYYY-MM-DD (got "2025-02-30")']],
  ['unknown-field.md', ['content/sr/articles/unknown-field.md', 'catgory is not a known field']],
  ['malformed-yaml.md', ['content/sr/articles/malformed-yaml.md', 'not valid YAML at line']],
];

describe('a wrong content file', () => {
  it.each(CASES)('%s stops the build with the file and field named, leaving the old site alone', (file, expected) => {
    const root = copyFixture('minimal');
    copyFileSync(path.join(REPO_ROOT, 'test/fixtures/invalid', file), path.join(root, 'content/sr/articles', file));
    const out = path.join(root, '_site');
    mkdirSync(out);
    writeFileSync(path.join(out, 'index.html'), 'previous build');
    const result = runBuild({ siteRoot: root, outDir: out });
    expect(result.status).toBe(1);
    for (const words of expected) expect(result.stderr).toContain(words);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous build');
  });

  it('reports several problems in one run', () => {
    const root = copyFixture('minimal');
    for (const [file] of CASES) copyFileSync(path.join(REPO_ROOT, 'test/fixtures/invalid', file), path.join(root, 'content/sr/articles', file));
    const result = runBuild({ siteRoot: root, outDir: path.join(root, '_site') });
    expect(result.status).toBe(1);
    for (const [, expected] of CASES) for (const words of expected) expect(result.stderr).toContain(words);
  });

  it('builds the valid fixture site', () => {
    const root = copyFixture('minimal');
    const result = runBuild({ siteRoot: root, outDir: path.join(root, '_site') });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(root, '_site/sr/clanci/prvi-clanak/index.html'), 'utf8')).toContain('<h1>Prvi članak</h1>');
  });
});
