import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/i18n/slug';

const cases: ReadonlyArray<readonly [string, string]> = [
  ['Čuvanje podataka', 'cuvanje-podataka'],
  ['Чување података', 'cuvanje-podataka'],
  ['Đorđe', 'djordje'],
  ['ђак', 'djak'],
  ['Ђорђе Вајферт', 'djordje-vajfert'],
  ['Љубав', 'ljubav'],
  ['ЉУБАВ И МРЖЊА', 'ljubav-i-mrznja'],
  ['Његош', 'njegos'],
  ['Џеп', 'dzep'],
  ['Ćevapi i pljeskavica', 'cevapi-i-pljeskavica'],
  ['Šta je veštačka inteligencija?', 'sta-je-vestacka-inteligencija'],
  ['Život u Republici Srpskoj', 'zivot-u-republici-srpskoj'],
  ['Café au lait', 'cafe-au-lait'],
  ['Ærø Straße', 'aero-strasse'],
  ['Łódź', 'lodz'],
  ['Don’t panic', 'dont-panic'],
  ['  --Hello,   World!--  ', 'hello-world'],
  ['HTML, CSS & JavaScript', 'html-css-javascript'],
  ['COVID-19 u 2020.', 'covid-19-u-2020'],
  ['Nauka i tehnologija', 'nauka-i-tehnologija'],
  ['c\u030cas', 'cas'],
  ['a/b\\c', 'a-b-c'],
  ['100% prirodno', '100-prirodno'],
  ['日本語', ''],
  ['', ''],
];

describe('slugify', () => {
  it.each(cases)('%j → %j', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('produces only lowercase ASCII letters, digits and single inner hyphens', () => {
    for (const [input] of cases) {
      const slug = slugify(input);
      expect(slug).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
    }
  });

  it('gives the same slug for both scripts of a title', () => {
    expect(slugify('Republika Srpska: Trebinje i Banja Luka')).toBe(slugify('Република Српска: Требиње и Бања Лука'));
  });
});
