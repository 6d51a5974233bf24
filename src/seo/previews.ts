import path from 'node:path';
import { EDITION_INFO, EDITIONS, type Edition, type Lang } from '../config/editions';
import { articleUrl, toEditionUrl } from '../config/routes';
import type { SiteSettings } from '../content/schema';
import { cyrillicToLatin, latinToCyrillic, type TransliterationOptions } from '../i18n/transliterate';
import type { SocialCard, SocialImageJob } from '../social/image';
import { defaultSocialImageUrl, socialImageUrl } from '../social/urls';
import { EDITION_NAMES } from '../templates/switchers';

/** A published article as the previews need it: from the validated content, before rendering. */
export interface PreviewArticle {
  readonly lang: Lang;
  readonly slug: string;
  readonly title: string;
}

/** Text in an edition's script (the author may write Serbian in either). */
function inEdition(text: string, edition: Edition, transliteration: TransliterationOptions): string {
  if (edition === 'sr-Cyrl') return latinToCyrillic(text, transliteration);
  if (edition === 'sr-Latn') return cyrillicToLatin(text);
  return text;
}

/**
 * Every social preview the site publishes, from the model: one per article and edition (its
 * title in the edition's script), one per edition (its description) and the landing page's.
 * Known before a page is rendered, so the previews are drawn while the pages are.
 */
export function previewJobs(articles: readonly PreviewArticle[], site: SiteSettings, transliteration: TransliterationOptions, outDir: string): SocialImageJob[] {
  const host = new URL(site.url).host;
  const fileFor = (url: string) => path.join(outDir, ...url.split('/').filter(Boolean));
  const card = (title: string, lang: string): SocialCard => ({ siteName: site.title, title, lang, footer: host });
  const jobs: SocialImageJob[] = [];
  for (const article of articles) {
    const latinUrl = articleUrl(article.lang, article.slug);
    const editions: readonly Edition[] = article.lang === 'sr' ? ['sr-Latn', 'sr-Cyrl'] : ['en'];
    for (const edition of editions) {
      jobs.push({ file: fileFor(socialImageUrl(toEditionUrl(latinUrl, edition))), card: card(inEdition(article.title, edition, transliteration), edition) });
    }
  }
  // The defaults: each edition's (its description), and the landing's (the three editions).
  for (const edition of EDITIONS) {
    jobs.push({ file: fileFor(defaultSocialImageUrl(edition)), card: card(inEdition(site.description[EDITION_INFO[edition].lang], edition, transliteration), edition) });
  }
  jobs.push({ file: fileFor(defaultSocialImageUrl(undefined)), card: card(EDITIONS.map((edition) => EDITION_NAMES[edition]).join(' · '), 'sr-Latn') });
  return jobs;
}
