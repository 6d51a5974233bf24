import { readFileSync } from 'node:fs';
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

const data = JSON.parse(readFileSync(new URL('../../_data/transliteration.json', import.meta.url), 'utf8')) as TransliterationData;
const siteOptions = optionsFromData(data);

describe('latinToCyrillic', () => {
  for (const [group, cases] of Object.entries(latinToCyrillicCases)) {
    describe(group, () => {
      it.each(cases)('%j → %j', (input, expected) => {
        expect(latinToCyrillic(input)).toBe(expected);
      });
    });
  }

  describe('keepLatin from _data/transliteration.json', () => {
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

  it('handles a large text in linear time', () => {
    const paragraph = 'Ljubazni fenjeraš čađavog lica hoće da mi pokaže štos na https://dmspot.net/sr/ i HTML. ';
    const text = paragraph.repeat(20_000); // ~1.8 MB
    const started = performance.now();
    const result = latinToCyrillic(text, siteOptions);
    const elapsed = performance.now() - started;
    expect(result.startsWith('Љубазни фењераш')).toBe(true);
    expect(elapsed).toBeLessThan(2_000);
  });

  it('does not take quadratic time on long runs of capitals or dotted names', () => {
    const capitals = 'HTML CSS '.repeat(50_000);
    const dotted = 'a.'.repeat(50_000);
    const started = performance.now();
    expect(latinToCyrillic(capitals)).toBe(capitals);
    latinToCyrillic(dotted);
    expect(performance.now() - started).toBeLessThan(2_000);
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
  it('the site data file is well-formed', () => {
    expect(Array.isArray(data.keepLatin)).toBe(true);
    expect(Array.isArray(data.splitDigraphs)).toBe(true);
    expect(data.keepLatin).toContain('DM Spot');
  });
});
