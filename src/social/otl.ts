/**
 * The part of OpenType layout (GSUB, GPOS) that text in Latin, Cyrillic and Greek meets in DejaVu
 * Sans: ligatures (`fi`, `ffl`) and pair kerning, looked up the way HarfBuzz (rustybuzz inside
 * resvg) looks them up: the script's default language system, its default-on features, lookups in
 * list order. The glyphs any other lookup could touch are left out of `drawable`, so text holding
 * them goes to resvg instead of being drawn slightly wrong.
 */
import { activeLookups, readClassDef, readCoverage } from './otl-tables';
import type { SfntFont } from './sfnt';

/** What shaping one script needs from the font. */
export interface ScriptLayout {
  /** Ligature lookups in the order they run: first glyph → candidates in the font's order. */
  readonly ligatureLookups: readonly ReadonlyMap<number, readonly Ligature[]>[];
  /** Advance adjustment (font units) between two adjacent glyphs, all kerning lookups summed. */
  kern(left: number, right: number): number;
  /**
   * Glyphs (1 in a glyph-indexed array) this reader shapes exactly in this script: the candidates
   * less those a lookup it does not apply could change or move.
   */
  readonly drawable: Uint8Array;
}

/** A ligature: the glyphs after the first that it swallows, and the glyph it becomes. */
export interface Ligature {
  readonly rest: readonly number[];
  readonly glyph: number;
}

/** Features HarfBuzz turns on for horizontal text in simple scripts (hb-ot-shape.cc). */
const GSUB_DEFAULT = new Set(['ccmp', 'locl', 'rlig', 'rclt', 'calt', 'clig', 'liga', 'rvrn']);
const GPOS_DEFAULT = new Set(['kern', 'mark', 'mkmk', 'dist', 'abvm', 'blwm', 'curs']);

/**
 * Reads the layout of one OpenType script tag (`latn`, `cyrl`, `grek`, `DFLT`) for text made of
 * `candidates` (a glyph-indexed array, 1 for a glyph the text may hold).
 */
export function readScriptLayout(font: SfntFont, scriptTag: string, candidates: Uint8Array): ScriptLayout {
  const drawable = Uint8Array.from(candidates);
  const ligatureLookups: Map<number, Ligature[]>[] = [];
  const pairLookups: PairTable[][] = [];
  /** Lookups this reader does not apply, checked once the glyphs ligatures make are known. */
  const others: { view: DataView; subtables: number[]; context: boolean; chain: boolean }[] = [];
  const gsub = font.table('GSUB');
  if (gsub) {
    for (const { type, subtables } of activeLookups(gsub, scriptTag, GSUB_DEFAULT, 7)) {
      if (type === 4) ligatureLookups.push(readLigatures(gsub, subtables));
      else others.push({ view: gsub, subtables, context: type === 5 || type === 6, chain: type === 6 });
    }
  }
  const gpos = font.table('GPOS');
  if (gpos) {
    for (const { type, subtables } of activeLookups(gpos, scriptTag, GPOS_DEFAULT, 9)) {
      const tables = type === 2 ? subtables.map((at) => readPairTable(gpos, at, font.numGlyphs)) : [];
      if (type === 2 && tables.every((t) => t !== undefined)) pairLookups.push(tables as PairTable[]);
      else others.push({ view: gpos, subtables, context: type === 7 || type === 8, chain: type === 8 });
    }
  }
  for (const lookup of ligatureLookups) for (const ligatures of lookup.values()) for (const { glyph } of ligatures) drawable[glyph] = 1;
  for (const { view, subtables, context, chain } of others) {
    for (const at of subtables) {
      if (context) excludeContextTriggers(view, at, chain, drawable, font.numGlyphs);
      else excludeCoverage(view, at, drawable);
    }
  }
  const kern = (left: number, right: number): number => {
    let total = 0;
    for (const lookup of pairLookups) {
      // HarfBuzz applies the first subtable whose coverage holds the left glyph, even at zero.
      for (const t of lookup) {
        if (t.covered[left] !== 1) continue;
        total += t.values[(t.class1[left] as number) * t.class2Count + (t.class2[right] as number)] ?? 0;
        break;
      }
    }
    return total;
  };
  return { ligatureLookups, kern, drawable };
}

/**
 * A lookup this reader does not apply acts only on the glyphs of its first coverage table (for
 * mark attachment, the marks): none of them may be drawn.
 */
function excludeCoverage(view: DataView, at: number, drawable: Uint8Array): void {
  for (const glyph of readCoverage(view, at + view.getUint16(at + 2)).keys()) drawable[glyph] = 0;
}

/**
 * A contextual lookup: for class-based rules (what DejaVu has), only the glyphs that start a
 * rule whose every position could be matched by drawable glyphs are excluded; for the other
 * formats, every glyph that may start a rule.
 */
