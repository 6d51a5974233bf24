import { rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config/paths';
import { formatProblems, validateContent } from '../../src/content/validate';
import { OUTPUT_ROOT, runBuild } from '../helpers/build';

/**
 * The author's own site, `content/` and `_data/` of the repository: only what any content must
 * satisfy. It is theirs to replace, so nothing here names an article, a tag or a count.
 */
describe("the repository's own content", () => {
  it('passes the content check (npm run check)', async () => {
    const report = validateContent(path.join(REPO_ROOT, 'content'), REPO_ROOT);
    expect(formatProblems(report.problems)).toBe('');
  });

  it('builds, with every check of the production build', async () => {
    const out = path.join(OUTPUT_ROOT, 'content-site');
    rmSync(out, { recursive: true, force: true });
    const result = await runBuild({ siteRoot: REPO_ROOT, outDir: out });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    rmSync(out, { recursive: true, force: true });
  });
});
