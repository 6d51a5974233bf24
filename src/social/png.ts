/**
 * A PNG writer for 8-bit palette images: IHDR, PLTE, one IDAT, IEND. Scanlines come already
 * laid out with their filter byte, so the caller draws straight into the bytes that are deflated.
 */
import { crc32, deflateSync, constants } from 'node:zlib';

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** A palette image: `scanlines` holds `height` rows of a filter byte and `width` indices. */
export interface IndexedImage {
  readonly width: number;
  readonly height: number;
  /** RGB triplets, at most 256. */
  readonly palette: Uint8Array;
  readonly scanlines: Uint8Array;
}

/**
 * Deflate settings: a card is long runs of one index, which the run-length strategy finds at a
 * fraction of the default's cost. Measured on 40 sample cards (no filter): Z_RLE 0.7 ms, 17.5 KB;
 * level 6 3.0 ms, 15.0 KB; level 9 34 ms, 13.1 KB; level 1 0.9 ms, 23.0 KB; the Up filter
 * changes nothing worth having.
 */
const DEFLATE = { level: 9, strategy: constants.Z_RLE } as const;

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** The PNG file of a palette image. */
export function encodeIndexedPng(image: IndexedImage): Buffer {
  const { width, height, palette, scanlines } = image;
  if (scanlines.length !== height * (width + 1)) throw new Error(`PNG: ${scanlines.length} bytes of scanlines for ${width}×${height}`);
  if (palette.length % 3 !== 0 || palette.length > 768) throw new Error(`PNG: a palette of ${palette.length} bytes`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per index
  header[9] = 3; // colour type: palette
  return Buffer.concat([SIGNATURE, chunk('IHDR', header), chunk('PLTE', palette), chunk('IDAT', deflateSync(scanlines, DEFLATE)), chunk('IEND', new Uint8Array(0))]);
}
