/**
 * The fast drawing of a card: the layout's lines shaped here, their glyphs' masks (drawn once by
 * resvg) blended into an 8-bit palette image, written as PNG. A card whose text the fast path
 * cannot draw exactly is drawn by resvg whole: slower, never wrong.
 */
import { face as faceOf, type Weight } from './face';
import { GlyphMasks, PHASES, type GlyphMask } from './glyphs';
import { BAR_HEIGHT, COLORS, layoutCard, type SocialCard, type TextColor } from './layout';
import { encodeIndexedPng } from './png';
import { shapeText } from './shape';
import { renderWithResvg } from './svg';
import { SOCIAL_IMAGE_HEIGHT as HEIGHT, SOCIAL_IMAGE_WIDTH as WIDTH } from './urls';

/**
 * The palette: the background (index 0), levels of each text colour over it, the bar. Title
 * white gets twice the footer's levels: one level is under one unit of 8-bit colour for white,
 * under three for the footer's paler colour (which spans less), so neither shows banding.
 */
const LEVELS: Readonly<Record<TextColor, number>> = { text: 170, footer: 84 };
const FIRST: Readonly<Record<TextColor, number>> = { text: 1, footer: 1 + LEVELS.text };
const BAR_INDEX = 1 + LEVELS.text + LEVELS.footer;
const STRIDE = WIDTH + 1;

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];

const PALETTE = (() => {
  const palette = new Uint8Array((BAR_INDEX + 1) * 3);
  const background = rgb(COLORS.background);
  palette.set(background, 0);
  for (const color of ['text', 'footer'] as const) {
    const ink = rgb(COLORS[color]);
    for (let level = 1; level <= LEVELS[color]; level++) {
      const a = level / LEVELS[color];
      palette.set(
        background.map((b, i) => Math.round(b + ((ink[i] as number) - b) * a)),
        (FIRST[color] + level - 1) * 3,
      );
    }
  }
  palette.set(rgb(COLORS.bar), BAR_INDEX * 3);
  return palette;
})();

/** For each colour: coverage (0–255) → palette index. */
const INDEX_OF: Readonly<Record<TextColor, Uint8Array>> = {
  text: indexTable('text'),
  footer: indexTable('footer'),
};
/** Palette index → the coverage it stands for (0 for the background and the bar). */
const COVERAGE_OF = (() => {
  const table = new Uint8Array(256);
  for (const color of ['text', 'footer'] as const) {
    for (let level = 1; level <= LEVELS[color]; level++) table[FIRST[color] + level - 1] = Math.round((level * 255) / LEVELS[color]);
  }
  return table;
})();

function indexTable(color: TextColor): Uint8Array {
  const table = new Uint8Array(256);
  for (let a = 1; a < 256; a++) {
    const level = Math.round((a * LEVELS[color]) / 255);
    table[a] = level === 0 ? 0 : FIRST[color] + level - 1;
  }
  return table;
}

/** The empty card: each scanline's filter byte (0, none), the background, the bar at the bottom. */
const BLANK = (() => {
  const rows = new Uint8Array(HEIGHT * STRIDE);
  for (let y = HEIGHT - BAR_HEIGHT; y < HEIGHT; y++) rows.fill(BAR_INDEX, y * STRIDE + 1, (y + 1) * STRIDE);
  for (let y = 0; y < HEIGHT; y++) rows[y * STRIDE] = 0;
  return rows;
})();

const masks = new Map<Weight, GlyphMasks>();
function masksOf(weight: Weight): GlyphMasks {
  let found = masks.get(weight);
  if (!found) masks.set(weight, (found = new GlyphMasks(faceOf(weight))));
  return found;
}

/** resvg calls made for glyphs so far, in this process (for measurements). */
export function glyphRenders(): number {
  return [...masks.values()].reduce((sum, m) => sum + m.renders, 0);
}

interface Placed {
  readonly mask: GlyphMask;
  readonly x: number;
  readonly y: number;
  readonly color: TextColor;
}

/** The glyphs of a card at their pixels, or undefined when the fast path cannot draw it. */
function place(card: SocialCard): Placed[] | undefined {
  const placed: Placed[] = [];
  for (const line of layoutCard(card)) {
    const face = faceOf(line.weight);
    const shaped = shapeText(face, line.text);
    if (!shaped) return undefined;
    const scale = line.size / face.font.unitsPerEm;
    const glyphMasks = masksOf(line.weight);
    for (let i = 0; i < shaped.glyphs.length; i++) {
      // Pen positions to the nearest quarter pixel: the phase picks the mask drawn there.
      const quarters = Math.round((line.x + (shaped.x[i] as number) * scale) * PHASES);
      const x = Math.floor(quarters / PHASES);
      const mask = glyphMasks.mask(shaped.glyphs[i] as number, line.size, quarters - x * PHASES);
      if (mask === undefined) return undefined;
      if (mask !== null) placed.push({ mask, x, y: line.y, color: line.color });
    }
  }
  return placed;
}

/**
 * Blends a glyph's coverage into the scanlines (source-over where glyphs touch), clipped to the
 * area above the bar; returns the rows it touched.
 */
function blend(rows: Uint8Array, { mask, x, y, color }: Placed): [number, number] {
  const indexOf = INDEX_OF[color];
  const left = x + mask.left;
  const top = y + mask.top;
  const c0 = Math.max(0, -left);
  const c1 = Math.min(mask.width, WIDTH - left);
  const r0 = Math.max(0, -top);
  const r1 = Math.min(mask.height, HEIGHT - BAR_HEIGHT - top);
  for (let r = r0; r < r1; r++) {
    const rowStart = (top + r) * STRIDE + 1 + left;
    const maskRow = r * mask.width;
    for (let c = c0; c < c1; c++) {
      const a = mask.alpha[maskRow + c] as number;
      if (a === 0) continue;
      const at = rowStart + c;
      const under = COVERAGE_OF[rows[at] as number] as number;
      rows[at] = indexOf[under === 0 ? a : under + a - Math.round((under * a) / 255)] as number;
    }
  }
  return r0 < r1 ? [top + r0, top + r1] : [HEIGHT, 0];
}

/**
 * The scanlines cards are drawn into, reused: only the rows a card touched are blanked again
 * afterwards, which saves copying and collecting 750 KB per card.
 */
const canvas = BLANK.slice();

/**
 * The card's PNG (1200×630): a palette image drawn from cached glyph masks, or resvg's RGBA
 * image when the text needs what only resvg does. The same bytes for the same card.
 */
export function renderSocialCard(card: SocialCard): Buffer {
  const placed = place(card);
  if (!placed) return renderWithResvg(card);
  let first = HEIGHT;
  let end = 0;
  try {
    for (const glyph of placed) {
      const [top, bottom] = blend(canvas, glyph);
      first = Math.min(first, top);
      end = Math.max(end, bottom);
    }
    return encodeIndexedPng({ width: WIDTH, height: HEIGHT, palette: PALETTE, scanlines: canvas });
  } finally {
    if (first < end) canvas.set(BLANK.subarray(first * STRIDE, end * STRIDE), first * STRIDE);
  }
}
