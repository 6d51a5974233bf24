/**
 * Which phase a build is in, announced by the code that starts it (the Cyrillic edition runs
 * inside Eleventy's `eleventy.after`), for whoever measures the build (the memory sampler).
 */
type Listener = (phase: string) => void;

const listeners = new Set<Listener>();

/** Calls `listener` with each phase announced until the returned function is called. */
export function onBuildPhase(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function announceBuildPhase(phase: string): void {
  for (const listener of listeners) listener(phase);
}
