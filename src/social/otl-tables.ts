/**
 * OpenType layout tables at the lowest level: which lookups a script's default language system
 * turns on, and the coverage and class tables lookups are built from.
 */

/** A lookup to run: its type and where its subtables are. */
export interface ActiveLookup {
  readonly type: number;
  /** Absolute offsets of the subtables inside the table (extensions unwrapped). */
  readonly subtables: number[];
}

/** The lookups of `scriptTag`'s default language system whose features are on by default. */
export function activeLookups(table: DataView, scriptTag: string, features: ReadonlySet<string>, extensionType: number): ActiveLookup[] {
  const scriptList = table.getUint16(4);
  const featureList = table.getUint16(6);
  const lookupList = table.getUint16(8);
  const scripts = new Map<string, number>();
  for (let i = 0, n = table.getUint16(scriptList); i < n; i++) {
    const record = scriptList + 2 + i * 6;
    scripts.set(tagAt(table, record), scriptList + table.getUint16(record + 4));
  }
  // HarfBuzz's order when the script itself is missing: DFLT, dflt, then latn.
  const script = scripts.get(scriptTag) ?? scripts.get('DFLT') ?? scripts.get('dflt') ?? scripts.get('latn');
  if (script === undefined) return [];
  const langSysOffset = table.getUint16(script);
  if (langSysOffset === 0) return [];
  const langSys = script + langSysOffset;
  const indices: number[] = [];
  const required = table.getUint16(langSys + 2);
  if (required !== 0xffff) indices.push(required);
  for (let i = 0, n = table.getUint16(langSys + 4); i < n; i++) indices.push(table.getUint16(langSys + 6 + i * 2));
  const lookups = new Set<number>();
  for (const index of indices) {
    const record = featureList + 2 + index * 6;
    const tag = tagAt(table, record);
    if (!features.has(tag) && index !== required) continue;
    const feature = featureList + table.getUint16(record + 4);
    for (let i = 0, n = table.getUint16(feature + 2); i < n; i++) lookups.add(table.getUint16(feature + 4 + i * 2));
  }
  return [...lookups]
    .sort((a, b) => a - b)
    .map((index) => {
      const lookup = lookupList + table.getUint16(lookupList + 2 + index * 2);
      let type = table.getUint16(lookup);
      const subtables: number[] = [];
      for (let i = 0, n = table.getUint16(lookup + 4); i < n; i++) {
        let at = lookup + table.getUint16(lookup + 6 + i * 2);
        if (type === extensionType) {
          type = table.getUint16(at + 2);
          at += table.getUint32(at + 4);
        }
        subtables.push(at);
      }
      return { type, subtables };
    });
}

function tagAt(view: DataView, at: number): string {
  return String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
}

/** Glyph → coverage index, for Coverage formats 1 (list) and 2 (ranges). */
export function readCoverage(view: DataView, at: number): Map<number, number> {
  const map = new Map<number, number>();
  const format = view.getUint16(at);
  const count = view.getUint16(at + 2);
  for (let i = 0; i < count; i++) {
    if (format === 1) map.set(view.getUint16(at + 4 + i * 2), i);
    else {
      const start = view.getUint16(at + 4 + i * 6);
      const end = view.getUint16(at + 6 + i * 6);
      const index = view.getUint16(at + 8 + i * 6);
      for (let g = start; g <= end; g++) map.set(g, index + g - start);
    }
  }
  return map;
}

/** Glyph → class (0 when unlisted), for ClassDef formats 1 and 2. */
export function readClassDef(view: DataView, at: number, numGlyphs: number): Uint16Array {
  const classes = new Uint16Array(numGlyphs);
  const format = view.getUint16(at);
  if (format === 1) {
    const start = view.getUint16(at + 2);
    for (let i = 0, n = view.getUint16(at + 4); i < n; i++) if (start + i < numGlyphs) classes[start + i] = view.getUint16(at + 6 + i * 2);
  } else {
    for (let i = 0, n = view.getUint16(at + 2); i < n; i++) {
      const record = at + 4 + i * 6;
      const value = view.getUint16(record + 4);
      for (let g = view.getUint16(record); g <= view.getUint16(record + 2) && g < numGlyphs; g++) classes[g] = value;
    }
  }
  return classes;
}
