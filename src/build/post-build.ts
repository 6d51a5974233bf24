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

/** The steps. Issue #4 adds the search index, issue #6 the output checks. */
export const POST_BUILD_STEPS: readonly { name: string; run: PostBuildStep }[] = [
  { name: 'search index', run: searchIndexStep },
  { name: 'output checks', run: outputChecksStep },
];

/**
 * Runs the steps side by side and returns each step's wall time in milliseconds (they overlap).
 * The search index spends most of its time waiting for Pagefind's own process, which leaves a
 * core to the output checks; neither reads what the other writes (the checks skip `pagefind/`).
 * Every step runs to its end before a failure is reported, so nothing still writes into the
 * folder when the build removes it; the first failing step (in the order above) is the error.
 */
export async function runPostBuildSteps(context: PostBuildContext): Promise<Record<string, number>> {
  const timings: Record<string, number> = {};
  const outcomes = await Promise.allSettled(
    POST_BUILD_STEPS.map(async (step) => {
      const started = performance.now();
      await step.run(context);
      timings[step.name] = performance.now() - started;
    }),
  );
  const failed = outcomes.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failed) throw failed.reason;
  return Object.fromEntries(POST_BUILD_STEPS.map((step) => [step.name, timings[step.name] ?? 0]));
}
