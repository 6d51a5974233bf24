import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../src/config/paths';
import { childOutput } from './child-output';

/** Where build tests write; ignored by git. */
export const OUTPUT_ROOT = path.join(REPO_ROOT, 'test/.output');

/**
 * The realistic fixture site most build and browser tests read: both languages, translations and
 * articles without one, every category, tags, eLibrary items of every format, pictures. It is a
 * frozen copy of the first sample content, so the author can replace `content/` freely.
 */
export const FIXTURE_ROOT = path.join(REPO_ROOT, 'test/fixtures/site');
/** The fixture site as the global setup built it (`test/setup/fixture-sites.ts`). */
export const FIXTURE_SITE = path.join(OUTPUT_ROOT, 'fixture-site');
/**
 * The design fixture: a small site with covers, a picture in the text, a portrait and a 600-word
 * article, for the browser tests of the layout and print (`test/browser/design*.test.ts`).
 */
export const DESIGN_ROOT = path.join(REPO_ROOT, 'test/fixtures/design');
/** The design fixture as its global setup built it (`test/setup/fixture-sites.ts`). */
export const DESIGN_SITE = path.join(OUTPUT_ROOT, 'design-site');
/** The moment every test build is made at, so scheduled articles and dates do not drift. */
export const TEST_NOW = '2026-11-29T12:00:00Z';

/**
 * Runs the real production build (`src/cli/build.ts`) in a child process, as `npm run build`
 * does: Eleventy loads the TypeScript config through tsx, which Vitest's loader cannot do. The
 * site is `siteRoot` (the realistic fixture by default; never the author's `content/` unless a
 * test asks for the repository root itself).
 */
export function runBuild(options: BuildOptions): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, buildArguments(options), { cwd: REPO_ROOT, encoding: 'utf8', env: buildEnvironment(options) });
}

/** `runBuild` without waiting: the global setup builds the fixture sites side by side. */
export function startBuild(options: BuildOptions): Promise<{ status: number; output: string }> {
  return childOutput(spawn(process.execPath, buildArguments(options), { cwd: REPO_ROOT, env: buildEnvironment(options) }));
}

interface BuildOptions {
  siteRoot?: string;
  outDir: string;
  env?: NodeJS.ProcessEnv;
}

function buildArguments(options: BuildOptions): string[] {
  return ['--import', 'tsx', path.join(REPO_ROOT, 'src/cli/build.ts'), '--out', options.outDir];
}

function buildEnvironment(options: BuildOptions): NodeJS.ProcessEnv {
  return { ...process.env, DMSPOT_NOW: TEST_NOW, DMSPOT_SITE_ROOT: options.siteRoot ?? FIXTURE_ROOT, ...options.env };
}

/** A fresh copy of a fixture site in a temporary folder, to add files to. */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `dmspot-${name}-`));
  cpSync(path.join(REPO_ROOT, 'test/fixtures', name), dir, { recursive: true });
  return dir;
}
