import type { SitePaths } from '../config/paths';
import { searchIndexStep } from '../search/index-site';
import { outputChecksStep } from './output-checks';

/**
 * Steps that run on the finished output folder, after Eleventy (and the Cyrillic edition) wrote
 * it and before the atomic swap puts it in place: a step that throws fails the build and leaves
 * the previous site untouched. Each step lives in its own module.
 */
export interface PostBuildContext {
  /** The fresh output folder (not yet `_site/`). */
  readonly outDir: string;
  readonly paths: SitePaths;
}

export type PostBuildStep = (context: PostBuildContext) => Promise<void>;

/** The steps, in order. Issue #4 adds the search index, issue #6 the output checks. */
export const POST_BUILD_STEPS: readonly { name: string; run: PostBuildStep }[] = [
  { name: 'search index', run: searchIndexStep },
  { name: 'output checks', run: outputChecksStep },
];

/** Runs every step in order; returns each step's wall time in milliseconds. */
export async function runPostBuildSteps(context: PostBuildContext): Promise<Record<string, number>> {
  const timings: Record<string, number> = {};
  for (const step of POST_BUILD_STEPS) {
    const started = performance.now();
    await step.run(context);
    timings[step.name] = performance.now() - started;
  }
  return timings;
}
