import { afterEach, describe, expect, it } from 'vitest';
import type { Edition, Lang } from '../../src/config/editions';
import { countWords, readingMinutes, WORDS_PER_MINUTE } from '../../src/content/reading-time';
import { DICTIONARIES, type UiKey } from '../../src/i18n/dictionary';
import { formatDate, formatFileSize, isoDate, pluralCategory } from '../../src/i18n/format';
import { plural, type PluralKey, type Translate } from '../../src/i18n/translate';

/** A front matter date as Eleventy gives it: midnight UTC of the calendar day. */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('formatDate', () => {
  it.each<[string, Edition, string]>([
    ['2026-11-29', 'sr-Latn', '29. novembar 2026.'],
    ['2026-11-29', 'sr-Cyrl', '29. новембар 2026.'],
    ['2026-11-29', 'en', 'November 29, 2026'],
    ['2025-01-01', 'sr-Latn', '1. januar 2025.'],
    ['2025-01-01', 'sr-Cyrl', '1. јануар 2025.'],
    ['2025-01-01', 'en', 'January 1, 2025'],
    ['2024-02-29', 'sr-Latn', '29. februar 2024.'],
    ['2025-12-31', 'en', 'December 31, 2025'],
    ['2025-08-15', 'sr-Latn', '15. avgust 2025.'],
    ['2025-07-04', 'sr-Cyrl', '4. јул 2025.'],
  ])('%s in %s → %s', (iso, edition, expected) => {
    expect(formatDate(day(iso), edition)).toBe(expected);
  });

  describe('with the process in another time zone', () => {
    const original = process.env.TZ;
    afterEach(() => {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    });

    it.each(['America/Los_Angeles', 'Pacific/Kiritimati', 'Europe/Sarajevo', 'Pacific/Pago_Pago'])('does not shift the day in %s', (tz) => {
      process.env.TZ = tz;
      expect(formatDate(day('2026-11-29'), 'sr-Latn')).toBe('29. novembar 2026.');
      expect(formatDate(day('2026-11-29'), 'en')).toBe('November 29, 2026');
      expect(formatDate(day('2026-01-01'), 'sr-Cyrl')).toBe('1. јануар 2026.');
    });
  });

  it('does not shift a late-evening UTC time into the next day', () => {
    expect(formatDate(new Date('2026-11-29T23:59:59Z'), 'en')).toBe('November 29, 2026');
  });
});

describe('isoDate', () => {
  it.each<[Date, string]>([
    [day('2026-11-29'), '2026-11-29'],
    [new Date('2026-11-29T23:59:59Z'), '2026-11-29'],
    [day('2024-02-29'), '2024-02-29'],
  ])('%s → %s', (date, expected) => {
    expect(isoDate(date)).toBe(expected);
  });
});

describe('pluralCategory', () => {
  it.each<[number, 'one' | 'few' | 'other']>([
    [0, 'other'],
    [1, 'one'],
    [2, 'few'],
    [3, 'few'],
    [4, 'few'],
    [5, 'other'],
    [10, 'other'],
    [11, 'other'],
    [12, 'other'],
    [13, 'other'],
    [14, 'other'],
    [20, 'other'],
    [21, 'one'],
    [22, 'few'],
    [24, 'few'],
    [25, 'other'],
    [101, 'one'],
    [102, 'few'],
    [111, 'other'],
    [112, 'other'],
    [1001, 'one'],
  ])('sr %i → %s', (count, expected) => {
    expect(pluralCategory(count, 'sr')).toBe(expected);
  });

  it.each<[number, 'one' | 'other']>([
    [0, 'other'],
    [1, 'one'],
    [2, 'other'],
    [4, 'other'],
    [5, 'other'],
    [21, 'other'],
    [101, 'other'],
  ])('en %i → %s', (count, expected) => {
    expect(pluralCategory(count, 'en')).toBe(expected);
  });
});

describe('formatFileSize', () => {
  it.each<[number, Lang, 'size.kb' | 'size.mb', string]>([
    [0, 'en', 'size.kb', '1'],
    [1, 'en', 'size.kb', '1'],
    [499, 'sr', 'size.kb', '1'],
    [1_500, 'en', 'size.kb', '2'],
    [24_400, 'en', 'size.kb', '24'],
    [24_400, 'sr', 'size.kb', '24'],
    [800_000, 'en', 'size.kb', '800'],
    [999_499, 'en', 'size.kb', '999'],
    [1_000_000, 'en', 'size.mb', '1'],
    [1_000_000, 'sr', 'size.mb', '1'],
    [1_250_000, 'en', 'size.mb', '1.3'],
    [1_250_000, 'sr', 'size.mb', '1,3'],
    [2_040_000, 'sr', 'size.mb', '2'],
    [12_345_678, 'en', 'size.mb', '12.3'],
    [12_345_678, 'sr', 'size.mb', '12,3'],
  ])('%i bytes in %s → %s %s', (bytes, lang, key, size) => {
    expect(formatFileSize(bytes, lang)).toEqual({ key, size });
  });

  it.each<[number, Lang]>([
    [999_500, 'en'],
    [999_999, 'sr'],
  ])('never shows 1000 KB: %i bytes in %s is 1 MB', (bytes, lang) => {
    expect(formatFileSize(bytes, lang)).toEqual({ key: 'size.mb', size: '1' });
  });
});

