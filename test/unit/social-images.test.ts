import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderSocialCard, writeSocialImages, type SocialCard, type SocialImageJob } from '../../src/social/image';

const root = mkdtempSync(path.join(tmpdir(), 'dmspot-og-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dirs = 0;
const fresh = () => path.join(root, String(dirs++));

const card = (title: string, lang = 'sr-Latn'): SocialCard => ({ siteName: 'DM Spot', title, lang, footer: 'dmspot.net' });
const A = card('Vikend u Trebinju');
const B = card('Викенд у Требињу', 'sr-Cyrl');

describe('writing previews', () => {
  it('renders a card that several jobs show once, and writes every file', async () => {
    const out = fresh();
    const cache = fresh();
    const jobs: SocialImageJob[] = [
      { file: path.join(out, 'sr/a/og.png'), card: A },
      { file: path.join(out, 'sr/a-copy/og.png'), card: { ...A } },
      { file: path.join(out, 'sr-cyrl/a/og.png'), card: B },
    ];
    expect(await writeSocialImages(jobs, cache, { workers: 0 })).toEqual({ rendered: 2, cached: 0 });
    const bytes = jobs.map((job) => readFileSync(job.file));
    expect(bytes[0]?.equals(bytes[1] as Buffer)).toBe(true);
    expect(bytes[0]?.equals(renderSocialCard(A))).toBe(true);
    expect(bytes[2]?.equals(renderSocialCard(B))).toBe(true);
    expect(readdirSync(cache).sort()).toHaveLength(2);
    expect(readdirSync(cache).every((name) => /^[0-9a-f]{32}\.png$/.test(name))).toBe(true);
  });

  it('takes what the cache holds without rendering it again', async () => {
    const out = fresh();
    const cache = fresh();
    const jobs = [A, B].map((c, i) => ({ file: path.join(out, `${i}/og.png`), card: c }));
    await writeSocialImages(jobs, cache, { workers: 0 });
    const before = readdirSync(cache).map((name) => [name, statSync(path.join(cache, name)).mtimeMs]);
    rmSync(out, { recursive: true });
    expect(await writeSocialImages(jobs, cache, { workers: 0 })).toEqual({ rendered: 0, cached: 2 });
    expect(readdirSync(cache).map((name) => [name, statSync(path.join(cache, name)).mtimeMs])).toEqual(before);
    expect(readFileSync(jobs[0]?.file as string).equals(renderSocialCard(A))).toBe(true);
    // Any field of the card is part of the key.
    for (const changed of [{ ...A, lang: 'en' }, { ...A, footer: 'example.org' }, { ...A, siteName: 'DM' }, { ...A, title: 'Vikend u Trebinju!' }]) {
      expect(await writeSocialImages([{ file: path.join(out, 'x/og.png'), card: changed }], cache, { workers: 0 })).toEqual({ rendered: 1, cached: 0 });
    }
  });

  it('renders the same bytes in a worker thread as on the calling one', async () => {
    const cards = [A, B, card('Why backups fail', 'en'), card('Kanji 漢字')];
    const here = cards.map((c, i) => ({ file: path.join(fresh(), `${i}.png`), card: c }));
    const there = cards.map((c, i) => ({ file: path.join(fresh(), `${i}.png`), card: c }));
    expect(await writeSocialImages(here, fresh(), { workers: 0 })).toEqual({ rendered: 4, cached: 0 });
    expect(await writeSocialImages(there, fresh(), { workers: 2 })).toEqual({ rendered: 4, cached: 0 });
    here.forEach((job, i) => expect(readFileSync(job.file).equals(readFileSync(there[i]?.file as string))).toBe(true));
  });

  it.each([0, 1])('names the file whose card could not be rendered (workers: %i), and leaves no partial file', async (workers) => {
    const cache = fresh();
    const broken = { siteName: 'DM Spot', title: 42, lang: 'en', footer: 'dmspot.net' } as unknown as SocialCard;
    const file = path.join(fresh(), 'broken/og.png');
    await expect(writeSocialImages([{ file, card: broken }], cache, { workers })).rejects.toThrow(/social preview .*broken\/og\.png.* could not be rendered/);
    expect(readdirSync(cache)).toEqual([]);
  });
});
