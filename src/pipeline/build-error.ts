import path from 'node:path';

/** A build failure the author can act on: the message is what to print. */
export class BuildError extends Error {
  override name = 'BuildError';
}

/** Eleventy wraps errors; the author needs the innermost message (it names the file). */
export function describeEleventyError(error: unknown): string {
  const messages: string[] = [];
  let current: unknown = error;
  while (current instanceof Error) {
    messages.push(current.message);
    current = (current as Error & { originalError?: unknown }).originalError ?? current.cause;
  }
  return messages.filter((m, i) => m && messages.indexOf(m) === i).join('\n  caused by: ') || String(error);
}

/**
 * What to print for a failed build: a {@link BuildError}'s message as it is; anything else (a
 * bug, a disk full) as its messages without a stack trace, with the machine's folders (the
 * working directory, the site root, the home folder) written as relative paths. The stack is
 * for developers: `DMSPOT_DEBUG=1` prints it.
 */
export function failureMessage(error: unknown, roots: readonly string[], env: NodeJS.ProcessEnv = process.env): string {
  if (error instanceof BuildError) return `Build failed.\n${error.message}`;
  if (env.DMSPOT_DEBUG === '1' && error instanceof Error && error.stack) return `Build failed.\n${error.stack}`;
  return `Build failed.\n${withoutMachinePaths(describeEleventyError(error), roots)}\n(an unexpected error: set DMSPOT_DEBUG=1 to see where it happened)`;
}

/** `text` with every absolute path under one of `roots` written relative to it. */
export function withoutMachinePaths(text: string, roots: readonly string[]): string {
  let result = text;
  for (const root of [...roots].filter(Boolean).map((r) => path.resolve(r)).sort((a, b) => b.length - a.length)) {
    if (root === path.parse(root).root) continue;
    // Only where a path starts (not inside `../../tmp/site/…`, which is already relative).
    const escaped = root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    result = result.replace(new RegExp(`(?<![\\w./~-])${escaped}(?:/|(?![\\w.-]))`, 'g'), (match) => (match.endsWith('/') ? '' : '.'));
  }
  return result;
}
