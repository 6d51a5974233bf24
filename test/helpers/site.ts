import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

/**
 * Reads a built site: maps URLs to files and parses pages with a real HTML parser (cheerio,
 * on parse5). Every build test goes through this one helper.
 */
export class BuiltSite {
  private readonly cache = new Map<string, CheerioAPI>();
  constructor(readonly dir: string) {}

  /** The file a root-relative URL is served from, or undefined when none exists. */
  fileFor(url: string): string | undefined {
    const pathname = decodeURIComponent(url.split(/[?#]/)[0] ?? '/');
    const candidates = pathname.endsWith('/') ? [path.join(this.dir, pathname, 'index.html')] : [path.join(this.dir, pathname), path.join(this.dir, pathname, 'index.html')];
    return candidates.find((f) => existsSync(f) && statSync(f).isFile());
  }

  exists(url: string): boolean {
    return this.fileFor(url) !== undefined;
  }

  /** The parsed page at a URL; throws when there is none. */
  page(url: string): CheerioAPI {
    let $ = this.cache.get(url);
    if (!$) {
      const file = this.fileFor(url);
      if (!file) throw new Error(`no page at ${url}`);
      $ = load(readFileSync(file, 'utf8'));
      this.cache.set(url, $);
    }
    return $;
  }

  /** Every HTML page as a root-relative URL (`/sr/`, `/404.html`). */
  htmlUrls(): string[] {
    const urls: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.html')) {
          const rel = '/' + path.relative(this.dir, full).split(path.sep).join('/');
          urls.push(rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel);
        }
      }
    };
    walk(this.dir);
    return urls.sort();
  }
}
