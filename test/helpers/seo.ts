import { readFileSync } from 'node:fs';
import type { CheerioAPI } from 'cheerio';

/** A JSON-LD node: an object with `@type`. */
export type LdNode = Record<string, unknown> & { '@type': string };

/** Every JSON-LD block of a page, parsed (throws with the page's URL on invalid JSON), `@graph`s flattened. */
export function jsonLdNodes($: CheerioAPI, url: string): LdNode[] {
  const nodes: LdNode[] = [];
  $('script[type="application/ld+json"]').each((_, el) => {
    let doc: Record<string, unknown>;
    try {
      doc = JSON.parse($(el).text()) as Record<string, unknown>;
    } catch (error) {
      throw new Error(`${url}: JSON-LD does not parse: ${(error as Error).message}`);
    }
    if (doc['@context'] !== 'https://schema.org') throw new Error(`${url}: JSON-LD without the schema.org @context`);
    const graph = Array.isArray(doc['@graph']) ? (doc['@graph'] as LdNode[]) : [doc as LdNode];
    nodes.push(...graph);
  });
  return nodes;
}

/** Width and height of a PNG file, from its IHDR chunk; throws when the file is not a PNG. */
export function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  if (bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a' || bytes.subarray(12, 16).toString('latin1') !== 'IHDR') throw new Error(`${file} is not a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** RFC 3339 date-time with a time zone (what Atom, JSON Feed and schema.org dates use here). */
export const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;
