import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import yaml from 'js-yaml';
import type { z } from 'zod';
import { describeIssues, recommendationsSchema, siteSchema } from './schema';

/** Schemas of the author-edited data files in `_data/`, by file name. */
const SCHEMAS: Readonly<Record<string, z.ZodType>> = {
  'site.yaml': siteSchema,
  'recommendations.yaml': recommendationsSchema,
};

/** Parses a YAML data file and checks it against its schema; errors name the file and field. */
export function parseDataFile(contents: string, filePath: string): unknown {
  const file = path.relative(process.cwd(), filePath).split(path.sep).join('/');
  let data: unknown;
  try {
    data = yaml.load(contents.replace(/^\uFEFF/, ''), { schema: yaml.CORE_SCHEMA, filename: file });
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    throw new Error(`${file}: not valid YAML${mark ? ` at line ${mark.line + 1}, column ${mark.column + 1}` : ''}: ${(error as { reason?: string }).reason ?? String(error)}`);
  }
  const schema = SCHEMAS[path.basename(filePath)];
  if (!schema) return data;
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new Error(`${file}:\n${describeIssues(result.error.issues, data).map((l) => `  ${l.message}`).join('\n')}`);
}

/** Lets `_data/*.yaml` be the author's settings files, validated as they are read. */
export function dataFilesPlugin(eleventyConfig: UserConfig): void {
  eleventyConfig.addDataExtension('yaml', { parser: parseDataFile, read: true });
}
