/**
 * Pagefind's result files ("fragments"), one per indexed page: what a result downloads when it is
 * shown. Pagefind writes there the text it indexed, so a folded Serbian page's fragment carried the
 * folded ASCII text Pagefind read *and* the original text (metadata `text`, see `fold-page.ts`),
 * which is the only one a reader is ever shown. After indexing, each Serbian fragment keeps the
 * original text alone, in Pagefind's own `content` field: the search itself reads only the index
 * chunks, never a fragment, so matching is unchanged, and each Serbian result downloads about a
 * kilobyte (compressed) less. The folded headings (`anchors`, for sub-results, which the search
 * page does not show) are dropped too.
 *
 * The file format is Pagefind 1.6's (pinned): gzip over the signature `pagefind_dcd` and a JSON
 * object. Anything else is refused with the file's name rather than guessed at.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { TEXT_META } from './fold-page';

const SIGNATURE = 'pagefind_dcd';

/** The part of a fragment this module reads and writes; other fields are kept as they are. */
export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  [field: string]: unknown;
}

/** A fragment file's JSON (throws, naming `file`, when it is not Pagefind's format). */
export function decodeFragment(bytes: Uint8Array, file: string): Fragment {
  const raw = gunzipSync(bytes);
  if (raw.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) {
    throw new Error(`${file}: not a Pagefind fragment (no "${SIGNATURE}" signature): Pagefind's file format changed`);
  }
  const fragment = JSON.parse(raw.subarray(SIGNATURE.length).toString('utf8')) as Partial<Fragment>;
  if (typeof fragment.url !== 'string' || typeof fragment.content !== 'string' || typeof fragment.meta !== 'object' || fragment.meta === null) {
    throw new Error(`${file}: a Pagefind fragment without url, content and meta: Pagefind's file format changed`);
  }
  return fragment as Fragment;
}

/** The file Pagefind would write for `fragment` (compressed harder: it is written once, fetched often). */
export function encodeFragment(fragment: Fragment): Buffer {
  return gzipSync(Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), Buffer.from(JSON.stringify(fragment), 'utf8')]), { level: 9 });
}

/**
 * A folded page's fragment with its original text as the content, and no second copy; `undefined`
 * when it has no second copy (already rewritten: an index written again into the same folder).
 */
export function withOriginalContent(fragment: Fragment): Fragment | undefined {
  const original = fragment.meta[TEXT_META];
  if (original === undefined) return undefined;
  const meta = { ...fragment.meta };
  delete meta[TEXT_META];
  // The headings Pagefind found, in folded text, for sub-results the search page does not show.
  return { ...fragment, content: original, meta, anchors: [] };
}

/**
 * Rewrites every fragment of the `language` index in `pagefindDir` (Pagefind names them
 * `<language>_<hash>.pf_fragment`) to carry the original text only. Returns how many it rewrote.
 */
export async function shipOriginalText(pagefindDir: string, language: string): Promise<number> {
  const dir = path.join(pagefindDir, 'fragment');
  const files = (await readdir(dir)).filter((file) => file.startsWith(`${language}_`) && file.endsWith('.pf_fragment'));
  let rewritten = 0;
  for (const file of files) {
    const where = path.join(dir, file);
    const fragment = withOriginalContent(decodeFragment(await readFile(where), where));
    if (fragment === undefined) continue;
    await writeFile(where, encodeFragment(fragment));
    rewritten++;
  }
  return rewritten;
}
