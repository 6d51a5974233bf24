import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { latinToCyrillic } from '../../src/i18n/transliterate';
import { FIXTURE_ROOT } from '../helpers/build';
import { foldPlain, foldSerbian, normaliseQuery, searchKey, searchLanguageOf } from '../../src/search/normalise';

describe('foldSerbian', () => {
  it.each([
    ['ćevapi', 'cevapi'],
    ['cevapi', 'cevapi'],
    ['ћевапи', 'cevapi'],
    ['Ćevapi', 'cevapi'],
    ['ЋЕВАПИ', 'cevapi'],
    ['Đorđe', 'dorde'],
    ['Djordje', 'dorde'],
    ['Dordje', 'dorde'],
    ['Ђорђе', 'dorde'],
    ['DJORDJE', 'dorde'],
    ['čačak šiša žabu', 'cacak sisa zabu'],
    ['Љубав и њива', 'ljubav i njiva'],
    ['џемпер', 'dzemper'],
    ['džemper', 'dzemper'],
    ['Banjalučka trpeza, 2025.', 'banjalucka trpeza, 2025.'],
  ])('%s → %s', (text, folded) => {
    expect(foldSerbian(text)).toBe(folded);
  });

  it('keeps the words where they were (whitespace is never added or removed)', () => {
    const text = 'Moj prijatelj  Đorđe\nima jedno  pravilo: ćevapi!';
    expect(foldSerbian(text).split(/\s+/)).toHaveLength(text.split(/\s+/).length);
    expect(foldSerbian(text).replace(/\S/g, '')).toBe(text.replace(/\S/g, ''));
  });

  it('folds a Latin text and its Cyrillic edition alike', () => {
    for (const text of ['Ćevapi, kajmak i banjalučka trpeza', 'Moj prijatelj Đorđe ima jedno nepisano pravilo', 'Džemper, ljubav, njiva, šećer, žuto']) {
      expect(foldSerbian(latinToCyrillic(text))).toBe(foldSerbian(text));
    }
  });
});

/** The fold as first written (NFD over the whole text): the table-driven one must agree with it. */
function referenceFold(text: string): string {
  const cyrillic: Record<string, string> = {
    а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ђ: 'd', е: 'e', ж: 'z', з: 'z', и: 'i', ј: 'j', к: 'k',
    л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'c', у: 'u',
    ф: 'f', х: 'h', ц: 'c', ч: 'c', џ: 'dz', ш: 's',
  };
  return text
    .toLowerCase()
    .replace(/[\u0400-\u045f]/g, (letter) => cyrillic[letter] ?? letter)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/dj/g, 'd');
}

describe('foldSerbian agrees with folding by full decomposition', () => {
  const alphabet = [...'abcdjžšćčđDJŽŠĆČĐ AZaz09.,;-éèüöñåøßİıſ\u0301\u030c\u0308ЉЊЏљњџђЂћЋјЈёЁйЙїЇӕ€😀ﬁ한글', '\ud83d', '\ude00'];
  it('on 5,000 random texts of mixed scripts, accents, combining marks and surrogates', () => {
    let seed = 42;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    for (let n = 0; n < 5000; n++) {
      const length = Math.floor(random() * 24);
      let text = '';
      for (let i = 0; i < length; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      expect(foldSerbian(text), JSON.stringify(text)).toBe(referenceFold(text));
    }
  });

  it('on the sample articles', () => {
    for (const file of readdirSync(path.join(FIXTURE_ROOT, 'content/sr/articles'))) {
      const text = readFileSync(path.join(FIXTURE_ROOT, 'content/sr/articles', file), 'utf8');
      expect(foldSerbian(text)).toBe(referenceFold(text));
      expect(foldSerbian(latinToCyrillic(text))).toBe(referenceFold(latinToCyrillic(text)));
    }
  });
});

describe('foldPlain and searchKey', () => {
  it('drops case and accents but leaves dj alone in English', () => {
    expect(foldPlain('Café Adjustments')).toBe('cafe adjustments');
    expect(searchKey('Adjust', 'en')).toBe('adjust');
    expect(searchKey('Adjust', 'sr')).toBe('adust');
  });
});

describe('searchLanguageOf', () => {
  it.each([
    ['sr-Latn', 'sr'],
    ['sr-Cyrl', 'sr'],
    ['sr', 'sr'],
    ['en', 'en'],
    ['en-US', 'en'],
    ['srb', 'en'],
  ])('%s → %s', (tag, language) => {
    expect(searchLanguageOf(tag)).toBe(language);
  });
});

describe('normaliseQuery', () => {
  it('trims, collapses whitespace and folds', () => {
    expect(normaliseQuery('  Ćevapi   u  Banjaluci ', 'sr')).toBe('cevapi u banjaluci');
    expect(normaliseQuery(' Data  Breaches ', 'en')).toBe('data breaches');
    expect(normaliseQuery('   ', 'sr')).toBe('');
  });
});
