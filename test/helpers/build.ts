import { fork, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../../src/config/paths';
import { childOutput } from './child-output';
import type { BuildReply, BuildRequest } from './build-service';

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

/** How a build command ended: its exit status and what it printed. */
export interface BuildResult {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the real production build command (`npm run build`, `src/cli/build-command.ts`) on
 * `siteRoot` (the realistic fixture by default; never the author's `content/` unless a test asks
 * for the repository root itself), in this file's build process (`build-service.ts`): one process
 * loaded once for all of a file's builds, each build with its own arguments and environment.
 * `runBuildProcess` starts a fresh process instead, as a person typing the command does.
 */
export function runBuild(options: BuildOptions): Promise<BuildResult> {
  return buildService().run(buildArguments(options), buildEnvironment(options));
}

/** The build command in a process of its own (`node --import tsx src/cli/build.ts`), waited for. */
export function runBuildProcess(options: BuildOptions): BuildResult {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'src/cli/build.ts'), ...buildArguments(options)], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...buildEnvironment(options) },
  });
  return { status: result.status ?? 1, stdout: result.stdout, stderr: result.stderr + (result.error ? String(result.error) : '') };
}

/** `runBuildProcess` without waiting: the global setup builds the fixture sites side by side. */
export function startBuild(options: BuildOptions): Promise<{ status: number; output: string }> {
  return childOutput(
    spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'src/cli/build.ts'), ...buildArguments(options)], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...buildEnvironment(options) },
    }),
  );
}

interface BuildOptions {
  siteRoot?: string;
  outDir: string;
  env?: Readonly<Record<string, string>>;
}

function buildArguments(options: BuildOptions): string[] {
  return ['--out', options.outDir];
}

function buildEnvironment(options: BuildOptions): Record<string, string> {
  return { DMSPOT_NOW: TEST_NOW, DMSPOT_SITE_ROOT: options.siteRoot ?? FIXTURE_ROOT, ...options.env };
}

interface BuildService {
  run(args: readonly string[], env: Readonly<Record<string, string>>): Promise<BuildResult>;
}

let service: BuildService | undefined;

/** This process's build process, started at the first build; a new one if the last one died. */
function buildService(): BuildService {
  if (service) return service;
  const child = fork(path.join(REPO_ROOT, 'test/helpers/build-service.ts'), [], {
    cwd: REPO_ROOT,
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  // It must not keep a test worker alive, and it ends when the worker does (its channel closes).
  child.unref();
  child.channel?.unref();
  const pending = new Map<number, { resolve: (result: BuildResult) => void; reject: (error: Error) => void }>();
  let lastId = 0;
  child.on('message', (reply: BuildReply) => {
    pending.get(reply.id)?.resolve({ status: reply.status, stdout: reply.stdout, stderr: reply.stderr });
    pending.delete(reply.id);
  });
  const started: BuildService = {
    run: (args, env) =>
      new Promise((resolve, reject) => {
        const id = ++lastId;
        pending.set(id, { resolve, reject });
        child.send({ id, args, env } satisfies BuildRequest);
      }),
  };
  const ended = (why: string) => {
    if (service === started) service = undefined;
    for (const waiting of pending.values()) waiting.reject(new Error(`the build process ended (${why}) before the build did`));
    pending.clear();
  };
  child.on('exit', (code, signal) => ended(signal ?? `exit status ${code}`));
  child.on('error', (error) => ended(error.message));
  service = started;
  return started;
}

/** A fresh copy of a fixture site in a temporary folder, to add files to. */
export function copyFixture(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `dmspot-${name}-`));
  cpSync(path.join(REPO_ROOT, 'test/fixtures', name), dir, { recursive: true });
  return dir;
}