describe('readingMinutes', () => {
  const words = (n: number, word = 'riječ') => Array.from({ length: n }, () => word).join(' ');

  it('reads 200 words a minute', () => {
    expect(WORDS_PER_MINUTE).toBe(200);
  });

  it.each<[string, string, number]>([
    ['empty', '', 1],
    ['markup only', '<p></p><hr><img src="a.jpg" alt="">', 1],
    ['one word', '<p>Zdravo</p>', 1],
    ['200 words', `<p>${words(200)}</p>`, 1],
    ['299 words', `<p>${words(299)}</p>`, 1],
    ['300 words', `<p>${words(300)}</p>`, 2],
    ['400 words', `<p>${words(400)}</p>`, 2],
    ['1000 words', `<p>${words(1000)}</p>`, 5],
    ['1000 Cyrillic words', `<p>${words(1000, 'ријеч')}</p>`, 5],
    ['1000 words split over elements', Array.from({ length: 500 }, () => '<li>dvije <strong>riječi</strong></li>').join(''), 5],
    ['attributes are not words', `<p class="${words(1000, 'x')}">kratko</p>`, 1],
    ['600 numbers', `<p>${words(600, '2025')}</p>`, 3],
    ["600 words with apostrophes and hyphens", `<p>${words(600, "don't e-mail")}</p>`, 6],
  ])('%s → %i', (_name, input, minutes) => {
    expect(readingMinutes(input)).toBe(minutes);
  });

  it('does not count punctuation or dashes as words', () => {
    expect(readingMinutes(`<p>${words(300, '— , . ! ?')}</p>`)).toBe(1);
    expect(readingMinutes(`<p>${words(300, 'a —')}</p>`)).toBe(2);
  });
});

/** A translator over the real dictionary that records the keys it was asked for. */
function fakeTranslator(lang: Lang): { t: Translate; keys: string[] } {
  const keys: string[] = [];
  const t: Translate = (key: UiKey, vars?: Record<string, string | number>) => {
    keys.push(key);
    const template = DICTIONARIES[lang][key];
    if (template === undefined) throw new Error(`no ${lang} string for ${key}`);
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (vars && name in vars ? String(vars[name]) : whole));
  };
  return { t, keys };
}

describe('plural', () => {
  it.each<[PluralKey, number, Lang, string, string]>([
    ['listing.count', 1, 'sr', 'listing.count.one', '1 članak'],
    ['listing.count', 2, 'sr', 'listing.count.few', '2 članka'],
    ['listing.count', 4, 'sr', 'listing.count.few', '4 članka'],
    ['listing.count', 5, 'sr', 'listing.count.other', '5 članaka'],
    ['listing.count', 11, 'sr', 'listing.count.other', '11 članaka'],
    ['listing.count', 12, 'sr', 'listing.count.other', '12 članaka'],
    ['listing.count', 21, 'sr', 'listing.count.one', '21 članak'],
    ['listing.count', 22, 'sr', 'listing.count.few', '22 članka'],
    ['listing.count', 0, 'sr', 'listing.count.other', '0 članaka'],
    ['article.readingTime', 1, 'sr', 'article.readingTime.one', '1 minut čitanja'],
    ['article.readingTime', 3, 'sr', 'article.readingTime.few', '3 minuta čitanja'],
    ['article.readingTime', 5, 'sr', 'article.readingTime.other', '5 minuta čitanja'],
    ['article.readingTime', 21, 'sr', 'article.readingTime.one', '21 minut čitanja'],
    ['listing.count', 1, 'en', 'listing.count.one', '1 article'],
    ['listing.count', 2, 'en', 'listing.count.other', '2 articles'],
    ['listing.count', 21, 'en', 'listing.count.other', '21 articles'],
    ['article.readingTime', 1, 'en', 'article.readingTime.one', '1 minute of reading'],
    ['article.readingTime', 5, 'en', 'article.readingTime.other', '5 minutes of reading'],
  ])('%s %i in %s uses %s → %s', (base, count, lang, key, expected) => {
    const { t, keys } = fakeTranslator(lang);
    expect(plural(t, base, count, lang)).toBe(expected);
    expect(keys).toEqual([key]);
  });

  it('passes the count to the translator', () => {
    const calls: [string, Record<string, string | number> | undefined][] = [];
    const t: Translate = (key, vars) => {
      calls.push([key, vars]);
      return '';
    };
    plural(t, 'listing.count', 7, 'sr');
    expect(calls).toEqual([['listing.count.other', { count: 7 }]]);
  });
});

describe('countWords', () => {
  /** The rule as first written: tags become spaces, then every run of the word pattern counts. */
  const byPattern = (html: string) => html.replace(/<[^>]*>/g, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  const PIECES = ['a', 'Ž', 'ж', 'љ', '7', '𝒜', '😀', 'e\u0301', "'", '’', '-', '—', ' ', '\n', '.', '<p>', '</p>', '<a href="x">', '<', '>', '&amp;', '<!-- c -->', '\ud800', 'ß'];

  it('counts as the word pattern does, on 2,000 random texts of letters, marks, tags and punctuation', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let n = 0; n < 2000; n++) {
      const text = Array.from({ length: Math.floor(random() * 40) }, () => PIECES[Math.floor(random() * PIECES.length)]).join('');
      expect(countWords(text), JSON.stringify(text)).toBe(byPattern(text));
    }
  });

  it.each<[string, number]>([
    ["don't e-mail", 2],
    ['-a -b', 2],
    ['a<b', 2],
    ['a<b>c', 2],
    ['Ђурђевдан 2026.', 2],
    ['—', 0],
  ])('%s → %i', (text, words) => {
    expect(countWords(text)).toBe(words);
  });
});
