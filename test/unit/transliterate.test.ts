import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  cyrillicToLatin,
  latinToCyrillic,
  optionsFromData,
  type TransliterationData,
} from '../../src/i18n/transliterate';
import {
  cyrillicRoundTrips,
  cyrillicToLatinCases,
  keepLatinCases,
  latinRoundTrips,
  latinToCyrillicCases,
  splitDigraphOptionCases,
  withoutKeepLatinCases,
} from './transliterate.cases';
import { lastScanWork } from '../../src/i18n/transliteration/latin-to-cyrillic';
import { FIXTURE_ROOT } from '../helpers/build';

// The fixture site's exceptions (a frozen copy of the first sample's): the author's own file is theirs to change.
const data = JSON.parse(readFileSync(path.join(FIXTURE_ROOT, '_data/transliteration.json'), 'utf8')) as TransliterationData;
const siteOptions = optionsFromData(data);

describe('latinToCyrillic', () => {
  for (const [group, cases] of Object.entries(latinToCyrillicCases)) {
    describe(group, () => {
      it.each(cases)('%j → %j', (input, expected) => {
        expect(latinToCyrillic(input)).toBe(expected);
      });
    });
  }

  describe('keepLatin from the fixture site\'s _data/transliteration.json', () => {
    it.each(keepLatinCases)('%j → %j', (input, expected) => {
      expect(latinToCyrillic(input, siteOptions)).toBe(expected);
    });
    it.each(withoutKeepLatinCases)('without options %j → %j', (input, expected) => {
      expect(latinToCyrillic(input)).toBe(expected);
    });
  });

  describe('splitDigraphs option', () => {
    const options = optionsFromData({ splitDigraphs: ['Panjevrop'] });
    it.each(splitDigraphOptionCases)('%j → %j', (input, expected) => {
      expect(latinToCyrillic(input, options)).toBe(expected);
    });
    it('without the option the digraph is one letter', () => {
      expect(latinToCyrillic('panjevropski')).toBe('пањевропски');
    });
    it('an lj stem splits lj', () => {
      expect(latinToCyrillic('Boljšoj teatar', optionsFromData({ splitDigraphs: ['boljš'] }))).toBe('Болјшој театар');
    });
  });

  it('reuses compiled options and gives the same answers on repeated calls', () => {
    const options = optionsFromData({ keepLatin: ['DM Spot'] });
    expect(latinToCyrillic('DM Spot piše', options)).toBe('DM Spot пише');
    expect(latinToCyrillic('DM Spot piše', options)).toBe('DM Spot пише');
    expect(latinToCyrillic('DM Spot piše')).toBe('DM Спот пише');
  });

  it('keeps the length at most that of the input and returns the same string when nothing changes', () => {
    const english = 'Wow: https://example.com, WordPress';
    expect(latinToCyrillic(english)).toBe(english);
    const serbian = 'Ljubav, njiva, džep';
    expect(latinToCyrillic(serbian).length).toBeLessThanOrEqual(serbian.length);
  });

  it('converts a large text exactly as its parts, with work proportional to its length', () => {
    const paragraph = 'Ljubazni fenjeraš čađavog lica hoće da mi pokaže štos na https://dmspot.net/sr/ i HTML. ';
    const expected = latinToCyrillic(paragraph, siteOptions);
    const text = paragraph.repeat(20_000); // ~1.8 MB
    expect(latinToCyrillic(text, siteOptions)).toBe(expected.repeat(20_000));
    // One scanner match per token, and the rules' own look-arounds bounded per token.
    const tokensPerParagraph = 15;
    expect(lastScanWork.tokens).toBeLessThanOrEqual(tokensPerParagraph * 20_000);
    expect(lastScanWork.lookaround).toBeLessThanOrEqual(text.length);
  });

  /**
   * Pathological inputs: the work of the rules' own scans (all-caps runs, numeral context,
   * headings) grows linearly, so doubling the input at most doubles it, and the output is exact.
   * (The scanner's patterns have bounded repetitions; a quadratic one would time the test out.)
   */
  const pathological: ReadonlyArray<readonly [string, string, (unit: string) => string]> = [
    ['capitals and acronyms', 'HTML CSS ', (unit) => unit],
    ['a Serbian passage in capitals', 'ŠTA JE TRG ', () => 'ШТА ЈЕ ТРГ '],
    ['lone capitals after names', 'Petar I ', () => 'Петар I '],
    ['identifiers', 'user_id ', (unit) => unit],
    ['prefix chains', 'nenadživljavanje ', () => 'ненадживљавање '],
    ['URL schemes', 'smb://a ', (unit) => unit],
  ];
  it.each(pathological)('%s: exact and linear', (_name, unit, expectedUnit) => {
    const work = (count: number): number => {
      const text = unit.repeat(count);
      expect(latinToCyrillic(text)).toBe(expectedUnit(unit).repeat(count));
      expect(lastScanWork.tokens).toBeLessThanOrEqual(text.length);
      return lastScanWork.lookaround;
    };
    const single = work(20_000);
    const double = work(40_000);
    expect(double).toBeLessThanOrEqual(2 * single + 64);
    expect(double).toBeLessThanOrEqual(unit.length * 40_000 * 2);
  });

  it('keeps a long dotted name and a long word linear and exact', () => {
    const dotted = 'a.'.repeat(50_000);
    const converted = latinToCyrillic(dotted);
    expect(converted.length).toBe(dotted.length);
    expect(cyrillicToLatin(converted)).toBe(dotted);
    const word = 'konjugacija'.repeat(10_000);
    expect(latinToCyrillic(word)).toBe(latinToCyrillic('konjugacija').repeat(10_000));
    expect(lastScanWork.tokens).toBe(1);
  });
});

describe('cyrillicToLatin', () => {
  for (const [group, cases] of Object.entries(cyrillicToLatinCases)) {
    describe(group, () => {
      it.each(cases)('%j → %j', (input, expected) => {
        expect(cyrillicToLatin(input)).toBe(expected);
      });
    });
  }
});

describe('round trips', () => {
  it.each(latinRoundTrips)('Latin → Cyrillic → Latin: %j', (text) => {
    expect(cyrillicToLatin(latinToCyrillic(text))).toBe(text);
  });
  it.each(cyrillicRoundTrips)('Cyrillic → Latin → Cyrillic: %j', (text) => {
    expect(latinToCyrillic(cyrillicToLatin(text))).toBe(text);
  });
});

describe('optionsFromData', () => {
  it('builds a set of keepLatin entries and lowercase stems, ignoring blanks', () => {
    const options = optionsFromData({ keepLatin: [' GitHub ', '', 'DM Spot'], splitDigraphs: ['Panjevrop', ' '] });
    expect([...(options.keepLatin ?? [])]).toEqual(['GitHub', 'DM Spot']);
    expect(options.splitDigraphs).toEqual(['panjevrop']);
  });
  it('accepts an empty file', () => {
    expect(latinToCyrillic('Google', optionsFromData({}))).toBe('Гоогле');
  });
});
