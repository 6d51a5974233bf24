import { describe, expect, it } from 'vitest';
import { formatTranslationStatus, lastChanged, translationStatus, type StatusEntry } from '../../src/content/translation-status';

const entries: StatusEntry[] = [
  { file: 'content/sr/articles/a.md', lang: 'sr', title: 'A', translationKey: 'a', date: '2026-01-01', updated: '2026-03-01' },
  { file: 'content/en/articles/a.md', lang: 'en', title: 'A', translationKey: 'a', date: '2026-01-01' },
  { file: 'content/sr/articles/b.md', lang: 'sr', title: 'B', translationKey: 'b', date: '2026-01-01' },
  { file: 'content/en/articles/b.md', lang: 'en', title: 'B', translationKey: 'b', date: '2026-01-01' },
  { file: 'content/sr/articles/c.md', lang: 'sr', title: 'Č', date: '2026-01-01', draft: true },
  { file: 'content/en/articles/d.md', lang: 'en', title: 'D', translationKey: 'd', date: '2026-01-01' },
];

describe('translationStatus', () => {
  it('lists entries without a translation and translations older than their source', () => {
    const status = translationStatus(entries);
    expect(status.missing.map((r) => r.file)).toEqual(['content/en/articles/d.md', 'content/sr/articles/c.md']);
    expect(status.stale).toHaveLength(1);
    expect(status.stale[0]).toMatchObject({ file: 'content/en/articles/a.md', source: 'content/sr/articles/a.md', translationKey: 'a' });
  });

  it('counts a later commit as a change', () => {
    const committed = entries.map((e) => (e.file === 'content/sr/articles/b.md' ? { ...e, committed: new Date('2026-02-01T10:00:00Z') } : e));
    const stale = translationStatus(committed).stale.map((r) => r.file);
    expect(stale).toContain('content/en/articles/b.md');
    expect(lastChanged(committed[2] as StatusEntry).by).toBe('git');
  });

  it('prints a table the author can act on', () => {
    const text = formatTranslationStatus(translationStatus(entries));
    expect(text).toMatch(/Translations older than their source \(1\)/);
    expect(text).toMatch(/content\/en\/articles\/a\.md\s+2026-01-01 \(date\)\s+content\/sr\/articles\/a\.md\s+2026-03-01 \(updated\)/);
    expect(text).toMatch(/Without a translation \(2\)/);
    expect(text).toContain('Č (draft)');
  });

  it('says when all is well', () => {
    expect(formatTranslationStatus(translationStatus(entries.slice(0, 1).concat({ ...entries[1]!, updated: '2026-03-01' })))).toMatch(/up-to-date/);
  });
});
