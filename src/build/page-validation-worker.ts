import { parentPort, workerData } from 'node:worker_threads';
import { validatePageFiles } from './page-validation';

/** A worker thread's share of the output check: validate these pages, send the result back. */
const { outDir, rels, origin } = workerData as { outDir: string; rels: string[]; origin: string };
parentPort?.postMessage(validatePageFiles(outDir, rels, origin));
