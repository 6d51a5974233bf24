/**
 * A glyph's outline from the TrueType `glyf` table, as SVG path data in font units (y up): what
 * resvg would trace for that glyph in text, handed to it as a path. Drawing paths skips resvg's
 * per-glyph font lookup, which costs about ten times the rasterising itself.
 */
import type { SfntFont } from './sfnt';

const ON_CURVE = 0x01;
const X_SHORT = 0x02;
const Y_SHORT = 0x04;
const REPEAT = 0x08;
const X_SAME_OR_POSITIVE = 0x10;
const Y_SAME_OR_POSITIVE = 0x20;

const ARGS_ARE_WORDS = 0x0001;
const ARGS_ARE_XY_VALUES = 0x0002;
const HAVE_SCALE = 0x0008;
const MORE_COMPONENTS = 0x0020;
const HAVE_X_AND_Y_SCALE = 0x0040;
const HAVE_TWO_BY_TWO = 0x0080;

/** x' = a·x + c·y + e, y' = b·x + d·y + f. */
type Matrix = readonly [number, number, number, number, number, number];
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];
const MAX_DEPTH = 8;

/**
 * The glyph's outline as path data ('' for a glyph without one), or undefined when it uses
 * what this reader does not follow (components placed by matching points).
 */
export function glyphPath(font: SfntFont, glyph: number): string | undefined {
  const parts: string[] = [];
  return appendGlyph(font, glyph, IDENTITY, parts, 0) ? parts.join('') : undefined;
}

function appendGlyph(font: SfntFont, glyph: number, m: Matrix, out: string[], depth: number): boolean {
  const span = font.glyphData(glyph);
  if (!span) return true;
  const { view, offset } = span;
  const contours = view.getInt16(offset);
  if (contours >= 0) {
    appendSimple(view, offset, contours, m, out);
    return true;
  }
  if (depth >= MAX_DEPTH) return false;
  let p = offset + 10;
  for (;;) {
    const flags = view.getUint16(p);
    const component = view.getUint16(p + 2);
    p += 4;
    if ((flags & ARGS_ARE_XY_VALUES) === 0) return false;
    let dx: number;
    let dy: number;
    if (flags & ARGS_ARE_WORDS) {
      dx = view.getInt16(p);
      dy = view.getInt16(p + 2);
      p += 4;
    } else {
      dx = view.getInt8(p);
      dy = view.getInt8(p + 1);
      p += 2;
    }
    const f2dot14 = (at: number) => view.getInt16(at) / 16384;
    let a = 1;
    let b = 0;
    let c = 0;
    let d = 1;
    if (flags & HAVE_SCALE) {
      a = d = f2dot14(p);
      p += 2;
    } else if (flags & HAVE_X_AND_Y_SCALE) {
      a = f2dot14(p);
      d = f2dot14(p + 2);
      p += 4;
    } else if (flags & HAVE_TWO_BY_TWO) {
      a = f2dot14(p);
      b = f2dot14(p + 2);
      c = f2dot14(p + 4);
      d = f2dot14(p + 6);
      p += 8;
    }
    // The component's own transform, then the parent's (offsets unscaled, as ttf-parser does).
    const inner: Matrix = [m[0] * a + m[2] * b, m[1] * a + m[3] * b, m[0] * c + m[2] * d, m[1] * c + m[3] * d, m[0] * dx + m[2] * dy + m[4], m[1] * dx + m[3] * dy + m[5]];
    if (!appendGlyph(font, component, inner, out, depth + 1)) return false;
    if ((flags & MORE_COMPONENTS) === 0) return true;
  }
}

function appendSimple(view: DataView, offset: number, contours: number, m: Matrix, out: string[]): void {
  if (contours === 0) return;
  const ends: number[] = [];
  for (let i = 0; i < contours; i++) ends.push(view.getUint16(offset + 10 + i * 2));
  const count = (ends[contours - 1] as number) + 1;
  let p = offset + 10 + contours * 2;
  p += 2 + view.getUint16(p); // instructions
  const flags = new Uint8Array(count);
  for (let i = 0; i < count; ) {
    const flag = view.getUint8(p++);
    let repeat = flag & REPEAT ? view.getUint8(p++) : 0;
    flags[i++] = flag;
    while (repeat-- > 0 && i < count) flags[i++] = flag;
  }
  const coordinates = (short: number, same: number): Int32Array => {
    const values = new Int32Array(count);
    let value = 0;
    for (let i = 0; i < count; i++) {
      const flag = flags[i] as number;
      if (flag & short) value += flag & same ? view.getUint8(p++) : -view.getUint8(p++);
      else if ((flag & same) === 0) {
        value += view.getInt16(p);
        p += 2;
      }
      values[i] = value;
    }
    return values;
  };
  const xs = coordinates(X_SHORT, X_SAME_OR_POSITIVE);
  const ys = coordinates(Y_SHORT, Y_SAME_OR_POSITIVE);
  const point = (i: number): [number, number] => {
    const x = xs[i] as number;
    const y = ys[i] as number;
    return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
  };
  const n = (v: number) => String(Math.round(v * 1000) / 1000);
  let start = 0;
  for (const end of ends) {
    const size = end - start + 1;
    const on = (i: number) => ((flags[i] as number) & ON_CURVE) !== 0;
    let first = start;
    while (first <= end && !on(first)) first++;
    // The points in drawing order, from an on-curve point back to it; a contour of off-curve
    // points only starts (and ends) at TrueType's implied point between its last and first.
    const order: number[] = [];
    let origin: [number, number];
    if (first <= end) {
      origin = point(first);
      for (let k = 1; k <= size; k++) order.push(start + ((first - start + k) % size));
    } else {
      const [ax, ay] = point(end);
      const [bx, by] = point(start);
      origin = [(ax + bx) / 2, (ay + by) / 2];
      for (let i = start; i <= end; i++) order.push(i);
    }
    out.push(`M${n(origin[0])} ${n(origin[1])}`);
    let control: [number, number] | undefined;
    for (const i of order) {
      const pt = point(i);
      if (on(i)) {
        out.push(control ? `Q${n(control[0])} ${n(control[1])} ${n(pt[0])} ${n(pt[1])}` : `L${n(pt[0])} ${n(pt[1])}`);
        control = undefined;
      } else {
        if (control) out.push(`Q${n(control[0])} ${n(control[1])} ${n((control[0] + pt[0]) / 2)} ${n((control[1] + pt[1]) / 2)}`);
        control = pt;
      }
    }
    if (control) out.push(`Q${n(control[0])} ${n(control[1])} ${n(origin[0])} ${n(origin[1])}`);
    out.push('Z');
    start = end + 1;
  }
}
