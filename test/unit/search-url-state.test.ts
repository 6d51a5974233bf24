import { describe, expect, it } from 'vitest';
import { readState, writeState } from '../../src/search/client/url-state';

describe('search state in the URL', () => {
  it('reads what is there and leaves the rest empty', () => {
    expect(readState('?q=%C4%87evapi&kind=article')).toEqual({ q: 'ćevapi', category: '', kind: 'article' });
    expect(readState('')).toEqual({ q: '', category: '', kind: '' });
  });

  it('writes only what is set, and round-trips', () => {
    const state = { q: 'Đorđe & co', category: 'life-style', kind: '' };
    expect(writeState(state)).toBe('?q=%C4%90or%C4%91e+%26+co&category=life-style');
    expect(readState(writeState(state))).toEqual(state);
    expect(writeState({ q: '', category: '', kind: '' })).toBe('');
  });
});
