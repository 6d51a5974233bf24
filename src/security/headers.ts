/**
 * The HTTP response headers of the whole site: the one source of truth for `_headers` (Netlify,
 * Cloudflare Pages), the nginx snippet in `deploy/nginx/`, the dev server (`npm start`) and the
 * test servers. Change a header here and nowhere else; `test/unit/headers.test.ts` keeps the
 * committed nginx snippet in step.
 */

/**
 * Content-Security-Policy, directive by directive. Everything is refused (`default-src 'none'`)
 * and then opened only as far as the site needs:
 * - scripts from the site itself, plus WebAssembly compilation for Pagefind's search;
 * - no workers: Pagefind's search runs on the search page's own thread (`noWorker`);
 * - `data:` images for small inline icons (CSS), never another origin;
 * - forms (the search box) submit only to the site; nothing may frame the site.
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'none'"],
  'manifest-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'object-src': ["'none'"],
  'upgrade-insecure-requests': [],
};

/** Directives a `<meta>` policy cannot carry (browsers ignore them there, with a console warning). */
const HEADER_ONLY_DIRECTIVES: ReadonlySet<string> = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/**
 * The policy for `<meta http-equiv="Content-Security-Policy">`, on hosts that send no headers
 * (GitHub Pages): the same directives bar those that only a header can carry. What it cannot do
 * is in docs/deploying.md.
 */
export function metaContentSecurityPolicy(): string {
  return contentSecurityPolicy(Object.fromEntries(Object.entries(CSP_DIRECTIVES).filter(([name]) => !HEADER_ONLY_DIRECTIVES.has(name))));
}

/** The policy as one header value. */
export function contentSecurityPolicy(directives: Readonly<Record<string, readonly string[]>> = CSP_DIRECTIVES): string {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(' '))
    .join('; ');
}

/**
 * Browser features the site never uses, each denied to the page and to anything it could embed.
 * Only names Chromium recognises: it warns on the console about an unknown one on every page
 * (`bluetooth`, for one, is not a Permissions-Policy feature in Chromium).
 */
export const DENIED_FEATURES: readonly string[] = [
  'accelerometer',
  'autoplay',
  'browsing-topics',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'idle-detection',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'sync-xhr',
  'usb',
  'xr-spatial-tracking',
];

/**
 * Every header, in the order hosts should send them.
 * - HSTS for two years (63,072,000 s) with subdomains: the site is HTTPS-only; `preload` is left
 *   to the owner because submitting the domain to the preload list is a separate, slow-to-undo step.
 * - `Referrer-Policy: no-referrer`: the site has no analytics and no server logic that reads
 *   `Referer`, so even same-origin requests need not carry it, and nothing leaks to outbound links.
 * - `X-Frame-Options` repeats `frame-ancestors 'none'` for browsers that predate CSP level 2.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': contentSecurityPolicy(),
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': DENIED_FEATURES.map((feature) => `${feature}=()`).join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * The headers for a server on this machine (`npm start`, the test servers): the very same set.
 * Checked in Chromium: `upgrade-insecure-requests` leaves `http://127.0.0.1` and `localhost`
 * alone (loopback counts as secure), and browsers ignore HSTS received over plain HTTP, so the
 * production headers work locally as they are — and a page that breaks under them breaks here.
 */
export function localServerHeaders(): Record<string, string> {
  return { ...SECURITY_HEADERS };
}

/**
 * Caching for `/assets/` and `/img/`: every file there has a content hash in its name
 * (`site.<hash>.css`; pictures are named by eleventy-img from the source's bytes and the
 * options, `pvnDiL0fpe-1200.avif`), so a browser may keep it for a year without asking again.
 */
export const ASSET_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/** The folders whose files are fingerprinted (see `ASSET_CACHE_CONTROL`). */
export const FINGERPRINTED_PATHS = ['/assets/', '/img/'] as const;

/**
 * `_headers` for Netlify and Cloudflare Pages: the security headers for every path, and the
 * long cache for fingerprinted files (both hosts merge the rules that match a path).
 */
export function renderHeadersFile(headers: Readonly<Record<string, string>> = SECURITY_HEADERS): string {
  const lines = ['# Generated from src/security/headers.ts by the build: edit that file, not this one.', '/*'];
  for (const [name, value] of Object.entries(headers)) lines.push(`  ${name}: ${value}`);
  for (const folder of FINGERPRINTED_PATHS) lines.push(`${folder}*`, `  Cache-Control: ${ASSET_CACHE_CONTROL}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The nginx snippet (`deploy/nginx/dmspot-headers.conf`), to `include` inside a `server` or
 * `location` block. `always` sends the headers on error pages (404) too.
 */
export function renderNginxSnippet(headers: Readonly<Record<string, string>> = SECURITY_HEADERS): string {
  const lines = [
    '# DM Spot security headers. Generated from src/security/headers.ts (npm run headers:nginx);',
    '# do not edit by hand. Include it in the server block, and again in any location block that',
    '# sets its own add_header (nginx drops inherited add_header lines in such a block).',
  ];
  for (const [name, value] of Object.entries(headers)) lines.push(`add_header ${name} "${value.replace(/"/g, '\\"')}" always;`);
  return `${lines.join('\n')}\n`;
}
