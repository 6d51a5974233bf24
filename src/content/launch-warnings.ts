import type { SiteSettings } from './schema';

/**
 * The sample values `_data/site.yaml` ships with. They are placeholders written by us, not the
 * author's: a site launched with them would credit someone else and send coffee to nobody.
 */
export const SAMPLE_SETTINGS = {
  authorName: 'Dragan M.',
  bio: {
    sr: 'IT rukovodilac, konsultant i predavač iz Republike Srpske, više od dvadeset godina u informacionim tehnologijama.',
    en: 'An IT leader, consultant and educator from Republika Srpska with more than twenty years in information technology.',
  },
  supportUrl: 'https://buymeacoffee.com/',
} as const;

/** One thing to do before launch: the field of `_data/site.yaml` and what to put there. */
export interface LaunchWarning {
  readonly field: string;
  readonly message: string;
}

/**
 * What still looks like the sample site in the author's settings. Warnings, not errors: the site
 * builds and previews with the samples (that is what they are for), and `npm run check` lists
 * these without failing until each is replaced.
 */
export function launchWarnings(site: SiteSettings): LaunchWarning[] {
  const warnings: LaunchWarning[] = [];
  if (site.author.name.trim() === SAMPLE_SETTINGS.authorName) {
    warnings.push({ field: 'author.name', message: `is still the sample name "${SAMPLE_SETTINGS.authorName}": write yours (it signs the footer, the author page and your eLibrary items)` });
  }
  for (const lang of ['sr', 'en'] as const) {
    if (site.author.bio[lang].trim() === SAMPLE_SETTINGS.bio[lang]) warnings.push({ field: `author.bio.${lang}`, message: 'is still the sample text: two or three sentences about you' });
  }
  if (!site.author.portrait) {
    warnings.push({ field: 'author.portrait', message: 'is not set: the home and author pages show your initials until you add a photo (content/images/…)' });
  }
  if (!site.author.sameAs || site.author.sameAs.length === 0) {
    warnings.push({ field: 'author.sameAs', message: 'is empty: add your profiles elsewhere (LinkedIn, your courses), shown on the author page' });
  }
  // The sample, or any service's home page: a support link must lead to the author's own page.
  if (new URL(site.support.url).pathname.replace(/\/+$/, '') === '') {
    warnings.push({ field: 'support.url', message: `is "${site.support.url}", not your own page: write the address of your Buy Me a Coffee (or similar) page` });
  }
  return warnings;
}

/** The warnings as `npm run check` prints them: a heading and one line each. */
export function formatLaunchWarnings(warnings: readonly LaunchWarning[], file = '_data/site.yaml'): string {
  if (!warnings.length) return '';
  const lines = warnings.map((w) => `  ${file}: ${w.field} ${w.message}`);
  return `Before launch (${warnings.length} to replace; docs/design.md lists what to edit):\n${lines.join('\n')}`;
}
