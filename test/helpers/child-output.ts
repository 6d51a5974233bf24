import type { ChildProcess } from 'node:child_process';

/**
 * How a child process ended, and what it wrote to stdout and stderr (when they are piped), in the
 * order it wrote them. A process that cannot start ends with status 1 and the reason.
 */
export function childOutput(child: ChildProcess): Promise<{ status: number; output: string }> {
  return new Promise((resolve) => {
    let output = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', (error) => resolve({ status: 1, output: output + String(error) }));
    child.on('close', (status) => resolve({ status: status ?? 1, output }));
  });
}
