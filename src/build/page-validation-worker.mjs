// Worker threads do not inherit tsx's loader on Node 20: register it here, then run the
// TypeScript worker. (The one JavaScript file in src/: it exists to load TypeScript.)
import { register } from 'tsx/esm/api';

register();
await import('./page-validation-worker.ts');
