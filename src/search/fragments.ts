/**
 * Pagefind's result files ("fragments"), one per indexed page: what a result downloads when it is
 * shown. Pagefind writes there the text it indexed, which for a Serbian page is the folded ASCII
 * copy (`fold-page.ts`) no reader should see. After indexing, each Serbian fragment gets the
 * page's original text in its place, in Pagefind's own `content` field: the search itself reads
 * only the index chunks, never a fragment, so matching is unchanged. Before, the original text
 * travelled beside the folded one as metadata: each Serbian result downloaded about a kilobyte
 * (compressed) more, and Pagefind held a second copy of every page (0.4 GB at 4,000 articles).
 * The folded headings (`anchors`, for sub-results, which the search page does not show) are
 * dropped too.
 *
 * The file format is Pagefind 1.6's (pinned): gzip over the signature `pagefind_dcd` and a JSON
 * object. Anything else is refused with the file's name rather than guessed at.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gunzipSync, gzip, gzipSync } from 'node:zlib';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** Fragments rewritten at once: zlib runs on libuv's threads, so both cores compress. */
const AT_ONCE = 8;

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
  return parseFragment(gunzipSync(bytes), file);
}

function parseFragment(raw: Buffer, file: string): Fragment {
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
  return gzipSync(fragmentBytes(fragment), GZIP);
}

const GZIP = { level: 9 };

function fragmentBytes(fragment: Fragment): Buffer {
  return Buffer.concat([Buffer.from(SIGNATURE, 'latin1'), Buffer.from(JSON.stringify(fragment), 'utf8')]);
}

/** A folded page's fragment with `original`, its page's original text, as the content. */
export function withOriginalContent(fragment: Fragment, original: string): Fragment {
  // The headings Pagefind found, in folded text, for sub-results the search page does not show.
  return { ...fragment, content: original, anchors: [] };
}

/**
 * Rewrites the fragments of the `language` index in `pagefindDir` (Pagefind names them
 * `<language>_<hash>.pf_fragment`) to carry the original text of their page, from `originals` (by
 * URL). A fragment of another page is left alone: Pagefind leaves the files of earlier runs in a
 * reused folder (the dev server's). Returns how many it rewrote.
 */
export async function shipOriginalText(pagefindDir: string, language: string, originals: ReadonlyMap<string, string>): Promise<number> {
  const dir = path.join(pagefindDir, 'fragment');
  const files = (await readdir(dir)).filter((file) => file.startsWith(`${language}_`) && file.endsWith('.pf_fragment'));
  let rewritten = 0;
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const where = path.join(dir, files[next++]!);
      const fragment = parseFragment(await gunzipAsync(await readFile(where)), where);
      const original = originals.get(fragment.url);
      if (original === undefined) continue;
      await writeFile(where, await gzipAsync(fragmentBytes(withOriginalContent(fragment, original)), GZIP));
      rewritten++;
    }
  };
  await Promise.all(Array.from({ length: AT_ONCE }, worker));
  return rewritten;
}
