import sharp from 'sharp';
import { describe, expect, it, vi } from 'vitest';
import { renderSocialCard, type SocialCard } from '../../src/social/image';
import { renderWithResvg, resvgPixels } from '../../src/social/svg';

const card = (title: string, lang = 'sr-Latn'): SocialCard => ({ siteName: 'DM Spot', title, lang, footer: 'dmspot.net' });
const LATIN = card('Vikend u Trebinju: platani, sunce i vino na Trebišnjici');
const CYRILLIC = card('Викенд у Требињу: платани, сунце и вино на Требишњици', 'sr-Cyrl');
const ENGLISH = card('The first file system I loved, and what it taught me about office software', 'en');

/** Width, height, bit depth and colour type from the IHDR chunk, as crawlers read them. */
function ihdr(png: Buffer) {
  expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), depth: png[24], colorType: png[25] };
}

/** RGBA pixels, decoded by sharp (libspng), which checks every chunk's CRC and the zlib stream. */
async function decode(png: Buffer): Promise<Buffer> {
  const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  expect([info.width, info.height, info.channels]).toEqual([1200, 630, 4]);
  return data;
}

const rgbAt = (pixels: Buffer, x: number, y: number) => [...pixels.subarray((y * 1200 + x) * 4, (y * 1200 + x) * 4 + 3)];

/** Mean absolute difference per colour channel (0–255) between two RGBA images. */
function meanDifference(a: Buffer, b: Buffer): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 4) sum += Math.abs((a[i] as number) - (b[i] as number)) + Math.abs((a[i + 1] as number) - (b[i + 1] as number)) + Math.abs((a[i + 2] as number) - (b[i + 2] as number));
  return sum / ((a.length / 4) * 3);
}

/** Pixels of exactly this colour within rows [top, bottom). */
function count(pixels: Buffer, rgb: number[], top: number, bottom: number): number {
  let n = 0;
  for (let y = top; y < bottom; y++) for (let x = 0; x < 1200; x++) if (rgbAt(pixels, x, y).every((v, i) => v === rgb[i])) n++;
  return n;
}

// Moving all the text by one pixel gives about 1.5 (measured on LATIN): 0.5 catches misplaced
// or missing text, and leaves room for sub-pixel rounding and palette levels.
const SAME_LOOK = 0.5;

describe('a rendered preview', () => {
  it('is a valid 1200×630 palette PNG: background, white title, pale footer, terracotta bar', async () => {
    const png = renderSocialCard(LATIN);
    expect(ihdr(png)).toEqual({ width: 1200, height: 630, depth: 8, colorType: 3 });
    expect(await sharp(png).metadata()).toMatchObject({ width: 1200, height: 630, format: 'png' });
    const pixels = await decode(png);
    for (const [x, y] of [[0, 0], [1199, 0], [10, 300], [1190, 600]] as const) expect(rgbAt(pixels, x, y)).toEqual([0x0b, 0x5c, 0x7e]);
    expect(rgbAt(pixels, 600, 629)).toEqual([0xc2, 0x41, 0x0c]);
    expect(count(pixels, [0xc2, 0x41, 0x0c], 614, 630)).toBe(1200 * 16);
    expect(count(pixels, [255, 255, 255], 230, 390)).toBeGreaterThan(5000); // the title
    expect(count(pixels, [255, 255, 255], 70, 120)).toBeGreaterThan(500); // the site name
    expect(count(pixels, [0xd8, 0xee, 0xf7], 530, 570)).toBeGreaterThan(200); // the footer
    expect(count(pixels, [255, 255, 255], 130, 190) + count(pixels, [255, 255, 255], 450, 530)).toBe(0);
  });

  it.each([
    ['Latin', LATIN],
    ['Cyrillic', CYRILLIC],
    ['English', ENGLISH],
    ['a long title cut to 4 lines', card('Zašto je Republika Srpska dobro mjesto za programere koji žele mir, dobar internet, planine, rijeke, jezera i šljivovicu, a i ponešto više od toga')],
    ['a 20,000-character word (one pass over it: the runner’s limit stops a quadratic one)', card('x'.repeat(20_000))],
    ['an emoji the font has', card('Jutro uz kafu 😀 i dobru knjigu')],
    ['a Greek word', card('Καλημέρα: grčki pozdrav', 'sr-Latn')],
  ])('looks like resvg’s drawing of the same card: %s', { timeout: 10_000 }, async (_, c) => {
    const png = renderSocialCard(c);
    expect(ihdr(png).colorType).toBe(3); // drawn by the fast path
    expect(meanDifference(await decode(png), resvgPixels(c))).toBeLessThan(SAME_LOOK);
  });

  it('is drawn by resvg whole when the font lacks a character (CJK) or the text needs shaping (combining marks)', async () => {
    for (const c of [card('Kanji 漢字 u naslovu'), card('Combining c\u030C and e\u0301', 'en')]) {
      const png = renderSocialCard(c);
      expect(ihdr(png)).toMatchObject({ width: 1200, height: 630, colorType: 6 });
      expect(png.equals(renderWithResvg(c))).toBe(true);
      expect(meanDifference(await decode(png), resvgPixels(c))).toBe(0);
      expect(count(await decode(png), [255, 255, 255], 230, 390)).toBeGreaterThan(1000);
    }
  });

  it('gives the same bytes for the same card, whatever was drawn before it', async () => {
    const first = [LATIN, CYRILLIC, ENGLISH].map((c) => renderSocialCard(c));
    expect(renderSocialCard(LATIN).equals(first[0] as Buffer)).toBe(true);
    // A fresh process's glyph caches, filled in the other order.
    vi.resetModules();
    const fresh = (await import('../../src/social/raster')) as typeof import('../../src/social/raster');
    const again = [ENGLISH, CYRILLIC, LATIN].map((c) => fresh.renderSocialCard(c)).reverse();
    again.forEach((png, i) => expect(png.equals(first[i] as Buffer)).toBe(true));
  });

  it('draws a card without a title', async () => {
    const pixels = await decode(renderSocialCard(card('   ')));
    expect(count(pixels, [255, 255, 255], 130, 530)).toBe(0);
    expect(count(pixels, [255, 255, 255], 70, 120)).toBeGreaterThan(500);
  });
});
