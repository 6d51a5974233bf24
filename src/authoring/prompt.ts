import { createInterface } from 'node:readline/promises';
import type { Readable, Writable } from 'node:stream';
import { NewPostError } from './new-post';

/** Asks one question at a time; answers come from a terminal or from piped lines (tests). */
export interface Asker {
  /** Asks until `accept` returns a value; `choices` are listed and may be answered by number. */
  ask<T>(question: string, accept: (answer: string) => T | undefined, choices?: readonly string[]): Promise<T>;
  close(): void;
}

/**
 * An asker on `input`/`output` (node:readline/promises). Lines are read through the
 * interface's async iterator, which buffers them: with piped input, lines that arrive before a
 * question is asked are kept rather than lost, as they would be with `rl.question`.
 */
export function createAsker(input: Readable, output: Writable): Asker {
  const rl = createInterface({ input, output, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  return {
    async ask<T>(question: string, accept: (answer: string) => T | undefined, choices?: readonly string[]): Promise<T> {
      for (;;) {
        const list = choices ? `\n${choices.map((c, i) => `  ${i + 1}) ${c}`).join('\n')}\n` : ' ';
        output.write(`${question}${list}${choices ? '> ' : ''}`);
        const next = await lines.next();
        if (next.done) throw new NewPostError(`no answer to "${question}" (input ended)`);
        const raw = String(next.value).trim();
        const byNumber = choices && /^\d+$/.test(raw) ? choices[Number(raw) - 1] : undefined;
        const value = accept(byNumber ?? raw);
        if (value !== undefined) return value;
        output.write(`"${raw}" is not a valid answer.\n`);
      }
    },
    close: () => rl.close(),
  };
}
