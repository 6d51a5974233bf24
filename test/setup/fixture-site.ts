import { FIXTURE_SITE } from '../helpers/build';
import { buildOnce } from './build-once';

/** The realistic fixture site, built once per test run for the build and browser tests. */
export default function setup(): void {
  buildOnce('the fixture site (test/fixtures/site)', undefined, FIXTURE_SITE);
}
