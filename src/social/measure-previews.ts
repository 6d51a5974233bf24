/**
 * `npx tsx src/social/measure-previews.ts [cards]`: what a preview costs, resvg's whole-card
 * drawing (the reference, and the fallback) against the fast path, in CPU time of the process
 * (worker threads included) per card, and the PNG sizes. Not a test: nothing here can fail.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeSocialImages } from './image';
import type { SocialCard } from './layout';
import { renderSocialCard } from './raster';
import { renderWithResvg } from './svg';

const TITLES: readonly (readonly [string, string])[] = [
  ['sr-Latn', 'Vikend u Trebinju: platani, sunce i vino na Trebišnjici'],
  ['sr-Latn', 'Kako sam naučio da volim rezervne kopije: vodič za male firme'],
  ['sr-Latn', 'Đurđevdan, čaj od šipka i ćevapi: šta nosimo sa sobom'],
  ['sr-Latn', 'Zašto je Republika Srpska dobro mjesto za programere koji žele mir i dobar internet, a i šljivovicu'],
  ['sr-Cyrl', 'Викенд у Требињу: платани, сунце и вино на Требишњици'],
  ['sr-Cyrl', 'Како сам научио да волим резервне копије: водич за мале фирме'],
  ['sr-Cyrl', 'Ђурђевдан, чај од шипка и ћевапи: шта носимо са собом'],
  ['sr-Cyrl', 'Зашто је Република Српска добро мјесто за програмере који желе мир и добар интернет, а и шљивовицу'],
  ['en', 'Why backups fail: a field guide for small offices'],
  ['en', 'The first file system I loved, and what it taught me about office software'],
  ['en', 'Coffee, Affinity and the fine art of official forms'],
  ['en', 'AI in 2026: what changed, what did not, and why it matters for teachers and their students across the whole region'],
];

/** `count` distinct cards, the sample titles numbered. */
function sampleCards(count: number): SocialCard[] {
  return Array.from({ length: count }, (_, i) => {
    const [lang, title] = TITLES[i % TITLES.length] as readonly [string, string];
    return { siteName: 'DM Spot', title: i < TITLES.length ? title : `${title} (${Math.floor(i / TITLES.length)})`, lang, footer: 'dmspot.net' };
  });
}

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

function measure(label: string, cards: readonly SocialCard[], render: (card: SocialCard) => Buffer): void {
  const start = cpuMs();
  const wall = performance.now();
  let bytes = 0;
  for (const card of cards) bytes += render(card).length;
  const cpu = cpuMs() - start;
  console.log(`${label}: ${cards.length} cards, ${(cpu / cards.length).toFixed(2)} ms CPU per card (wall ${((performance.now() - wall) / cards.length).toFixed(2)} ms), ${Math.round(bytes / cards.length / 1024)} KB per PNG`);
}

const count = Number(process.argv[2] ?? 1200);
const cards = sampleCards(count + 60);
measure('resvg, whole card (before)', cards.slice(0, 60), renderWithResvg);
const warm = cpuMs();
renderSocialCard(cards[0] as SocialCard);
console.log(`fast path, first card of a process (fonts read, its glyphs drawn): ${(cpuMs() - warm).toFixed(0)} ms CPU`);
measure('fast path, first 60 cards (glyphs drawn as they come)', cards.slice(0, 60), renderSocialCard);
measure('fast path, warm (after)', cards.slice(60), renderSocialCard);

for (const workers of [0, undefined]) {
  const dir = mkdtempSync(path.join(tmpdir(), 'dmspot-og-measure-'));
  const jobs = cards.slice(60).map((card, i) => ({ file: path.join(dir, 'out', String(i), 'og.png'), card }));
  const start = cpuMs();
  const wall = performance.now();
  const result = await writeSocialImages(jobs, path.join(dir, 'cache'), { workers });
  const ms = performance.now() - wall;
  console.log(
    `writeSocialImages, workers ${workers ?? 'default'}: ${result.rendered} rendered, ${((cpuMs() - start) / jobs.length).toFixed(2)} ms CPU per card (process, workers included; wall ${(ms / jobs.length).toFixed(2)} ms)`,
  );
  rmSync(dir, { recursive: true, force: true });
}
