import path from 'node:path';
import { Eleventy } from '@11ty/eleventy';
import { REPO_ROOT, sitePaths, type SitePaths } from '../config/paths';
import { formatProblems, validateContent } from '../content/validate';
import { writeAtomically } from './atomic';
import { cyrillicStats } from '../cyrillic/plugin';
import { runPostBuildSteps } from './post-build';
import { onBuildPhase } from './build-phase';
import { MemorySampler } from './memory-sampler';

export interface BuildOptions {
  readonly paths?: SitePaths;
  /** Where the finished site goes; `_site/` of the site root by default. */
  readonly outDir?: string;
  /** Sample memory (this process and its children) and report each phase's peak. */
  readonly measureMemory?: boolean;
}

export interface BuildSummary {
  readonly outDir: string;
  readonly pages: number;
  readonly milliseconds: number;
  /** Wall time of each post-build step (search index, output checks). */
  readonly steps: Record<string, number>;
  /** Peak resident bytes of each phase, children included (with `measureMemory`). */
  readonly peakMemory?: Record<string, number>;
}

/** A build failure the author can act on: the message is what to print. */
export class BuildError extends Error {
  override name = 'BuildError';
}

/**
 * The production build: validate all content, render with Eleventy (plus the Cyrillic edition)
 * into a fresh folder, then swap it in. Any failure leaves the previous output untouched.
 */
export async function buildSite(options: BuildOptions = {}): Promise<BuildSummary> {
  const started = performance.now();
  const paths = options.paths ?? sitePaths();
  const outDir = path.resolve(options.outDir ?? path.join(paths.root, '_site'));

  const { problems } = validateContent(paths.content, paths.root);
  if (problems.length) {
    throw new BuildError(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the content; nothing was written:\n${formatProblems(problems)}`);
  }

  let pages = 0;
  let steps: Record<string, number> = {};
  const sampler = options.measureMemory ? new MemorySampler().start('render') : undefined;
  let peakMemory: Record<string, number> | undefined;
  const stopListening = onBuildPhase((phase) => sampler?.enter(phase));
  try {
    await writeAtomically(outDir, async (tmpDir) => {
      // In a function of its own, so nothing keeps Eleventy's templates and collections alive
      // while the post-build steps (and Pagefind's process) need the memory.
      pages = await renderSite(paths, tmpDir);
      sampler?.enter('search index + output checks');
      steps = { cyrillic: cyrillicStats.milliseconds, ...(await runPostBuildSteps({ outDir: tmpDir, paths })) };
    });
  } finally {
    stopListening();
    peakMemory = sampler?.stop();
  }
  return { outDir, pages, steps, milliseconds: performance.now() - started, ...(peakMemory ? { peakMemory } : {}) };
}

/** Eleventy (and the Cyrillic edition, in its `eleventy.after`) into `tmpDir`; the pages written. */
async function renderSite(paths: SitePaths, tmpDir: string): Promise<number> {
  const eleventy = new Eleventy(path.relative(process.cwd(), paths.content) || '.', path.relative(process.cwd(), tmpDir), {
    configPath: path.join(REPO_ROOT, 'eleventy.config.ts'),
    quietMode: true,
  });
  try {
    const [, templates] = (await eleventy.write()) as unknown as [unknown, { url?: string | false }[]];
    const html = templates.filter((t) => typeof t.url === 'string' && (t.url.endsWith('/') || t.url.endsWith('.html')));
    // Every /sr/ page also has its Cyrillic twin.
    return html.length + html.filter((t) => (t.url as string).startsWith('/sr/')).length;
  } catch (error) {
    throw new BuildError(describeEleventyError(error));
  }
}

/** Eleventy wraps errors; the author needs the innermost message (it names the file). */
export function describeEleventyError(error: unknown): string {
  const messages: string[] = [];
  let current: unknown = error;
  while (current instanceof Error) {
    messages.push(current.message);
    current = (current as Error & { originalError?: unknown }).originalError ?? current.cause;
  }
  return messages.filter((m, i) => m && messages.indexOf(m) === i).join('\n  caused by: ') || String(error);
}
