/**
 * The disk cache of rendered previews: one PNG per card, named by a hash of everything that
 * makes its bytes, written then renamed so a killed build never leaves half a file behind.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { face } from './face';
import { DESIGN_VERSION, type SocialCard } from './layout';
import { renderSocialCard } from './raster';

/** A card to render into the cache, under its key. */
export interface CacheItem {
  readonly key: string;
  readonly card: SocialCard;
}

let identity: string | undefined;
/** What, besides the card, decides the bytes: the design, both fonts, zlib, resvg (glyphs, fallback). */
function renderIdentity(): string {
  if (identity === undefined) {
    const resvg = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-js/package.json'), 'utf8')) as { version: string };
    identity = [DESIGN_VERSION, face('bold').identity, face('regular').identity, `zlib ${process.versions.zlib ?? ''}`, `resvg ${resvg.version}`].join('\n');
  }
  return identity;
}

/** The cache key of a card: equal keys, equal bytes. */
export function cardKey(card: SocialCard): string {
  const fields = JSON.stringify([card.siteName, card.title, card.lang, card.footer]);
  return createHash('sha256').update(`${renderIdentity()}\n${fields}`).digest('hex').slice(0, 32);
}

/** The cache file of a key. */
export function cacheFileOf(cacheDir: string, key: string): string {
  return path.join(cacheDir, `${key}.png`);
}

/** Renders one card into the cache (synchronously: the caller decides where that runs). */
export function renderIntoCache(item: CacheItem, cacheDir: string): void {
  const file = cacheFileOf(cacheDir, item.key);
  const png = renderSocialCard(item.card);
  mkdirSync(cacheDir, { recursive: true });
  // Write then rename; the thread id keeps two workers of one process apart.
  const partial = `${file}.${process.pid}.${threadId}.tmp`;
  writeFileSync(partial, png);
  renameSync(partial, file);
}
