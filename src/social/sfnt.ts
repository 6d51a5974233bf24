/**
 * A reader of the few TrueType tables the previews need: the character map, advance widths and
 * glyph boxes. Only what DejaVu Sans uses is read; a font that lacks a table this needs is refused
 * with a message naming it, never read half-way.
 */

/** One font file, parsed once: glyph lookup, metrics, and raw tables for the layout reader. */
export interface SfntFont {
  readonly unitsPerEm: number;
  readonly numGlyphs: number;
  /** The glyph of a code point, or 0 (`.notdef`) when the font has none. */
  glyphOf(codePoint: number): number;
  /** Advance width of a glyph, in font units. */
  advanceOf(glyph: number): number;
  /** The ink box of a glyph, in font units (y up), or undefined for a glyph without outline. */
  boxOf(glyph: number): GlyphBox | undefined;
  /** Where a glyph's `glyf` record starts, or undefined for a glyph without outline. */
  glyphData(glyph: number): { readonly view: DataView; readonly offset: number } | undefined;
  /** A table's bytes, or undefined when the font has none. */
  table(tag: string): DataView | undefined;
}

/** A glyph's ink box in font units, y up (TrueType's `glyf` header). */
export interface GlyphBox {
  readonly xMin: number;
  readonly yMin: number;
  readonly xMax: number;
  readonly yMax: number;
}

/** Parses a TrueType font (`.ttf`, one font, not a collection). */
export function parseSfnt(bytes: Uint8Array, name: string): SfntFont {
  const whole = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const tables = new Map<string, DataView>();
  const version = whole.getUint32(0);
  if (version !== 0x00010000 && version !== 0x74727565) throw new Error(`${name} is not a TrueType font (version 0x${version.toString(16)})`);
  const count = whole.getUint16(4);
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
    const offset = whole.getUint32(record + 8);
    const length = whole.getUint32(record + 12);
    if (offset + length > bytes.byteLength) throw new Error(`${name}: table ${tag} runs past the end of the file`);
    tables.set(tag, new DataView(bytes.buffer, bytes.byteOffset + offset, length));
  }
  const need = (tag: string): DataView => {
    const table = tables.get(tag);
    if (!table) throw new Error(`${name} has no ${tag} table`);
    return table;
  };
  const head = need('head');
  const unitsPerEm = head.getUint16(18);
  const longLoca = head.getInt16(50) === 1;
  const numGlyphs = need('maxp').getUint16(4);
  const numberOfHMetrics = need('hhea').getUint16(34);
  const hmtx = need('hmtx');
  const loca = need('loca');
  const glyf = need('glyf');
  const cmap = readCmap(need('cmap'), name);

  const advanceOf = (glyph: number): number => hmtx.getUint16(4 * Math.min(glyph, numberOfHMetrics - 1));
  const locaAt = (glyph: number): number => (longLoca ? loca.getUint32(glyph * 4) : loca.getUint16(glyph * 2) * 2);
  const glyphData = (glyph: number) => {
    if (!Number.isInteger(glyph) || glyph < 0 || glyph >= numGlyphs) return undefined;
    const start = locaAt(glyph);
    if (locaAt(glyph + 1) <= start || start + 10 > glyf.byteLength) return undefined;
    return { view: glyf, offset: start };
  };
  const boxOf = (glyph: number): GlyphBox | undefined => {
    const start = glyphData(glyph)?.offset;
    if (start === undefined) return undefined;
    return { xMin: glyf.getInt16(start + 2), yMin: glyf.getInt16(start + 4), xMax: glyf.getInt16(start + 6), yMax: glyf.getInt16(start + 8) };
  };
  return {
    unitsPerEm,
    numGlyphs,
    glyphOf: (codePoint) => cmap.get(codePoint) ?? 0,
    advanceOf,
    boxOf,
    glyphData,
    table: (tag) => tables.get(tag),
  };
}

/** The Unicode character map: format 12 (full Unicode) when present, else format 4 (BMP). */
function readCmap(cmap: DataView, name: string): Map<number, number> {
  const count = cmap.getUint16(2);
  let format4: number | undefined;
  let format12: number | undefined;
  for (let i = 0; i < count; i++) {
    const platform = cmap.getUint16(4 + i * 8);
    const encoding = cmap.getUint16(6 + i * 8);
    const offset = cmap.getUint32(8 + i * 8);
    const format = cmap.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12) format12 ??= offset;
    if (format === 4) format4 ??= offset;
  }
  const map = new Map<number, number>();
  if (format12 !== undefined) {
    const groups = cmap.getUint32(format12 + 12);
    for (let g = 0; g < groups; g++) {
      const at = format12 + 16 + g * 12;
      const first = cmap.getUint32(at);
      const last = cmap.getUint32(at + 4);
      const glyph = cmap.getUint32(at + 8);
      for (let c = first; c <= last; c++) map.set(c, glyph + c - first);
    }
    return map;
  }
  if (format4 === undefined) throw new Error(`${name} has no Unicode character map`);
  const segments = cmap.getUint16(format4 + 6) / 2;
  const ends = format4 + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s++) {
    const end = cmap.getUint16(ends + s * 2);
    const start = cmap.getUint16(starts + s * 2);
    const delta = cmap.getInt16(deltas + s * 2);
    const rangeOffset = cmap.getUint16(rangeOffsets + s * 2);
    for (let c = start; c <= end && c !== 0xffff; c++) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        // The spec's pointer arithmetic: relative to the idRangeOffset entry itself.
        const raw = cmap.getUint16(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(c, glyph);
    }
  }
  return map;
}
