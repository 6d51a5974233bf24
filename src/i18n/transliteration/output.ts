/**
 * The output buffer both directions write into: code units in a reused typed array, decoded
 * once at the end. Building the result from hundreds of thousands of small strings is what
 * made a large page slow; this keeps it one allocation per call at most.
 */

/**
 * One buffer for the whole module, grown on demand: the functions are synchronous and never
 * re-entered, and reusing it spares thousands of allocations per page.
 */
let sharedBuffer = new Uint16Array(4096);

/** A buffer of at least `size` code units (the shared one; its old contents are garbage). */
export function outputBuffer(size: number): Uint16Array {
  if (sharedBuffer.length < size) sharedBuffer = new Uint16Array(Math.max(size, sharedBuffer.length * 2));
  return sharedBuffer;
}

/** Copies `text[from, to)` into `out` at `length`; returns the new length. */
export function copyCodeUnits(text: string, from: number, to: number, out: Uint16Array, length: number): number {
  for (let index = from; index < to; index++) out[length++] = text.charCodeAt(index);
  return length;
}

const UTF16 = new TextDecoder('utf-16le');
/** Typed arrays use the machine's byte order; the native decoder is only right on little-endian ones. */
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const SMALL = 64;
const CHUNK = 8192;

/** The string of the first `length` code units of `units`. */
export function decodeCodeUnits(units: Uint16Array, length: number): string {
  // The native decoder is several times quicker on anything but a few characters. It turns a
  // lone surrogate into U+FFFD, so a result containing U+FFFD is redone exactly.
  if (length > SMALL && LITTLE_ENDIAN) {
    const decoded = UTF16.decode(units.subarray(0, length));
    if (!decoded.includes('\uFFFD')) return decoded;
  }
  let result = '';
  for (let index = 0; index < length; index += CHUNK) {
    result += String.fromCharCode.apply(null, units.subarray(index, Math.min(length, index + CHUNK)) as unknown as number[]);
  }
  return result;
}
