import { describe, expect, it } from 'vitest';
import { latinToCyrillic } from '../../src/i18n/transliterate';
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
