import { parentPort, workerData } from 'node:worker_threads';
import type { EditionOptions } from './page-rewriter';
import { serbianEditions, type SerbianPage } from './serbian-page';

/** A page to make the editions of, and whether it is searchable. */
export interface EditionRequest {
  readonly id: number;
  readonly html: string;
  readonly search: boolean;
}

export type EditionReply = { readonly id: number; readonly page: SerbianPage } | { readonly id: number; readonly error: string };

/**
 * The editions pass (`serbianEditions`) on a thread of its own, for a build's pages: the options
 * come once, with the thread (the transliteration's compiled patterns are kept per options
 * object), and each page comes and goes as a message.
 */
const options = workerData as EditionOptions;
parentPort?.on('message', (request: EditionRequest) => {
  let reply: EditionReply;
  try {
    reply = { id: request.id, page: serbianEditions(request.html, { ...options, search: request.search }) };
  } catch (error) {
    reply = { id: request.id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
