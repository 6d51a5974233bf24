/**
 * The build's environment, read once. Eleventy sets ELEVENTY_RUN_MODE to `build`, `serve`
 * or `watch`; anything but a one-off build is a preview for the author.
 */
export interface Environment {
  /** Production leaves drafts and scheduled articles out of every output. */
  readonly production: boolean;
  /** The moment "scheduled" is measured against. */
  readonly now: Date;
  /**
   * Every page carries the Content-Security-Policy in a `<meta>` as well: for hosts that send no
   * headers of ours (GitHub Pages). `npm run build -- --meta-csp` sets it.
   */
  readonly metaCsp: boolean;
}

export function readEnvironment(env: NodeJS.ProcessEnv = process.env): Environment {
  const production = (env.ELEVENTY_RUN_MODE ?? 'build') === 'build' && env.DMSPOT_PREVIEW !== '1';
  const now = env.DMSPOT_NOW ? new Date(env.DMSPOT_NOW) : new Date();
  if (Number.isNaN(now.getTime())) throw new Error(`DMSPOT_NOW must be a date (got "${env.DMSPOT_NOW}")`);
  return { production, now, metaCsp: env.DMSPOT_META_CSP === '1' };
}
