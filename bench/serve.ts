import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ASSET_CACHE_CONTROL, FINGERPRINTED_PATHS, localServerHeaders } from '../src/security/headers';
import { MIME } from '../test/helpers/serve';

/** What a static host compresses on the fly (text); Pagefind's own files are gzip already. */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg\+xml)/;

/** True when the bytes are already a gzip stream (Pagefind's `.pf_*` and `wasm.*.pagefind`). */
export function isGzipped(bytes: Uint8Array): boolean {
  return bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

export interface BenchServer {
  /** `http://127.0.0.1:<port>`, no trailing slash. */
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * A static host, for Lighthouse: the site's real headers (the CSP included), the long cache for
 * `/assets/` (as `_headers` says), gzip (level 6) for text when the client accepts it, `404.html`
 * with status 404. `/x/` → `x/index.html`. Compressed bodies are kept in memory per file.
 * `headers` replaces the security headers (the benchmark measures without one of them too).
 */
export async function serveCompressed(root: string, headers: Readonly<Record<string, string>> = localServerHeaders()): Promise<BenchServer> {
  const base = path.resolve(root);
  const gzipped = new Map<string, Buffer>();
  const load = async (file: string): Promise<{ body: Buffer; type: string } | undefined> => {
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = path.join(file, 'index.html');
        info = await stat(file);
      }
      return { body: await readFile(file), type: MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream' };
    } catch {
      return undefined;
    }
  };
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = path.join(base, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!file.startsWith(base + path.sep) && file !== base) {
      response.writeHead(403).end();
      return;
    }
    let found = await load(file);
    let status = 200;
    if (!found) {
      status = 404;
      found = (await load(path.join(base, '404.html'))) ?? { body: Buffer.from('not found'), type: 'text/plain; charset=utf-8' };
    }
    const out: Record<string, string | number> = { ...headers, 'Content-Type': found.type };
    if (FINGERPRINTED_PATHS.some((folder) => pathname.startsWith(folder))) out['Cache-Control'] = ASSET_CACHE_CONTROL;
    let body = found.body;
    if (COMPRESSIBLE.test(found.type) && !isGzipped(body)) {
      out['Vary'] = 'Accept-Encoding';
      if (/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
        const key = `${status}:${file}`;
        let compressed = gzipped.get(key);
        if (!compressed) gzipped.set(key, (compressed = gzipSync(body, { level: 6 })));
        body = compressed;
        out['Content-Encoding'] = 'gzip';
      }
    }
    out['Content-Length'] = body.length;
    response.writeHead(status, out);
    response.end(request.method === 'HEAD' ? undefined : body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
