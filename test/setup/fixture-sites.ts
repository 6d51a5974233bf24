import type { TestProject } from 'vitest/node';
import { DESIGN_ROOT, DESIGN_SITE, FIXTURE_SITE } from '../helpers/build';
import { buildOnce } from './build-once';

interface FixtureSite {
  what: string;
  /** undefined: the realistic fixture, the build's default for tests. */
  root: string | undefined;
  out: string;
}

/** The realistic fixture site (test/fixtures/site), which most build and browser tests read. */
const SITE: FixtureSite = { what: 'the fixture site (test/fixtures/site)', root: undefined, out: FIXTURE_SITE };
/** The design fixture (test/fixtures/design: pictures, a portrait, a 600-word article). */
const DESIGN: FixtureSite = { what: 'the design fixture (test/fixtures/design)', root: DESIGN_ROOT, out: DESIGN_SITE };

/** Which built fixtures the tests of each project read. */
const NEEDED: Record<string, FixtureSite[]> = { build: [SITE], browser: [SITE, DESIGN], screenshots: [DESIGN] };

/**
 * Builds, once per test run, every fixture site that the run's projects read, side by side: a
 * build is mostly one core's work, and the two together take the time of the longer one.
 */
export default async function setup(project: TestProject): Promise<void> {
  const sites = new Set(project.vitest.projects.flatMap((each) => NEEDED[each.name] ?? []));
  await Promise.all([...sites].map((site) => buildOnce(site.what, site.root, site.out)));
}
