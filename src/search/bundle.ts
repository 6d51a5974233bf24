/**
 * The search page's script: `src/search/client/main.ts` bundled by esbuild into one same-origin,
 * fingerprinted file (`/assets/search.<hash>.js`), so hosts may cache it forever and the CSP
 * needs no inline script.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { REPO_ROOT } from '../config/paths';

export interface ScriptBundle {
  /** Root-relative public URL. */
  readonly url: string;
  readonly code: string;
}

let bundle: ScriptBundle | undefined;

/** The bundled client, built once per process (the dev server restarts to pick up client changes). */
export function searchBundle(): ScriptBundle {
  if (bundle) return bundle;
  const result = buildSync({
    entryPoints: [path.join(REPO_ROOT, 'src/search/client/main.ts')],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
  });
  const code = result.outputFiles[0]!.text;
  const hash = createHash('sha256').update(code).digest('hex').slice(0, 10);
  bundle = { url: `/assets/search.${hash}.js`, code };
  return bundle;
}
