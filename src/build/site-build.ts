import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT, sitePaths, type SitePaths } from '../config/paths';
import { formatProblems } from '../content/validate';
import { validateSite } from '../content/validate-site';
import { writeAtomically } from './atomic';
import { nonRegularFiles } from './published-files';
import { BuildError, describeEleventyError, withoutMachinePaths } from './build-error';
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


/**
 * The production build: validate all content, render with Eleventy (plus the Cyrillic edition)
 * into a fresh folder, then swap it in. Any failure leaves the previous output untouched.
 */
export async function buildSite(options: BuildOptions = {}): Promise<BuildSummary> {
  const started = performance.now();
  const paths = options.paths ?? sitePaths();
  const outDir = path.resolve(options.outDir ?? path.join(paths.root, '_site'));

  const { problems } = validateSite(paths);
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
      const [{ cyrillicStats }, { runPostBuildSteps }] = await Promise.all([import('../cyrillic/plugin'), import('./post-build')]);
      steps = { cyrillic: cyrillicStats.milliseconds, ...(await runPostBuildSteps({ outDir: tmpDir, paths })) };
      const links = nonRegularFiles(tmpDir);
      if (links.length) throw new BuildError(`The finished site holds what is not a regular file (a symbolic link?); nothing was published:\n${links.map((file) => `  ${file}`).join('\n')}`);
    });
  } finally {
    stopListening();
    peakMemory = sampler?.stop();
  }
  return { outDir, pages, steps, milliseconds: performance.now() - started, ...(peakMemory ? { peakMemory } : {}) };
}

/** Eleventy (and the Cyrillic edition, in its `eleventy.after`) into `tmpDir`; the pages written. */
async function renderSite(paths: SitePaths, tmpDir: string): Promise<number> {
  // Loaded only now: a build refused by the content check stops in a second, not after loading
  // Eleventy, Pagefind and the image tools.
  const { Eleventy } = await import('@11ty/eleventy');
  const eleventy = new Eleventy(path.relative(process.cwd(), paths.content) || '.', path.relative(process.cwd(), tmpDir), {
    configPath: path.join(REPO_ROOT, 'eleventy.config.ts'),
    quietMode: true,
  });
  // The failure is reported once, by the build, as the author's message (not Eleventy's log too).
  eleventy.disableLogger();
  try {
    const [, templates] = (await eleventy.write()) as unknown as [unknown, { url?: string | false }[]];
    const html = templates.filter((t) => typeof t.url === 'string' && (t.url.endsWith('/') || t.url.endsWith('.html')));
    // Every /sr/ page also has its Cyrillic twin.
    return html.length + html.filter((t) => (t.url as string).startsWith('/sr/')).length;
  } catch (error) {
    // Eleventy names files relative to the working directory; the author knows them from the site root.
    const fromHere = path.relative(process.cwd(), paths.root);
    let message = withoutMachinePaths(describeEleventyError(error), [paths.root, process.cwd(), os.homedir()]);
    if (fromHere) message = message.split(`${fromHere}${path.sep}`).join('');
    throw new BuildError(message);
  }
}
