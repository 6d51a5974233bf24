import { describe, expect, it } from 'vitest';
import { buildExcerpt, excerptSource, termPrefix } from '../../src/search/excerpt';

const marked = (parts: { text: string; mark: boolean }[]) => parts.filter((part) => part.mark).map((part) => part.text);
const text = (parts: { text: string; mark: boolean }[]) => parts.map((part) => part.text).join('');

describe('termPrefix', () => {
  it.each([
    ['breaches', 'breach'],
    ['restoring', 'restor'],
    ['cevapima', 'cevapi'],
    ['cevapi', 'ceva'],
    ['dorde', 'dord'],
    ['kafa', 'kafa'],
    ['„citat“', 'cita'],
  ])('%s → %s', (term, prefix) => {
    expect(termPrefix(term)).toBe(prefix);
  });
});

describe('buildExcerpt', () => {
  it('marks matches in the original script whatever script and diacritics the query uses', () => {
    const source = 'Мој пријатељ Ђорђе има једно неписано правило: гост мора пробати ћевапе.';
    for (const query of ['ćevapi', 'cevapi', 'ћевапи', 'Ćevapi']) {
      expect(marked(buildExcerpt(source, query, 'sr'))).toEqual(['ћевапе.']);
    }
    for (const query of ['Đorđe', 'Djordje', 'Dordje']) {
      expect(marked(buildExcerpt(source, query, 'sr'))).toEqual(['Ђорђе']);
    }
  });

  it('marks inflected English words', () => {
    expect(marked(buildExcerpt('A data breach is reported within days.', 'breaches', 'en'))).toEqual(['breach']);
  });

  it('cuts a window around the matches, with ellipses where text was left out', () => {
    const words = Array.from({ length: 100 }, (_, index) => `w${index}`);
    words[60] = 'kajmak';
    const parts = buildExcerpt(words.join(' '), 'kajmak', 'sr', 10);
    expect(text(parts)).toBe('… w57 w58 w59 kajmak w61 w62 w63 w64 w65 w66 …');
  });

  it('starts at the beginning when nothing matches', () => {
    expect(text(buildExcerpt('jedan dva tri četiri', 'nista', 'sr', 3))).toBe('jedan dva tri …');
    expect(buildExcerpt('', 'x', 'sr')).toEqual([]);
  });
});

describe('excerptSource', () => {
  it('prefers the original text of a folded page', () => {
    expect(excerptSource('cevapi. tekst', 'Ćevapi', 'Tekst')).toBe('Tekst');
  });

  it('drops the title Pagefind puts first', () => {
    expect(excerptSource('Backups that work. Most backups fail.', 'Backups that work', undefined)).toBe('Most backups fail.');
    expect(excerptSource('Other text', 'Title', undefined)).toBe('Other text');
  });
});
