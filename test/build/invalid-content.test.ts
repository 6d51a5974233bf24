import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config/paths';
import { copyFixture, runBuild, runBuildProcess } from '../helpers/build';

/** Each bad file, the words the error must contain (file and field), and why. */
const CASES: [string, string[]][] = [
  ['missing-title.md', ['content/sr/articles/missing-title.md', 'title is required']],
  ['unknown-category.md', ['content/sr/articles/unknown-category.md', 'category must be one of science-technology, life-style, republika-srpska (got "tech")']],
  ['invalid-date.md', ['content/sr/articles/invalid-date.md', 'date must be a real date written YYYY-MM-DD (got "2025-02-30")']],
  ['unknown-field.md', ['content/sr/articles/unknown-field.md', 'catgory is not a known field']],
  ['malformed-yaml.md', ['content/sr/articles/malformed-yaml.md', 'not valid YAML at line']],
];

describe('a wrong content file', () => {
  it.each(CASES)('%s stops the build with the file and field named, leaving the old site alone', async (file, expected) => {
    const root = copyFixture('minimal');
    copyFileSync(path.join(REPO_ROOT, 'test/fixtures/invalid', file), path.join(root, 'content/sr/articles', file));
    const out = path.join(root, '_site');
    mkdirSync(out);
    writeFileSync(path.join(out, 'index.html'), 'previous build');
    const result = await runBuild({ siteRoot: root, outDir: out });
    expect(result.status).toBe(1);
    for (const words of expected) expect(result.stderr).toContain(words);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous build');
  });

  // These two run the command in a process of its own, as a person typing `npm run build` does
  // (the other build tests share one process per file: test/helpers/build-service.ts).
  it('reports several problems in one run, and the command exits with status 1', () => {
    const root = copyFixture('minimal');
    for (const [file] of CASES) copyFileSync(path.join(REPO_ROOT, 'test/fixtures/invalid', file), path.join(root, 'content/sr/articles', file));
    const result = runBuildProcess({ siteRoot: root, outDir: path.join(root, '_site') });
    expect(result.status).toBe(1);
    for (const [, expected] of CASES) for (const words of expected) expect(result.stderr).toContain(words);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('builds the valid fixture site, and the command exits with status 0', () => {
    const root = copyFixture('minimal');
    const result = runBuildProcess({ siteRoot: root, outDir: path.join(root, '_site') });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(root, '_site/sr/clanci/prvi-clanak/index.html'), 'utf8')).toContain('<h1>Prvi članak</h1>');
  });
});
