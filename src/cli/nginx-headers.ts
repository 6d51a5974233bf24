import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../config/paths';
import { renderNginxSnippet } from '../security/headers';

/** `npm run headers:nginx`: rewrites the committed nginx snippet from `src/security/headers.ts`. */
export const NGINX_SNIPPET = path.join(REPO_ROOT, 'deploy/nginx/dmspot-headers.conf');

writeFileSync(NGINX_SNIPPET, renderNginxSnippet());
console.log(`Wrote ${path.relative(process.cwd(), NGINX_SNIPPET)}`);
