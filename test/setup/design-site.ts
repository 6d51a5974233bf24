import { DESIGN_ROOT, DESIGN_SITE } from '../helpers/build';
import { buildOnce } from './build-once';

/**
 * The design fixture (test/fixtures/design: pictures, a portrait, a 600-word article), built once
 * per test run for the browser tests of the layout and print, and for the screenshots.
 */
export default function setup(): void {
  buildOnce('the design fixture (test/fixtures/design)', DESIGN_ROOT, DESIGN_SITE);
}
