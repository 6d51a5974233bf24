import { describe, expect, it } from 'vitest';
import { cyrillicToLatin, latinToCyrillic } from '../../src/i18n/transliterate';
import { cyrillicFamilies, families } from './transliterate-families.cases';

describe('latinToCyrillic: families of issue #16', () => {
  for (const [family, cases] of Object.entries(families)) {
    describe(family, () => {
      it('has at least 15 cases', () => expect(cases.length).toBeGreaterThanOrEqual(15));
      it.each(cases)('%j → %j', (input, expected) => {
        expect(latinToCyrillic(input)).toBe(expected.normalize('NFC'));
      });
    });
  }
});

describe('cyrillicToLatin: families of issue #16', () => {
  for (const [family, cases] of Object.entries(cyrillicFamilies)) {
    describe(family, () => {
      it.each(cases)('%j → %j', (input, expected) => {
        expect(cyrillicToLatin(input)).toBe(expected);
      });
    });
  }
});

describe('accent marks round-trip both ways', () => {
  const latin = families['Serbian accent marks: transliterated, mark kept']!.filter(([input, output]) => input !== output && input === input.normalize('NFC'));
  it.each(latin)('Latin → Cyrillic → Latin: %j', (input) => {
    expect(cyrillicToLatin(latinToCyrillic(input))).toBe(input);
  });
  it.each(latin)('Cyrillic → Latin → Cyrillic: %j', (_input, cyrillic) => {
    const nfc = cyrillic.normalize('NFC');
    expect(latinToCyrillic(cyrillicToLatin(nfc))).toBe(nfc);
  });
});
