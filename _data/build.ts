import { readEnvironment } from '../src/config/environment';

/** Build-wide values for templates (the footer's year). */
export default { year: readEnvironment().now.getUTCFullYear() };
