import { describe, expect, it } from 'vitest';
import { acceptsCodePoint } from '../../src/social/charset';
import { face, type Weight } from '../../src/social/face';
import { glyphPath } from '../../src/social/outline';
import { scriptTagOf, shapeText } from '../../src/social/shape';

const bold = face('bold');
const cp = (char: string) => char.codePointAt(0) as number;

/**
 * HarfBuzz 6.0.0's answers for DejaVu Sans 2.37 (`hb-shape --no-glyph-names --no-clusters FONT
 * TEXT`: glyph+advance, kerning included), the shaper inside resvg being a port of it.
 */
const HB_SHAPE: readonly [Weight, string, string][] = [
  ['bold', 'AVATAR office Tj.', '36+1446|57+1446|36+1426|55+1238|36+1585|53+1577|3+713|82+1407|5040+2284|70+1214|72+1389|3+713|55+1397|77+702|17+778'],
  ['bold', 'Vikend u Trebinju: platani', '57+1549|76+702|78+1307|72+1389|81+1458|71+1466|3+713|88+1458|3+713|55+1172|85+1010|72+1389|69+1466|76+702|81+1458|77+702|88+1458|29+819|3+713|83+1466|79+702|68+1382|87+979|68+1382|81+1458|76+702'],
  ['bold', 'Ђурђевдан, чај од шипка', '919+1799|984+1335|981+1466|999+1462|970+1389|967+1296|969+1654|965+1382|978+1415|15+778|3+713|988+1406|965+1382|1005+702|3+713|979+1407|969+1654|3+713|989+2175|973+1435|980+1415|975+1390|965+1382'],
  ['bold', 'Καλημέρα κόσμε', '816+1587|838+1407|848+1296|844+1458|849+1507|834+1140|854+1466|838+1407|3+713|847+1455|865+1407|856+1595|849+1507|842+1140'],
  ['bold', '“fi” — ffl, 2026.', '2815+1346|5038+1518|2816+1346|3+713|2807+2048|3+713|5041+2286|15+778|3+713|21+1425|19+1425|21+1425|25+1425|17+778'],
  ['bold', 'Тест iPhone-а', '951+1397|970+1389|982+1214|983+1187|3+713|76+702|51+1501|75+1458|82+1407|81+1458|72+1389|16+850|965+1382'],
  ['bold', 'LAVA Yo We P. F, «Fy»', '47+1305|36+1446|57+1446|36+1585|3+713|60+1295|82+1407|3+713|58+2186|72+1389|3+713|51+1125|17+778|3+713|41+1070|15+778|3+713|109+1323|41+1287|92+1335|125+1323'],
  // No letter: the default script, whose required feature (NKo forms) must not stop the fast path.
  ['bold', '2024 — 2025. (100%)', '21+1425|19+1425|21+1425|23+1425|3+713|2807+2048|3+713|21+1425|19+1425|21+1425|24+1425|17+778|3+713|11+936|20+1425|19+1425|19+1425|8+2052|12+936'],
  ['regular', 'AVATAR office Tj.', '36+1270|57+1270|36+1242|55+1092|36+1401|53+1423|3+651|82+1253|5044+1980|70+1126|72+1260|3+651|55+1251|77+569|17+651'],
  ['regular', 'Ђурђевдан, чај од шипка', '919+1610|984+1212|981+1300|999+1280|970+1260|967+1207|969+1416|965+1255|978+1339|15+651|3+651|988+1210|965+1255|1005+569|3+651|979+1253|969+1416|3+651|989+1874|973+1331|980+1339|975+1237|965+1255'],
  ['regular', '“fi” — ffl, 2026.', '2815+1061|5042+1290|2816+1061|3+651|2807+2048|3+651|5045+1980|15+651|3+651|21+1303|19+1303|21+1303|25+1303|17+651'],
  ['regular', 'LAVA Yo We P. F, «Fy»', '47+1188|36+1270|57+1270|36+1401|3+651|60+979|82+1253|3+651|58+1905|72+1260|3+651|51+916|17+651|3+651|41+1178|15+651|3+651|109+1253|41+990|92+1176|125+1253'],
];

