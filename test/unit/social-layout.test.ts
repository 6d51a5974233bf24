import { describe, expect, it } from 'vitest';
import { face } from '../../src/social/face';
import { layoutCard, MARGIN } from '../../src/social/layout';
import { shapeText } from '../../src/social/shape';
import { wrapLines } from '../../src/social/wrap';

const bold = face('bold');
/** A line's width in pixels, as the fast path draws it. */
const widthOf = (line: string, size: number) => ((shapeText(bold, line)?.advance ?? NaN) * size) / bold.font.unitsPerEm;
const card = (title: string) => ({ siteName: 'DM Spot', title, lang: 'sr-Latn', footer: 'dmspot.net' });

describe('line breaking with the font’s own advances', () => {
  const prose = 'Zašto je Republika Srpska dobro mjesto za programere koji žele mir i dobar internet, a i šljivovicu';

  it('fills each line as far as the next word allows, in Latin, Cyrillic, and lines of both', () => {
    // Lines that start with a Latin word are shaped with Latin kerning (AV, VA: −139 units each).
    const mixed = `Нови модели: ${'VAVAVA '.repeat(9)}у 2026.`;
    for (const text of [prose, 'Зашто је Република Српска добро мјесто за програмере који желе мир и добар интернет, а и шљивовицу', mixed]) {
      const { lines, truncated } = wrapLines(text, 54, 1040, 4);
      expect(truncated).toBe(false);
      expect(lines.length).toBeGreaterThan(2);
      expect(lines.join(' ')).toBe(text);
      for (const [i, line] of lines.entries()) {
        expect(widthOf(line, 54)).toBeLessThanOrEqual(1040);
        const next = lines[i + 1]?.split(' ')[0];
        // Greedy: the next line's first word would not have fitted.
        if (next) expect(widthOf(`${line} ${next}`, 54)).toBeGreaterThan(1040);
      }
    }
  });

  it('measures real glyphs: a line of i fits more letters than a line of W', () => {
    const narrow = wrapLines('i'.repeat(400), 68, 1040, 1).lines[0] as string;
    const wide = wrapLines('W'.repeat(400), 68, 1040, 1).lines[0] as string;
    expect(narrow.length).toBeGreaterThan(3 * wide.length);
    expect(widthOf(narrow, 68)).toBeLessThanOrEqual(1040);
    expect(widthOf(wide, 68)).toBeLessThanOrEqual(1040);
  });

  it('ends a truncated text with an ellipsis that still fits', () => {
    const { lines, truncated } = wrapLines(`${prose} ${prose}`, 54, 1040, 4);
    expect(truncated).toBe(true);
    expect(lines).toHaveLength(4);
    expect(lines[3]?.endsWith('…')).toBe(true);
    expect(lines[3]?.endsWith(' …')).toBe(false);
    expect(widthOf(lines[3] as string, 54)).toBeLessThanOrEqual(1040);
  });

  // Characters of no width (combining marks) put a whole 20,000-character word on one line: the
  // ellipsis must still be found in one pass (the runner's limit stops a quadratic one).
  it('stays linear on 20,000 characters that take no room', { timeout: 10_000 }, () => {
    const marks = `${'\u0301'.repeat(20_000)} ${'x'.repeat(20_000)}`;
    const { lines, truncated } = wrapLines(marks, 68, 1040, 2);
    expect(truncated).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toHaveLength(20_000);
    expect(lines[1]?.endsWith('…')).toBe(true);
  });
});

describe('the card layout', () => {
  it('puts the site name on top, up to 3 title lines at 68 px around y = 330, the host at the bottom', () => {
    const lines = layoutCard(card('Vikend u Trebinju: platani, sunce i vino na Trebišnjici'));
    expect(lines.map(({ text, y, size, weight, color }) => [text, y, size, weight, color])).toEqual([
      ['DM Spot', 110, 40, 'bold', 'text'],
      ['Vikend u Trebinju: platani,', 289, 68, 'bold', 'text'],
      ['sunce i vino na Trebišnjici', 371, 68, 'bold', 'text'],
      ['dmspot.net', 560, 30, 'regular', 'footer'],
    ]);
    expect(lines.every((line) => line.x === MARGIN)).toBe(true);
  });

  it('falls back to 4 lines at 54 px for a title that 3 lines at 68 px cannot hold', () => {
    const lines = layoutCard(card('Zašto je Republika Srpska dobro mjesto za programere koji žele mir, dobar internet, planine, rijeke, jezera i šljivovicu, a i ponešto više'));
    const title = lines.filter((line) => line.size === 54);
    expect(title).toHaveLength(4);
    expect(title.map((line) => line.y)).toEqual([233, 298, 363, 428]);
    expect(title[3]?.text.endsWith('…')).toBe(true);
  });

  it('collapses white space in the site name and footer as SVG would', () => {
    const [site, , footer] = layoutCard({ siteName: '  DM\n\tSpot ', title: 'x', lang: 'en', footer: ' dmspot.net\n' });
    expect(site?.text).toBe('DM Spot');
    expect(footer?.text).toBe('dmspot.net');
  });
});
