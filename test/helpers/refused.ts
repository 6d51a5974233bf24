import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { copyFixture, runBuild } from './build';

/** Every file under `dir`, relative, sorted. */
export function filesUnder(dir: string, sub = ''): string[] {
  return readdirSync(path.join(dir, sub), { withFileTypes: true })
    .flatMap((entry) => {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      return entry.isDirectory() ? filesUnder(dir, rel) : [rel];
    })
    .sort();
}

/** What a test changes in a copy of a fixture site before building it. */
export interface SiteChange {
  /** Files to write (path relative to the site root → contents). */
  readonly add?: Readonly<Record<string, string | Buffer>>;
  /** Files or folders to remove. */
  readonly remove?: readonly string[];
  /** Anything else (symbolic links, permissions), given the site root. */
  readonly prepare?: (root: string) => void;
}

/** A copy of fixture `name` with `change` applied; the caller removes it. */
export function changedFixture(change: SiteChange, name = 'minimal'): string {
  const root = copyFixture(name);
  for (const rel of change.remove ?? []) rmSync(path.join(root, rel), { recursive: true, force: true });
  for (const [rel, contents] of Object.entries(change.add ?? {})) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), contents);
  }
  change.prepare?.(root);
  return root;
}

/**
 * Builds a fixture site (the minimal one, changed by `change`) over a previous `_site/`: the
 * build must fail, print each of `expected` (whole lines of the report, or parts of it), and
 * leave the previous site exactly as it was. Returns what the build printed on stderr.
 */
export async function expectRefused(change: SiteChange, expected: readonly string[]): Promise<string> {
  const root = changedFixture(change);
  try {
    const out = path.join(root, '_site');
    mkdirSync(out);
    writeFileSync(path.join(out, 'index.html'), 'previous build');
    const result = await runBuild({ siteRoot: root, outDir: out });
    expect(result.status, result.stdout + result.stderr).toBe(1);
    for (const words of expected) expect(result.stderr).toContain(words);
    // No stack trace, no folder of this machine.
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stderr).not.toContain(root);
    expect(filesUnder(out)).toEqual(['index.html']);
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('previous build');
    expect(readdirSync(root).filter((name) => name.startsWith('._site.'))).toEqual([]);
    return result.stderr;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
