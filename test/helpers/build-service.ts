/**
 * A child process that runs the production build command (`src/cli/build-command.ts`) once per
 * request, all in one process: the build tests make about sixty builds, and loading Node, tsx,
 * Eleventy and the site's modules cost 1 to 1.5 s of CPU each time, more than most of the builds
 * themselves (a build refused by the content check takes 10 ms, a small site 0.3 s).
 *
 * Each request is what a command line would get: arguments and environment variables. The reply
 * is what it would give: the exit status and everything written to stdout and stderr while the
 * build ran. Requests run one at a time (a process runs one build at a time), and the environment
 * is restored after each. Started by `test/helpers/build.ts`; it ends with its parent.
 */
import { buildCommand } from '../../src/cli/build-command';

export interface BuildRequest {
  readonly id: number;
  readonly args: readonly string[];
  readonly env: Readonly<Record<string, string>>;
}

export interface BuildReply {
  readonly id: number;
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

type Write = typeof process.stdout.write;

/** Runs `work` with stdout and stderr written into strings instead (console.log included). */
async function captured(work: () => Promise<number>): Promise<{ status: number; stdout: string; stderr: string }> {
  const output = { stdout: '', stderr: '' };
  const original = { stdout: process.stdout.write, stderr: process.stderr.write };
  const into = (stream: 'stdout' | 'stderr'): Write =>
    ((chunk: string | Uint8Array, ...rest: unknown[]) => {
      output[stream] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
      const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    }) as Write;
  process.stdout.write = into('stdout');
  process.stderr.write = into('stderr');
  try {
    return { status: await work(), ...output };
  } catch (error) {
    // The command reports its own failures; anything else is a fault of the command itself.
    return { status: 1, stdout: output.stdout, stderr: `${output.stderr}${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n` };
  } finally {
    process.stdout.write = original.stdout;
    process.stderr.write = original.stderr;
  }
}

/** Runs `work` with `env` added to the environment, then puts the environment back as it was. */
async function withEnvironment<T>(env: Readonly<Record<string, string>>, work: () => Promise<T>): Promise<T> {
  const before = { ...process.env };
  Object.assign(process.env, env);
  try {
    return await work();
  } finally {
    for (const key of Object.keys(process.env)) if (!(key in before)) delete process.env[key];
    Object.assign(process.env, before);
  }
}

let queue = Promise.resolve();
process.on('message', (request: BuildRequest) => {
  queue = queue.then(async () => {
    const result = await withEnvironment(request.env, () => captured(() => buildCommand(request.args)));
    process.send?.({ id: request.id, ...result } satisfies BuildReply);
  });
});
// The parent (a test file's worker) is gone: so is this process.
process.on('disconnect', () => process.exit(0));
