import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../src/config/paths';
import { parseDataFile } from '../../src/content/data-files';
import { formatLaunchWarnings, launchWarnings, SAMPLE_SETTINGS } from '../../src/content/launch-warnings';
import type { SiteSettings } from '../../src/content/schema';

/** The sample _data/site.yaml as the repository ships it, frozen: the author's own file is theirs to edit. */
const SAMPLE_FILE = path.join(REPO_ROOT, 'test/fixtures/sample-settings/site.yaml');
const sample = parseDataFile(readFileSync(SAMPLE_FILE, 'utf8'), SAMPLE_FILE) as SiteSettings;

/** The author's settings once everything is replaced. */
const launched: SiteSettings = {
  ...sample,
  author: {
    name: 'Ana Petrović',
    bio: { sr: 'Pišem o mrežama i planinama.', en: 'I write about networks and mountains.' },
    portrait: { src: '/images/ana.jpg', alt: 'Ana Petrović' },
    sameAs: ['https://www.linkedin.com/in/ana'],
  },
  support: { ...sample.support, url: 'https://buymeacoffee.com/ana' },
};

describe('launch warnings (npm run check)', () => {
  it('lists every sample value the repository ships with', () => {
    expect(launchWarnings(sample).map((w) => w.field)).toEqual(['author.name', 'author.bio.sr', 'author.bio.en', 'author.portrait', 'author.sameAs', 'support.url']);
  });

  it('knows the values the shipped _data/site.yaml holds (the list and the frozen copy agree)', () => {
    expect(sample.author.name).toBe(SAMPLE_SETTINGS.authorName);
    expect(sample.author.bio).toEqual(SAMPLE_SETTINGS.bio);
    expect(sample.support.url).toBe(SAMPLE_SETTINGS.supportUrl);
  });

  it('is silent once everything is replaced', () => {
    expect(launchWarnings(launched)).toEqual([]);
    expect(formatLaunchWarnings([])).toBe('');
  });

  it.each([
    ['author.name', { ...launched, author: { ...launched.author, name: ' Dragan M. ' } }],
    ['author.bio.en', { ...launched, author: { ...launched.author, bio: { ...launched.author.bio, en: SAMPLE_SETTINGS.bio.en } } }],
    ['author.portrait', { ...launched, author: { ...launched.author, portrait: undefined } }],
    ['author.sameAs', { ...launched, author: { ...launched.author, sameAs: [] } }],
    ['support.url', { ...launched, support: { ...launched.support, url: 'https://www.buymeacoffee.com' } }],
  ] as [string, SiteSettings][])('warns about %s alone when only it is left', (field, settings) => {
    expect(launchWarnings(settings).map((w) => w.field)).toEqual([field]);
  });

  it('names the file and the field on each line, under one heading', () => {
    const text = formatLaunchWarnings(launchWarnings(sample));
    expect(text.split('\n')[0]).toMatch(/^Before launch \(6 to replace; docs\/design\.md/);
    expect(text).toContain('  _data/site.yaml: support.url is "https://buymeacoffee.com/", not your own page');
  });
});
