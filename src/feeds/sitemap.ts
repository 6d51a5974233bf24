import { EDITIONS } from '../config/editions';
import { escapeXml } from './xml';

/** The sitemap protocol's limit of URLs in one file. */
export const SITEMAP_URL_LIMIT = 50_000;

export interface SitemapEntry {
  /** Absolute URL of the page. */
  readonly loc: string;
  /** The page's `<html lang>`: which edition's file it goes into when the sitemap is split. */
  readonly lang: string;
  /** The page's own `hreflang` alternates, exactly as its head lists them. */
  readonly alternates: readonly { readonly hreflang: string; readonly href: string }[];
}

export interface SitemapFile {
  /** Root-relative path: `/sitemap.xml`, `/sitemap-sr-cyrl.xml`. */
  readonly path: string;
  readonly xml: string;
}

function urlset(entries: readonly SitemapEntry[]): string {
  const e = escapeXml;
  const urls = entries.map(
    (entry) => `<url><loc>${e(entry.loc)}</loc>${entry.alternates.map((a) => `<xhtml:link rel="alternate" hreflang="${e(a.hreflang)}" href="${e(a.href)}"/>`).join('')}</url>\n`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${urls.join('')}</urlset>
`;
}

/** File-name part for an edition: `sr-Cyrl` → `sr-cyrl`. */
function fileKey(lang: string): string {
  return lang.toLowerCase().replace(/[^a-z0-9-]/g, '-') || 'other';
}

/**
 * The sitemap: one `/sitemap.xml` while the site has at most `limit` URLs; past that,
 * `/sitemap.xml` becomes an index of one file per edition (`/sitemap-en.xml`…), each split
 * again (`/sitemap-en-2.xml`) if a single edition passes the limit. Entries are sorted by URL
 * so the output is stable.
 */
export function sitemapFiles(entries: readonly SitemapEntry[], siteUrl: string, limit = SITEMAP_URL_LIMIT): SitemapFile[] {
  const sorted = [...entries].sort((a, b) => (a.loc < b.loc ? -1 : a.loc > b.loc ? 1 : 0));
  if (sorted.length <= limit) return [{ path: '/sitemap.xml', xml: urlset(sorted) }];
  const byLang = new Map<string, SitemapEntry[]>();
  for (const entry of sorted) {
    const list = byLang.get(entry.lang) ?? [];
    list.push(entry);
    byLang.set(entry.lang, list);
  }
  const order = [...byLang.keys()].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const files: SitemapFile[] = [];
  for (const lang of order) {
    const list = byLang.get(lang) ?? [];
    for (let start = 0, part = 1; start < list.length; start += limit, part++) {
      files.push({ path: `/sitemap-${fileKey(lang)}${part > 1 ? `-${part}` : ''}.xml`, xml: urlset(list.slice(start, start + limit)) });
    }
  }
  const base = siteUrl.replace(/\/+$/, '');
  const index = `<?xml version="1.0" encoding="utf-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${files.map((f) => `<sitemap><loc>${escapeXml(base + f.path)}</loc></sitemap>\n`).join('')}</sitemapindex>
`;
  return [{ path: '/sitemap.xml', xml: index }, ...files];
}

function rank(lang: string): number {
  const index = (EDITIONS as readonly string[]).indexOf(lang);
  return index < 0 ? EDITIONS.length : index;
}

/** `robots.txt`: everything may be crawled; the sitemap is named with its absolute URL. */
export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${siteUrl.replace(/\/+$/, '')}/sitemap.xml\n`;
}
