/**
 * `npm test`: the type check (`tsc --noEmit`) and every test layer, side by side. The type check
 * is one core's work for about 14 s, and the tests leave a core idle for longer than that while
 * they wait for builds and pages; one after the other the two took 14 s more (README, "Tests").
 * The tests' output is shown as it comes; the type check's after it, so the two never mix. Any
 * argument is handed to Vitest (`npm test -- -t "search"`). Fails when either fails.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../src/config/paths';
import { childOutput } from './helpers/child-output';

const LAYERS = ['--project', 'unit', '--project', 'build', '--project', 'browser', '--project', 'content'];

function run(script: string, args: string[], quiet: boolean): Promise<{ status: number; output: string }> {
  const child = spawn(process.execPath, [path.join(REPO_ROOT, script), ...args], { cwd: REPO_ROOT, stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  return childOutput(child);
}

const [typeCheck, tests] = await Promise.all([
  run('node_modules/typescript/bin/tsc', ['--noEmit'], true),
  run('node_modules/vitest/vitest.mjs', ['run', ...LAYERS, ...process.argv.slice(2)], false),
]);
if (typeCheck.status === 0) console.log('\n Type check (tsc --noEmit): no errors');
else console.error(`\n Type check (tsc --noEmit) failed:\n\n${typeCheck.output}`);
process.exitCode = typeCheck.status !== 0 ? typeCheck.status : tests.status;
