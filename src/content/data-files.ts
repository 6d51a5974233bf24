import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import { z } from 'zod';
import { count, LIMITS } from './limits';
import { describeIssues, recommendationsSchema, siteSchema } from './schema';
import { loadSafeYaml, YamlError } from './yaml';

/** `_data/transliteration.json`: words kept in Latin and stems whose lj/nj/dž are two letters. */
export const transliterationSchema = z.strictObject({
  keepLatin: z
    .array(z.string({ error: 'must be a word or phrase in quotes' }).trim().min(1, { error: 'must not be empty' }).max(100, { error: 'is longer than 100 characters' }), {
      error: 'must be a list of words in quotes, e.g. ["DM Spot", "GitHub"]',
    })
    .max(10_000, { error: 'has more than 10,000 entries' })
    .optional(),
  splitDigraphs: z
    .array(z.string({ error: 'must be a stem in quotes' }).regex(/^[a-zčćđšž]{2,40}$/, { error: 'must be a lowercase Latin stem, e.g. "injekc"' }), {
      error: 'must be a list of stems in quotes, e.g. ["injekc"]',
    })
    .max(10_000, { error: 'has more than 10,000 entries' })
    .optional(),
});

interface DataFileSpec {
  readonly schema: z.ZodType;
  readonly required: boolean;
}

/**
 * Every file `_data/` may hold, with its schema. Anything else is refused: a misspelt name
 * (`site.yml`) would otherwise be read as a new, unused data file and the real settings missed.
 */
export const DATA_FILES: Readonly<Record<string, DataFileSpec>> = {
  'site.yaml': { schema: siteSchema, required: true },
  'recommendations.yaml': { schema: recommendationsSchema, required: false },
  'transliteration.json': { schema: transliterationSchema, required: false },
};

/** A data file that cannot be used; the message names the file and the key. */
export class DataFileError extends Error {
  override name = 'DataFileError';
  /** Eleventy prints the message without a stack trace. */
  readonly skipOriginalStack = true;
  constructor(
    readonly file: string,
    readonly lines: readonly { field?: string; message: string }[],
  ) {
    super(`${file}:\n${lines.map((line) => `  ${line.message}`).join('\n')}`);
  }
}

function displayPath(filePath: string): string {
  return path.relative(process.cwd(), filePath).split(path.sep).join('/') || filePath;
}

/** The value of a YAML or JSON file, parsed safely (size, aliases, depth), or a {@link DataFileError}. */
export function readStructuredFile(contents: string, filePath: string, maxBytes: number = LIMITS.dataFileBytes): unknown {
  const file = displayPath(filePath);
  const text = contents.replace(/^\uFEFF/, '');
  if (filePath.endsWith('.json')) {
    const bytes = Buffer.byteLength(text, 'utf8');
    if (bytes > maxBytes) throw new DataFileError(file, [{ message: `is ${count(bytes)} bytes; at most ${count(maxBytes)}` }]);
    try {
      return JSON.parse(text) as unknown;
    } catch (error) {
      throw new DataFileError(file, [{ message: `is not valid JSON: ${(error as Error).message}` }]);
    }
  }
  try {
    return loadSafeYaml(text, { schema: 'CORE', maxBytes });
  } catch (error) {
    if (!(error instanceof YamlError)) throw error;
    const where = error.mark ? `not valid YAML at line ${error.mark.line + 1}, column ${error.mark.column + 1}: ` : '';
    throw new DataFileError(file, [{ message: `${where}${error.reason}` }]);
  }
}

/** Parses a data file of `_data/` and checks it against its schema; errors name the file and field. */
export function parseDataFile(contents: string, filePath: string): unknown {
  const data = readStructuredFile(contents, filePath);
  const spec = DATA_FILES[path.basename(filePath)];
  if (!spec) return data;
  const result = spec.schema.safeParse(data);
  if (result.success) return result.data;
  throw new DataFileError(displayPath(filePath), describeIssues(result.error.issues, data));
}

/** Reads and checks one data file of `dataDir` by name (`site.yaml`). */
export function readDataFile<T>(dataDir: string, name: keyof typeof DATA_FILES): T {
  const file = path.join(dataDir, name);
  return parseDataFile(readFileSync(file, 'utf8'), file) as T;
}

/** One thing wrong with the data files, phrased like a content problem. */
export interface DataProblem {
  readonly file: string;
  readonly field?: string;
  readonly message: string;
}

/**
 * Every problem of `_data/`: unknown or missing files, files that are not regular files (a
 * symbolic link could point anywhere on the machine), and each file against its schema.
 */
export function dataFileProblems(dataDir: string, root: string): DataProblem[] {
  const rel = (file: string) => path.relative(root, file).split(path.sep).join('/');
  const problems: DataProblem[] = [];
  const present = existsSync(dataDir) ? readdirSync(dataDir) : [];
  for (const name of present) {
    const file = path.join(dataDir, name);
    if (!(name in DATA_FILES)) {
      problems.push({ file: rel(file), message: `is not a known data file (_data/ holds ${Object.keys(DATA_FILES).join(', ')})` });
      continue;
    }
    if (!lstatSync(file).isFile()) {
      problems.push({ file: rel(file), message: 'is not a regular file (a symbolic link or a folder); put the file itself here' });
      continue;
    }
    try {
      parseDataFile(readFileSync(file, 'utf8'), file);
    } catch (error) {
      if (!(error instanceof DataFileError)) throw error;
      for (const line of error.lines) problems.push({ file: rel(file), field: line.field, message: line.message });
    }
  }
  for (const [name, spec] of Object.entries(DATA_FILES)) {
    if (spec.required && !present.includes(name)) problems.push({ file: rel(path.join(dataDir, name)), message: 'is missing (the site settings: title, address, author, support link)' });
  }
  return problems;
}

/** Lets `_data/*.yaml` and `*.json` be the author's settings files, validated as they are read. */
export function dataFilesPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addDataExtension('yaml', { parser: parseDataFile, read: true });
  eleventyConfig.addDataExtension('json', { parser: parseDataFile, read: true });
}
