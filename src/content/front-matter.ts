import { count, LIMITS } from './limits';
import { loadSafeYaml, YamlError } from './yaml';

/** A problem in one content file, phrased for the author. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly detail: string,
    readonly field?: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'ContentError';
  }
}

export interface ParsedFile {
  /** Front matter as YAML gave it: dates stay strings, so impossible dates can be reported. */
  readonly data: Record<string, unknown>;
  /** The Markdown body, with line endings normalised to `\n`. */
  readonly body: string;
  /** The line of the file the body starts on (1-based), for messages about the body. */
  readonly bodyLine: number;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
const FENCE = /^---[ \t]*\n(?:([\s\S]*?)\n)?---[ \t]*(?:\n|$)/;

/**
 * The YAML of a file's front matter block as `parseContentFile` gives it (BOM dropped, line
 * endings normalised), without parsing it; `undefined` when the file is not UTF-8 or has no block.
 */
export function frontMatterText(bytes: Uint8Array): string | undefined {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return undefined;
  }
  const match = FENCE.exec(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  return match ? (match[1] ?? '') : undefined;
}

/**
 * Decodes and splits a Markdown file. Accepts a BOM and CRLF; refuses text that is not UTF-8
 * (a Windows-1250 file would otherwise publish mojibake), a missing front matter block and YAML
 * errors, each with the file name (and line for YAML).
 */
export function parseContentFile(file: string, bytes: Uint8Array): ParsedFile {
  if (bytes.length > LIMITS.markdownBytes) {
    throw new ContentError(file, `is ${count(bytes.length)} bytes; a Markdown file may have at most ${count(LIMITS.markdownBytes)} (split it into several articles)`);
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ContentError(file, 'is not valid UTF-8 text (save it as UTF-8, e.g. not Windows-1250)');
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = FENCE.exec(text);
  if (!match) {
    const other = /^---(\S+)/.exec(text);
    // `---js` is front matter in another language; Eleventy would run JavaScript for it.
    if (other) throw new ContentError(file, `front matter must be YAML between two "---" lines (not ---${other[1]})`);
    throw new ContentError(file, 'must start with a front matter block between two "---" lines');
  }
  let data: unknown;
  try {
    // CORE: no implicit timestamps, so `2025-02-30` reaches the schema as written.
    data = loadSafeYaml(match[1] ?? '', { schema: 'CORE', maxBytes: LIMITS.frontMatterBytes });
  } catch (error) {
    if (!(error instanceof YamlError)) throw error;
    // The block starts on the file's second line.
    const detail = error.mark ? `is not valid YAML at line ${error.mark.line + 2}, column ${error.mark.column + 1}: ${error.reason}` : error.reason;
    throw new ContentError(file, `front matter ${detail}`);
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ContentError(file, 'front matter must be a list of "field: value" lines');
  }
  const head = match[0];
  let bodyLine = 1;
  for (let i = head.indexOf('\n'); i !== -1; i = head.indexOf('\n', i + 1)) bodyLine++;
  return { data: data as Record<string, unknown>, body: text.slice(head.length), bodyLine };
}
