/**
 * Antialiased glyph images (alpha masks) drawn by resvg once per process and kept in memory.
 * A glyph is drawn from its outline as a path (resvg's text layer would look the font up again
 * for every glyph), its four sub-pixel phases side by side in one call that holds nothing else:
 * where a glyph sits decides resvg's float rounding, so drawing it alone, always at the same
 * place, gives the same bytes in every build whatever order the titles come in.
 */
import { Resvg } from '@resvg/resvg-js';
import type { Face } from './face';
import { glyphPath } from './outline';

/** Horizontal positions a glyph is drawn at within a pixel: 0, ¼, ½, ¾. */
export const PHASES = 4;
const GAP = 2;

/** A glyph's coverage: `alpha` is `width × height`, its top left at (left, top) from the pen. */
export interface GlyphMask {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
  readonly alpha: Uint8Array;
}

/** Drawn masks of one face: `null` for a glyph without ink (a space), false for one not drawable. */
export class GlyphMasks {
  private readonly masks = new Map<number, GlyphMask | null | false>();
  private readonly face: Face;
  /** resvg calls made so far (for measurements). */
  renders = 0;

  constructor(face: Face) {
    this.face = face;
  }

  /**
   * The mask of `glyph` at `size` px drawn `phase`/PHASES px right of a whole pixel; undefined
   * when its outline cannot be read (the card then goes to resvg whole).
   */
  mask(glyph: number, size: number, phase: number): GlyphMask | null | undefined {
    const key = this.key(glyph, size, phase);
    if (!this.masks.has(key)) this.draw(glyph, size);
    const mask = this.masks.get(key);
    return mask === false ? undefined : mask;
  }

  private key(glyph: number, size: number, phase: number): number {
    return (size * 65536 + glyph) * PHASES + phase;
  }

  private draw(glyph: number, size: number): void {
    const { font } = this.face;
    const box = font.boxOf(glyph);
    const path = box ? glyphPath(font, glyph) : '';
    if (!box || !path) {
      // Nothing to draw: no ink (a space), or an outline this reader does not follow.
      for (let phase = 0; phase < PHASES; phase++) this.masks.set(this.key(glyph, size, phase), path === undefined ? false : null);
      return;
    }
    const scale = size / font.unitsPerEm;
    // The ink box in pixels, a pixel wider on each side for antialiasing and the phase shift.
    const left = Math.floor(box.xMin * scale) - 1;
    const top = Math.floor(-box.yMax * scale) - 1;
    const width = Math.ceil(box.xMax * scale) + 2 - left;
    const height = Math.ceil(-box.yMin * scale) + 1 - top;
    const cells = Array.from({ length: PHASES }, (_, phase) => ({ phase, x: GAP + phase * (width + GAP), y: GAP, left, top, width, height }));
    // Font units to pixels, y down, the pen on the cell's baseline: the transform resvg gives text.
    const paths = cells.map((c) => `<path transform="matrix(${scale} 0 0 ${-scale} ${c.x - left + c.phase / PHASES} ${c.y - top})" d="${path}"/>`).join('');
    const stripWidth = GAP + PHASES * (width + GAP);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${stripWidth}" height="${height + 2 * GAP}"><g fill="#fff">${paths}</g></svg>`;
    const pixels = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'original' } }).render().pixels;
    this.renders++;
    for (const cell of cells) this.masks.set(this.key(glyph, size, cell.phase), cut(pixels, stripWidth, cell));
  }
}

/** A cell's alpha, trimmed to its ink; null when it has none. */
function cut(pixels: Buffer, stride: number, cell: { x: number; y: number; left: number; top: number; width: number; height: number }): GlyphMask | null {
  let x0 = cell.width;
  let x1 = -1;
  let y0 = cell.height;
  let y1 = -1;
  for (let r = 0; r < cell.height; r++) {
    const row = ((cell.y + r) * stride + cell.x) * 4 + 3;
    for (let c = 0; c < cell.width; c++) {
      if (pixels[row + c * 4] === 0) continue;
      if (c < x0) x0 = c;
      if (c > x1) x1 = c;
      if (r < y0) y0 = r;
      y1 = r;
    }
  }
  if (x1 < 0) return null;
  const width = x1 - x0 + 1;
  const height = y1 - y0 + 1;
  const alpha = new Uint8Array(width * height);
  for (let r = 0; r < height; r++) {
    const row = ((cell.y + y0 + r) * stride + cell.x + x0) * 4 + 3;
    for (let c = 0; c < width; c++) alpha[r * width + c] = pixels[row + c * 4] as number;
  }
  return { left: cell.left + x0, top: cell.top + y0, width, height, alpha };
}