function excludeContextTriggers(view: DataView, at: number, chain: boolean, drawable: Uint8Array, numGlyphs: number): void {
  const format = view.getUint16(at);
  if (format === 3) {
    // Coverage-based: the first input position's coverage, after the backtrack's in a chain.
    const first = chain ? at + 6 + view.getUint16(at + 2) * 2 : at + 6;
    for (const glyph of readCoverage(view, at + view.getUint16(first)).keys()) drawable[glyph] = 0;
    return;
  }
  if (format !== 2) {
    excludeCoverage(view, at, drawable);
    return;
  }
  const coverage = readCoverage(view, at + view.getUint16(at + 2));
  const classDefs = (chain ? [4, 6, 8] : [4, 4, 4]).map((o) => readClassDef(view, at + view.getUint16(at + o), numGlyphs));
  /** For each class definition, the classes some drawable glyph belongs to. */
  const reachable = classDefs.map((classes) => {
    const found = new Set<number>();
    for (let g = 0; g < numGlyphs; g++) if (drawable[g] === 1) found.add(classes[g] as number);
    return found;
  });
  const [backtrack, input, lookahead] = reachable as [Set<number>, Set<number>, Set<number>];
  const inputClasses = classDefs[1] as Uint16Array;
  const setsAt = at + (chain ? 12 : 8);
  const setCount = view.getUint16(setsAt - 2);
  for (const glyph of coverage.keys()) {
    if (drawable[glyph] !== 1) continue;
    const cls = inputClasses[glyph] as number;
    const setOffset = cls < setCount ? view.getUint16(setsAt + cls * 2) : 0;
    if (setOffset === 0) continue;
    const set = at + setOffset;
    for (let r = 0, n = view.getUint16(set); r < n; r++) {
      let p = set + view.getUint16(set + 2 + r * 2);
      const sequence = (count: number, allowed: Set<number>): boolean => {
        let ok = true;
        for (let i = 0; i < count; i++, p += 2) if (!allowed.has(view.getUint16(p))) ok = false;
        return ok;
      };
      let possible: boolean;
      if (chain) {
        const b = view.getUint16(p);
        p += 2;
        possible = sequence(b, backtrack);
        const inputCount = view.getUint16(p);
        p += 2;
        possible = sequence(inputCount - 1, input) && possible;
        const l = view.getUint16(p);
        p += 2;
        possible = sequence(l, lookahead) && possible;
      } else {
        const inputCount = view.getUint16(p);
        p += 4;
        possible = sequence(inputCount - 1, input);
      }
      if (possible) drawable[glyph] = 0;
    }
  }
}

/** LigatureSubstFormat1: first glyph → its ligatures. */
function readLigatures(view: DataView, subtables: readonly number[]): Map<number, Ligature[]> {
  const byFirst = new Map<number, Ligature[]>();
  for (const at of subtables) {
    const coverage = readCoverage(view, at + view.getUint16(at + 2));
    for (const [first, index] of coverage) {
      // An earlier subtable that covers this glyph wins, as in HarfBuzz.
      if (byFirst.has(first)) continue;
      const set = at + view.getUint16(at + 6 + index * 2);
      const ligatures: Ligature[] = [];
      for (let i = 0, n = view.getUint16(set); i < n; i++) {
        const lig = set + view.getUint16(set + 2 + i * 2);
        const glyph = view.getUint16(lig);
        const rest = Array.from({ length: view.getUint16(lig + 2) - 1 }, (_, k) => view.getUint16(lig + 4 + k * 2));
        ligatures.push({ rest, glyph });
      }
      byFirst.set(first, ligatures);
    }
  }
  return byFirst;
}

interface PairTable {
  readonly covered: Uint8Array;
  readonly class1: Uint16Array;
  readonly class2: Uint16Array;
  readonly class2Count: number;
  /** The first glyph's x advance adjustment for each class pair. */
  readonly values: Int16Array;
}

/** Bytes of a ValueRecord of this format: two per bit set. */
const valueSize = (format: number): number => 2 * [...format.toString(2)].filter((b) => b === '1').length;

/**
 * PairPosFormat2 (class pairs), when it only adjusts the first glyph's advance: what DejaVu
 * uses. Undefined for anything else (format 1, placement changes): its glyphs are then not drawn.
 */
function readPairTable(view: DataView, at: number, numGlyphs: number): PairTable | undefined {
  const format = view.getUint16(at);
  const format1 = view.getUint16(at + 4);
  const format2 = view.getUint16(at + 6);
  if (format !== 2 || (format1 & ~0x0004) !== 0 || format2 !== 0) return undefined;
  const covered = new Uint8Array(numGlyphs);
  for (const glyph of readCoverage(view, at + view.getUint16(at + 2)).keys()) if (glyph < numGlyphs) covered[glyph] = 1;
  const class1Count = view.getUint16(at + 12);
  const class2Count = view.getUint16(at + 14);
  const values = new Int16Array(class1Count * class2Count);
  const size = valueSize(format1);
  if (size > 0) for (let i = 0; i < values.length; i++) values[i] = view.getInt16(at + 16 + i * size);
  return {
    covered,
    class1: readClassDef(view, at + view.getUint16(at + 8), numGlyphs),
    class2: readClassDef(view, at + view.getUint16(at + 10), numGlyphs),
    class2Count,
    values,
  };
}
