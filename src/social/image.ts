/**
 * Preview images for social networks, made at build time without any network: an SVG built
 * here, rendered to PNG by resvg (a prebuilt binary inside its npm package) with DejaVu Sans
 * (TrueType, shipped in an npm package, with Latin and Cyrillic). A rendered image is cached by
 * a hash of everything that makes it, so a rebuild only renders new or changed titles.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import { escapeXml } from '../feeds/xml';
import { SOCIAL_IMAGE_HEIGHT, SOCIAL_IMAGE_WIDTH } from './urls';

/** What a preview shows. The text is already in the edition's script. */
export interface SocialCard {
  readonly siteName: string;
  readonly title: string;
  /** BCP 47 tag of the text (`sr-Cyrl`): picks Serbian letter forms where the font has them. */
  readonly lang: string;
  /** A short line at the bottom (the site's host name). */
  readonly footer: string;
}

/** Bump when the drawing changes, so cached images are not reused. */
const DESIGN_VERSION = '1';
const MARGIN = 80;
const TEXT_WIDTH = SOCIAL_IMAGE_WIDTH - 2 * MARGIN;
const FONT_FAMILY = 'DejaVu Sans';

const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const RENDER_OPTIONS: ResvgRenderOptions = {
  font: {
    loadSystemFonts: false,
    fontFiles: [path.join(fontDir, 'DejaVuSans.ttf'), path.join(fontDir, 'DejaVuSans-Bold.ttf')],
    defaultFontFamily: FONT_FAMILY,
  },
  fitTo: { mode: 'original' },
};

/**
 * Approximate advance of a character in DejaVu Sans Bold, in em. Only used to decide where
 * lines break, with room to spare; resvg does the real shaping.
 */
function advance(char: string): number {
  if (/[iljfrtI.,:;!|'"`()[\]\s]/.test(char)) return 0.42;
  if (/[mwMWШЖЩЮшжщюДЦдцЫы]/.test(char)) return 1.02;
  if (/\p{Lu}/u.test(char)) return 0.76;
  return 0.64;
}

function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += advance(char);
  return em * fontSize;
}

/**
 * Breaks `text` into at most `maxLines` lines no wider than `maxWidth` at `fontSize`; a longer
 * text ends with an ellipsis, a word longer than a line is cut. One pass over the characters:
 * a pasted 20,000-character URL costs what 20,000 characters of prose cost.
 */
export function wrapLines(text: string, fontSize: number, maxWidth: number, maxLines: number): { lines: string[]; truncated: boolean } {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const space = advance(' ') * fontSize;
  const lines: string[] = [];
  let current = '';
  let width = 0;
  let truncated = false;
  /** Ends the current line; false when that was the last one allowed. */
  const breakLine = (): boolean => {
    lines.push(current);
    current = '';
    width = 0;
    return lines.length < maxLines;
  };
  words: for (let index = 0; index < words.length; index++) {
    const word = words[index] as string;
    const wordWidth = textWidth(word, fontSize);
    if (current !== '' && width + space + wordWidth <= maxWidth) {
      current += ` ${word}`;
      width += space + wordWidth;
      continue;
    }
    if (current !== '' && !breakLine()) {
      truncated = true;
      break;
    }
    if (wordWidth <= maxWidth) {
      current = word;
      width = wordWidth;
      continue;
    }
    // A single word wider than the line: cut it where it fits, character by character.
    for (const char of word) {
      const charWidth = advance(char) * fontSize;
      if (current !== '' && width + charWidth > maxWidth && !breakLine()) {
        truncated = true;
        break words;
      }
      current += char;
      width += charWidth;
    }
  }
  if (!truncated && current !== '') {
    if (lines.length < maxLines) lines.push(current);
    else truncated = true;
  }
  if (truncated && lines.length > 0) {
    // The last line is at most a line wide, so trimming it a character at a time is cheap.
    let last = lines[lines.length - 1] as string;
    while (last && textWidth(`${last}…`, fontSize) > maxWidth) last = [...last].slice(0, -1).join('');
    lines[lines.length - 1] = `${last.trimEnd()}…`;
  }
  return { lines, truncated };
}

/** The preview as SVG: site name on top, the title large, the host name at the bottom. */
export function socialCardSvg(card: SocialCard): string {
  let fontSize = 68;
  let wrapped = wrapLines(card.title, fontSize, TEXT_WIDTH, 3);
  if (wrapped.truncated) {
    fontSize = 54;
    wrapped = wrapLines(card.title, fontSize, TEXT_WIDTH, 4);
  }
  const lineHeight = Math.round(fontSize * 1.2);
  const blockTop = 330 - ((wrapped.lines.length - 1) * lineHeight) / 2;
  const e = escapeXml;
  const titleLines = wrapped.lines
    .map((line, i) => `<text x="${MARGIN}" y="${Math.round(blockTop + i * lineHeight)}" font-size="${fontSize}" font-weight="bold">${e(line)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SOCIAL_IMAGE_WIDTH}" height="${SOCIAL_IMAGE_HEIGHT}" viewBox="0 0 ${SOCIAL_IMAGE_WIDTH} ${SOCIAL_IMAGE_HEIGHT}">
<rect width="100%" height="100%" fill="#0b5c7e"/>
<rect x="0" y="${SOCIAL_IMAGE_HEIGHT - 16}" width="100%" height="16" fill="#c2410c"/>
<g font-family="${FONT_FAMILY}" fill="#ffffff" xml:lang="${e(card.lang)}">
<text x="${MARGIN}" y="${MARGIN + 30}" font-size="40" font-weight="bold">${e(card.siteName)}</text>
${titleLines}
<text x="${MARGIN}" y="${SOCIAL_IMAGE_HEIGHT - MARGIN + 10}" font-size="30" fill="#d8eef7">${e(card.footer)}</text>
</g>
</svg>`;
}

/** A preview to write: the card and the output file. */
export interface SocialImageJob {
  readonly file: string;
  readonly card: SocialCard;
}

/**
 * Writes every job's PNG, rendering only what the cache does not hold. Renders run on libuv's
 * thread pool (resvg's async API), a few at a time.
 */
export async function writeSocialImages(jobs: readonly SocialImageJob[], cacheDir: string): Promise<{ rendered: number; cached: number }> {
  await mkdir(cacheDir, { recursive: true });
  let rendered = 0;
  let cached = 0;
  const run = async (job: SocialImageJob) => {
    const svg = socialCardSvg(job.card);
    const hash = createHash('sha256').update(`${DESIGN_VERSION}\n${JSON.stringify(RENDER_OPTIONS)}\n${svg}`).digest('hex').slice(0, 32);
    const cacheFile = path.join(cacheDir, `${hash}.png`);
    if (existsSync(cacheFile)) {
      cached++;
    } else {
      const png = (await renderAsync(svg, { ...RENDER_OPTIONS, languages: [job.card.lang] })).asPng();
      // Write then rename: a build killed mid-write never leaves a truncated image in the cache.
      const partial = `${cacheFile}.${process.pid}.tmp`;
      await writeFile(partial, png);
      await rename(partial, cacheFile);
      rendered++;
    }
    await mkdir(path.dirname(job.file), { recursive: true });
    await copyFile(cacheFile, job.file);
  };
  const queue = [...jobs];
  // One render per core: resvg renders off the main thread, and more at once only adds memory.
  const workers = Array.from({ length: Math.min(availableParallelism(), queue.length) }, async () => {
    for (let job = queue.shift(); job; job = queue.shift()) await run(job);
  });
  await Promise.all(workers);
  return { rendered, cached };
}
