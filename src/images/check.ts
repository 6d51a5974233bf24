import { existsSync } from 'node:fs';
import { markdownReferences } from '../content/markdown-references';
import { missingAltMessage, publishedAlt } from './alt-text';
import { resolveImageSource } from './sources';

/** A problem with one image of a Markdown file. */
export interface ImageProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * The images of one Markdown body that the build could not publish: no alt text (a bare
 * `![](x.jpg)`; `![""](x.jpg)` marks decoration), a file that is missing, or a picture on
 * another site. `file` is the Markdown file's absolute path; `firstLine` the body's first line.
 */
export function imageProblems(file: string, body: string, contentDir: string, firstLine = 1): ImageProblem[] {
  const problems: ImageProblem[] = [];
  for (const ref of markdownReferences(body, firstLine)) {
    if (ref.kind !== 'image') continue;
    const field = `line ${ref.line}`;
    const alt = ref.html ? ref.alt : publishedAlt(ref.alt ?? '');
    if (alt === undefined) problems.push({ field, message: `line ${ref.line}: ${missingAltMessage(ref.url)}` });
    const source = resolveImageSource(ref.url, file, contentDir);
    if ('error' in source) problems.push({ field, message: `line ${ref.line}: ${source.error}` });
    else if (!existsSync(source.file)) problems.push({ field, message: `line ${ref.line}: image ${ref.url} does not exist (put it beside the article, or in content/images/ and write /images/…)` });
  }
  return problems;
}
