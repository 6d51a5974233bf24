import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config/paths';
import { ASSET_CACHE_CONTROL, FINGERPRINTED_PATHS, contentSecurityPolicy, CSP_DIRECTIVES, localServerHeaders, renderHeadersFile, renderNginxSnippet, SECURITY_HEADERS } from '../../src/security/headers';

/** Parses a CSP header value into directive → values. */
function parseCsp(value: string): Map<string, string[]> {
  return new Map(value.split(';').map((part) => part.trim().split(/\s+/)).filter((p) => p[0]).map(([name, ...values]) => [name!, values]));
}

describe('security headers', () => {
  it('carry the policy the issue asks for, no weaker', () => {
    const csp = parseCsp(SECURITY_HEADERS['Content-Security-Policy']!);
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp.get('style-src')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toEqual(["'self'", 'data:']);
    expect(csp.get('font-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    // Pagefind runs on the search page's thread (noWorker): no page may start a worker.
    expect(csp.get('worker-src')).toEqual(["'none'"]);
    expect(csp.get('manifest-src')).toEqual(["'self'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.has('upgrade-insecure-requests')).toBe(true);
    for (const values of csp.values()) {
      expect(values).not.toContain("'unsafe-inline'");
      expect(values).not.toContain("'unsafe-eval'");
      expect(values.filter((v) => v.includes('://') || v === '*' || v === 'https:')).toEqual([]);
    }
    expect(SECURITY_HEADERS['Strict-Transport-Security']).toMatch(/^max-age=(\d+)/);
    expect(Number(/max-age=(\d+)/.exec(SECURITY_HEADERS['Strict-Transport-Security']!)![1])).toBeGreaterThanOrEqual(63_072_000);
    expect(SECURITY_HEADERS['X-Content-Type-Options']).toBe('nosniff');
    expect(SECURITY_HEADERS['Referrer-Policy']).toBe('no-referrer');
    expect(SECURITY_HEADERS['Cross-Origin-Opener-Policy']).toBe('same-origin');
    expect(SECURITY_HEADERS['Cross-Origin-Resource-Policy']).toBe('same-origin');
    const permissions = SECURITY_HEADERS['Permissions-Policy']!.split(',').map((p) => p.trim());
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(permissions).toContain(`${feature}=()`);
    expect(permissions.every((p) => p.endsWith('=()'))).toBe(true);
  });

  it('serialises the directives in order', () => {
    expect(contentSecurityPolicy({ 'default-src': ["'none'"], 'upgrade-insecure-requests': [] })).toBe("default-src 'none'; upgrade-insecure-requests");
    expect(contentSecurityPolicy().split('; ')).toHaveLength(Object.keys(CSP_DIRECTIVES).length);
  });

  it('are the same for the local servers (npm start, tests) as in production', () => {
    expect(localServerHeaders()).toEqual(SECURITY_HEADERS);
  });

  it('render as _headers: one rule for every path, every header indented under it', () => {
    const lines = renderHeadersFile().trimEnd().split('\n').filter((l) => !l.startsWith('#'));
    expect(lines[0]).toBe('/*');
    const count = Object.keys(SECURITY_HEADERS).length;
    expect(lines.slice(1, count + 1)).toEqual(Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`));
    expect(lines.slice(count + 1)).toEqual(['/assets/*', `  Cache-Control: ${ASSET_CACHE_CONTROL}`, '/img/*', `  Cache-Control: ${ASSET_CACHE_CONTROL}`]);
    // Cloudflare Pages refuses lines over 2,000 characters.
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(2000);
  });

  it('the committed nginx snippet is what src/security/headers.ts renders (npm run headers:nginx)', () => {
    const committed = readFileSync(path.join(REPO_ROOT, 'deploy/nginx/dmspot-headers.conf'), 'utf8');
    expect(committed).toBe(renderNginxSnippet());
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(committed).toContain(`add_header ${name} "${value}" always;`);
  });

  it('the nginx site snippet includes the headers in the server and in each fingerprinted folder, cached as _headers does', () => {
    const site = readFileSync(path.join(REPO_ROOT, 'deploy/nginx/dmspot-site.conf'), 'utf8');
    expect(site.match(/^\s*include snippets\/dmspot-headers\.conf;/gm)?.length).toBe(1 + FINGERPRINTED_PATHS.length);
    for (const folder of FINGERPRINTED_PATHS) {
      const block = new RegExp(`^location ${folder.replace(/\//g, '\\/')} \\{([^}]*)\\}`, 'm').exec(site)?.[1] ?? '';
      expect(block, folder).toContain('include snippets/dmspot-headers.conf;');
      expect(block, folder).toContain(`add_header Cache-Control "${ASSET_CACHE_CONTROL}" always;`);
    }
    const example = readFileSync(path.join(REPO_ROOT, 'deploy/nginx/dmspot.conf.example'), 'utf8');
    expect(example).toMatch(/^\s*include snippets\/dmspot-site\.conf;/m);
    // A types block of its own in the server would replace nginx's whole list of types.
    expect(example).not.toMatch(/^\s*types\s*\{/m);
  });
});