describe('the TrueType reader', () => {
  it('maps characters to the glyphs and advances fontTools reads from DejaVu Sans Bold', () => {
    expect(bold.font.unitsPerEm).toBe(2048);
    expect(bold.font.numGlyphs).toBe(6196);
    expect(['A', 'a', 'Ž', 'ž', 'Ђ', 'ђ', 'Ж', 'ж', '“', '”', '…', '–', '—'].map((c) => bold.font.glyphOf(cp(c)))).toEqual([36, 68, 319, 320, 919, 999, 939, 971, 2815, 2816, 2825, 2806, 2807]);
    // f, i, the fi ligature, space, ellipsis, .notdef
    expect([bold.font.glyphOf(cp('f')), bold.font.glyphOf(cp('i')), 5038, 3, 2825, 0].map((g) => bold.font.advanceOf(g))).toEqual([891, 702, 1518, 713, 2048, 1229]);
    expect(bold.font.glyphOf(cp('漢'))).toBe(0);
    expect(bold.font.boxOf(3)).toBeUndefined(); // the space has no outline
  });

  it('refuses a file that is not a TrueType font, naming it', async () => {
    const { parseSfnt } = await import('../../src/social/sfnt');
    expect(() => parseSfnt(new TextEncoder().encode('<svg>not a font at all</svg>'), 'x.ttf')).toThrow(/x\.ttf is not a TrueType font/);
  });

  it('traces outlines inside their glyph boxes, composite glyphs (Ž = Z + caron) included', () => {
    for (const char of ['o', 'Ž', 'ђ', 'ß', '8', '😀']) {
      const glyph = bold.font.glyphOf(cp(char));
      const path = glyphPath(bold.font, glyph) as string;
      const box = bold.font.boxOf(glyph);
      expect(box, char).toBeDefined();
      const numbers = (path.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
      const xs = numbers.filter((_, i) => i % 2 === 0);
      const ys = numbers.filter((_, i) => i % 2 === 1);
      // On-curve points lie on the box; off-curve ones may stand a little outside a curve.
      expect(Math.min(...xs), char).toBeGreaterThanOrEqual((box?.xMin ?? 0) - 64);
      expect(Math.max(...xs), char).toBeLessThanOrEqual((box?.xMax ?? 0) + 64);
      expect(Math.min(...ys), char).toBeGreaterThanOrEqual((box?.yMin ?? 0) - 64);
      expect(Math.max(...ys), char).toBeLessThanOrEqual((box?.yMax ?? 0) + 64);
      expect(path.endsWith('Z')).toBe(true);
    }
    expect(glyphPath(bold.font, bold.font.glyphOf(cp('o')))?.match(/M/g)).toHaveLength(2);
    // Ž is a Z and a caron: two components, two contours (the Z is one).
    expect(glyphPath(bold.font, bold.font.glyphOf(cp('Ž')))?.match(/M/g)).toHaveLength(2);
    expect(glyphPath(bold.font, 3)).toBe('');
  });
});

describe('shaping', () => {
  it.each(HB_SHAPE)('%s "%s" gives HarfBuzz’s glyphs and positions', (weight, text, expected) => {
    const shaped = shapeText(face(weight), text);
    expect(shaped).toBeDefined();
    const pairs = expected.split('|').map((pair) => pair.split('+').map(Number) as [number, number]);
    expect(shaped?.glyphs).toEqual(pairs.map(([glyph]) => glyph));
    let pen = 0;
    expect(shaped?.x).toEqual(pairs.map(([, advance]) => ((pen += advance), pen - advance)));
    expect(shaped?.advance).toBe(pen);
  });

  it('picks the script of the first letter, as HarfBuzz does', () => {
    expect(scriptTagOf('„Ćevapi“')).toBe('latn');
    expect(scriptTagOf('2026: Ћевапи')).toBe('cyrl');
    expect(scriptTagOf('Κόσμε')).toBe('grek');
    expect(scriptTagOf('2026 — …')).toBe('DFLT');
    // A Latin word in a Cyrillic run gets no Latin ligature or kerning.
    expect(shapeText(bold, 'Ово office AT')?.glyphs).not.toContain(5040);
    const latin = shapeText(bold, 'AT') as { x: readonly number[] };
    const inCyrillic = shapeText(bold, 'AT', 'cyrl') as { x: readonly number[] };
    expect((latin.x[1] as number) - (inCyrillic.x[1] as number)).toBe(-159);
  });

  it('refuses what it cannot shape exactly as resvg would, so the card goes to resvg', () => {
    for (const text of ['c\u030Cevapi', 'soft\u00ADhyphen', 'zero\u200Bwidth', 'שלום', 'سلام', '漢字', 'ok\uFE0F', '˥˩']) expect(shapeText(bold, text), text).toBeUndefined();
    expect(shapeText(bold, 'Emoji 😀 and Ελληνικά')).toBeDefined();
    expect(acceptsCodePoint(bold.font, cp('č'))).toBe(true);
    expect(acceptsCodePoint(bold.font, 0x0301)).toBe(false);
  });
});
