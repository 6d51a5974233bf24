/**
 * The search index of each language, kept between builds in `.cache/search/<language>/`: the
 * files Pagefind wrote for it (with the Serbian result files' original text already in place)
 * and the list of the pages it was made from, one hash per page, in the order they were given.
 *
 * A build whose pages of a language hash the same, in the same order, would make the same files
 * (Pagefind names every file after its content and numbers pages in the order they arrive), so
 * those files are copied in and that language never goes to Pagefind: an author who edits one
 * Serbian article re-indexes Serbian only, a build that changed no searchable text indexes
 * nothing. When one page differs, the language is indexed as before and its cache replaced. The
 * cache is keyed by Pagefind's version and {@link FORMAT}, and every file it names must be there,
 * so a kept cache is never stale (docs/deploying.md); deleting it costs one full index.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PagefindEntry } from './pagefind-service';

/** What we write into an index besides Pagefind (fragments.ts): change it when that changes. */
const FORMAT = 1;
/** Pagefind's version (its package exports no `package.json`: read beside its entry point). */
const PAGEFIND_VERSION = (JSON.parse(readFileSync(fileURLToPath(new URL('../package.json', import.meta.resolve('pagefind'))), 'utf8')) as { version: string }).version;
const MANIFEST = 'manifest.json';
/** Pagefind's files every language's write leaves at the top of the folder (its scripts). */
const SHARED_FILES = ['pagefind.js', 'wasm.unknown.pagefind'];

/** One page as it went to Pagefind (its URL, what Pagefind read, the text its result shows). */
export interface HashedRecord {
  readonly url: string;
  readonly html: string;
  readonly original?: string;
}

export function recordHash(record: HashedRecord): string {
  const hash = createHash('sha256').update(record.url).update('\0').update(record.html);
  if (record.original !== undefined) hash.update('\0').update(record.original);
  return hash.digest('base64url');
}

interface Manifest {
  readonly format: number;
  readonly pagefind: string;
  readonly language: string;
  /** The pages' hashes, in the order Pagefind took them. */
  readonly records: readonly string[];
  /** Every file of the language's index, relative to the index folder. */
  readonly files: readonly string[];
  /** Pagefind's entry file as written with this language (its `languages` holds this one). */
  readonly entry: PagefindEntry;
}

function isManifest(value: unknown, language: string): value is Manifest {
  const manifest = value as Partial<Manifest> | null;
  return (
    typeof manifest === 'object' &&
    manifest !== null &&
    manifest.format === FORMAT &&
    manifest.pagefind === PAGEFIND_VERSION &&
    manifest.language === language &&
    Array.isArray(manifest.records) &&
    Array.isArray(manifest.files) &&
    manifest.files.every((file) => typeof file === 'string' && !path.isAbsolute(file) && !file.split(/[\\/]/).includes('..')) &&
    typeof manifest.entry === 'object' &&
    manifest.entry !== null &&
    typeof manifest.entry.languages === 'object'
  );
}

/** Whether `file` (relative to the index folder) is one of `language`'s index files. */
function isLanguageFile(file: string, language: string): boolean {
  const [dir, name, ...deeper] = file.split('/');
  if (deeper.length) return false;
  if (name === undefined) return dir === `wasm.${language}.pagefind` || (dir!.startsWith(`pagefind.${language}_`) && dir!.endsWith('.pf_meta')) || SHARED_FILES.includes(dir!);
  return ['fragment', 'index', 'filter'].includes(dir!) && name.startsWith(`${language}_`);
}

/** Copies `files` (relative) from one index folder to another, a few at a time. */
async function copyFiles(files: readonly string[], from: string, to: string): Promise<void> {
  const dirs = new Set(files.map((file) => path.dirname(path.join(to, file))));
  await Promise.all([...dirs].map((dir) => mkdir(dir, { recursive: true })));
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++]!;
      await copyFile(path.join(from, file), path.join(to, file));
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
}

/** The kept index of one language: what it was made from, and how to put it in place. */
export class LanguageIndexCache {
  private constructor(
    private readonly dir: string,
    private readonly manifest: Manifest | undefined,
  ) {}

  /** The cache of `language` under `root` (`.cache/search/`); empty when missing or not this version's. */
  static open(root: string, language: string): LanguageIndexCache {
    const dir = path.join(root, language);
    let manifest: Manifest | undefined;
    try {
      const parsed: unknown = JSON.parse(readFileSync(path.join(dir, MANIFEST), 'utf8'));
      if (isManifest(parsed, language) && parsed.files.every((file) => existsSync(path.join(dir, 'files', file)))) manifest = parsed;
    } catch {
      manifest = undefined;
    }
    return new LanguageIndexCache(dir, manifest);
  }

  /** Pages the kept index was made from (0 when there is none). */
  get pages(): number {
    return this.manifest?.records.length ?? 0;
  }

  /** Whether the kept index's page at `position` hashed `hash`. */
  matches(position: number, hash: string): boolean {
    return this.manifest?.records[position] === hash;
  }

  /** Copies the kept index into `indexDir`; its entry file's contents (as Pagefind wrote it). */
  async restore(indexDir: string): Promise<PagefindEntry> {
    if (!this.manifest) throw new Error('no search index is kept for this language');
    await copyFiles(this.manifest.files, path.join(this.dir, 'files'), indexDir);
    return this.manifest.entry;
  }

  /**
   * Keeps `language`'s files in `indexDir`, just written from pages of `records` hashes, with the
   * entry Pagefind wrote for them. Written beside the old cache and swapped in.
   */
  async save(language: string, indexDir: string, records: readonly string[], entry: PagefindEntry): Promise<void> {
    const files = ((await readdir(indexDir, { recursive: true, withFileTypes: true })) as import('node:fs').Dirent[])
      .filter((dirent) => dirent.isFile())
      .map((dirent) => path.relative(indexDir, path.join(dirent.parentPath, dirent.name)).split(path.sep).join('/'))
      .filter((file) => isLanguageFile(file, language))
      .sort();
    const fresh = `${this.dir}.new-${process.pid}`;
    // What a killed build left half-written.
    const root = path.dirname(this.dir);
    const leftovers = (await readdir(root).catch(() => [] as string[])).filter((name) => name.startsWith(`${path.basename(this.dir)}.new-`));
    await Promise.all(leftovers.map((name) => rm(path.join(root, name), { recursive: true, force: true })));
    await copyFiles(files, indexDir, path.join(fresh, 'files'));
    const manifest: Manifest = { format: FORMAT, pagefind: PAGEFIND_VERSION, language, records, files, entry };
    await writeFile(path.join(fresh, MANIFEST), JSON.stringify(manifest));
    await rm(this.dir, { recursive: true, force: true });
    await rename(fresh, this.dir);
  }
}
