import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cyrillicToLatin, latinToCyrillic, optionsFromData, type TransliterationData } from '../../src/i18n/transliterate';

/** Latin sentences of the sample Serbian content and the fixture site's transliteration data, frozen (content/ and _data/ are the author's to replace). */
const fixture = JSON.parse(readFileSync(new URL('../fixtures/transliteration/sample-sentences.json', import.meta.url), 'utf8')) as { sentences: string[] };
const data = JSON.parse(readFileSync(new URL('../fixtures/site/_data/transliteration.json', import.meta.url), 'utf8')) as TransliterationData;
const siteOptions = optionsFromData(data);
const HAS_CYRILLIC = /[\u0400-\u04ff]/;

describe('round trips of the sample content: Latin → Cyrillic → Latin', () => {
  it('the fixture holds the sample sentences', () => {
    expect(fixture.sentences.length).toBeGreaterThan(500);
  });
  it.each(fixture.sentences)('%s', (sentence) => {
    const cyrillic = latinToCyrillic(sentence, siteOptions);
    // A sentence that stayed Latin would round-trip trivially: every one of them has Serbian words.
    expect(cyrillic).toMatch(HAS_CYRILLIC);
    expect(cyrillicToLatin(cyrillic)).toBe(sentence);
  });
});
