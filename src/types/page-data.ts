/**
 * What the base layout reads from a page's data: one type, shared by the layout and the head it
 * renders (src/seo/head.ts), so neither imports the other.
 */
import type { SiteSettings } from '../content/schema';
import type { Problem } from '../content/validate';
import type { ListingPage, TranslationMap } from '../content/site-model';
import type { PageHeadFn } from '../pages/head';
import type { ContentData } from './eleventy';

export interface BaseData extends ContentData {
  content: string;
  site: SiteSettings;
  collections: { translationMap: TranslationMap };
  listing?: ListingPage;
  pageKey?: string;
  /** Set by the preview build on drafts and scheduled articles. */
  preview?: { draft: boolean; scheduled: boolean };
  /** `<title>` and description computed by a generated page. */
  xDefault?: string;
  /** Generated pages compute their title and description once the language is known. */
  pageHead?: PageHeadFn<BaseData>;
  /** Pages outside the editions (`/`, `/404.html`): switcher targets, and no hreflang set. */
  standalone?: boolean;
  scripts?: string[];
  stylesheet: string;
  /** Preview only: what `npm start` found wrong in the content (see validation-plugin.ts). */
  contentProblems?: readonly Problem[];
  build: { year: number; metaCsp?: boolean };
  /** Global data: the site root, where covers are found. */
  siteRoot?: string;
}
