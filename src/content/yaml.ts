import yaml from 'js-yaml';
import { count, LIMITS } from './limits';

/** YAML the site refuses, with the reason phrased for the author (line and column when known). */
export class YamlError extends Error {
  constructor(
    readonly reason: string,
    /** 0-based line and column of the problem in the YAML text, when YAML reported one. */
    readonly mark?: { line: number; column: number },
  ) {
    super(reason);
    this.name = 'YamlError';
  }
}

export interface SafeYamlOptions {
  /** `CORE` keeps dates as text (so the schema can report `2025-02-30`); `DEFAULT` is Eleventy's own. */
  readonly schema?: 'CORE' | 'DEFAULT';
  /** Refuse text longer than this many bytes (UTF-8) before parsing it. */
  readonly maxBytes: number;
}

/**
 * Parses YAML the way every file of the site is parsed: no custom tags, no aliases of lists or
 * maps (`*name` reusing an `&name` block), and at most {@link LIMITS.expandedCharacters}
 * characters once parsed. Aliases are how a 400-byte file becomes gigabytes (each level repeats
 * the one below); nothing an author writes needs them, and a copy reads better anyway.
 */
export function loadSafeYaml(text: string, options: SafeYamlOptions): unknown {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > options.maxBytes) throw new YamlError(`is ${count(bytes)} bytes; at most ${count(options.maxBytes)}`);
  let data: unknown;
  try {
    data = yaml.load(text, { schema: options.schema === 'DEFAULT' ? yaml.DEFAULT_SCHEMA : yaml.CORE_SCHEMA });
  } catch (error) {
    // The parser descends one call per level: a pasted thousand-level `[[[[…` ends it.
    if (error instanceof RangeError) throw new YamlError('is nested too deeply to be read (thousands of levels of [ or {)');
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    throw new YamlError((error as { reason?: string }).reason ?? String(error), mark ? { line: mark.line, column: mark.column } : undefined);
  }
  checkExpansion(data);
  return data;
}

/**
 * Walks the parsed value once, without recursion, and stops at the first list or map reached a
 * second time (an alias) or when the text it holds passes the limit: the work is bounded by the
 * limit, not by what the aliases would expand to.
 */
function checkExpansion(data: unknown): void {
  const seen = new Set<object>();
  const stack: unknown[] = [data];
  let characters = 0;
  while (stack.length > 0) {
    const value = stack.pop();
    if (typeof value === 'string') characters += value.length;
    else if (value !== null && typeof value === 'object') {
      if (seen.has(value)) throw new YamlError('uses a YAML alias (*name) to repeat a list or a block; write the values out instead');
      seen.add(value);
      if (value instanceof Date) continue;
      for (const [key, child] of Object.entries(value)) {
        characters += key.length;
        stack.push(child);
      }
    } else characters += 8;
    if (characters > LIMITS.expandedCharacters) {
      throw new YamlError(`holds more than ${count(LIMITS.expandedCharacters)} characters once read (are YAML aliases, *name, repeating a value?)`);
    }
  }
}
