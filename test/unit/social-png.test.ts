import { inflateSync } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { encodeIndexedPng } from '../../src/social/png';

/** The chunks of a PNG: type and data, each CRC checked here by hand. */
function chunks(png: Buffer): { type: string; data: Buffer }[] {
  const out: { type: string; data: Buffer }[] = [];
  for (let p = 8; p < png.length; ) {
    const length = png.readUInt32BE(p);
    const type = png.toString('latin1', p + 4, p + 8);
    out.push({ type, data: png.subarray(p + 8, p + 8 + length) });
    p += 12 + length;
  }
  return out;
}

describe('the palette PNG writer', () => {
  // 3×2: red green blue / blue blue red, each row led by its filter byte (0).
  const palette = Uint8Array.from([255, 0, 0, 0, 255, 0, 0, 0, 255]);
  const scanlines = Uint8Array.from([0, 0, 1, 2, 0, 2, 2, 0]);
  const png = encodeIndexedPng({ width: 3, height: 2, palette, scanlines });

  it('writes IHDR, PLTE, one IDAT and IEND', () => {
    const list = chunks(png);
    expect(list.map((c) => c.type)).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
    expect([...(list[0]?.data ?? [])]).toEqual([0, 0, 0, 3, 0, 0, 0, 2, 8, 3, 0, 0, 0]);
    expect(list[1]?.data.equals(Buffer.from(palette))).toBe(true);
    expect(inflateSync(list[2]?.data as Buffer).equals(Buffer.from(scanlines))).toBe(true);
  });

  it('decodes (sharp checks the CRCs) to the palette colours', async () => {
    const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
    expect([info.width, info.height, info.channels]).toEqual([3, 2, 3]);
    expect([...data]).toEqual([255, 0, 0, 0, 255, 0, 0, 0, 255, 0, 0, 255, 0, 0, 255, 255, 0, 0]);
    const corrupt = Buffer.from(png);
    corrupt[30] = (corrupt[30] as number) ^ 0xff; // a byte of PLTE: its CRC no longer matches
    await expect(sharp(corrupt).raw().toBuffer()).rejects.toThrow();
  });

  it('refuses scanlines that do not match the size, or too big a palette', () => {
    expect(() => encodeIndexedPng({ width: 3, height: 2, palette, scanlines: scanlines.subarray(1) })).toThrow(/7 bytes of scanlines for 3×2/);
    expect(() => encodeIndexedPng({ width: 3, height: 2, palette: new Uint8Array(771), scanlines })).toThrow(/palette of 771 bytes/);
  });
});
