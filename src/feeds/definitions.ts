import { EDITION_INFO, EDITIONS, type Edition, type Lang } from '../config/editions';
import { CATEGORIES, categoryUrl, homeUrl, toEditionUrl, type Category } from '../config/routes';

/** Atom (`feed.xml`) and JSON Feed 1.1 (`feed.json`). */
export const FEED_FORMATS = ['atom', 'json'] as const;
export type FeedFormat = (typeof FEED_FORMATS)[number];

/** Newest articles a feed carries (with full content): readers poll often, archives are on the site. */
export const FEED_SIZE = 20;

const FILE: Readonly<Record<FeedFormat, string>> = { atom: 'feed.xml', json: 'feed.json' };
export const FEED_MEDIA_TYPE: Readonly<Record<FeedFormat, string>> = { atom: 'application/atom+xml', json: 'application/feed+json' };

/** One feed: an edition's articles, or one category's, in one format. */
export interface FeedDefinition {
  readonly edition: Edition;
  readonly lang: Lang;
  readonly category?: Category;
  readonly format: FeedFormat;
  /** Root-relative URL of the feed. */
  readonly url: string;
  /** Root-relative URL of the page the feed mirrors (the home or the category listing). */
  readonly pageUrl: string;
}

/** The page a feed mirrors, in its edition: `/sr-cyrl/zivot-i-stil/`. */
export function feedPageUrl(edition: Edition, category?: Category): string {
  const lang = EDITION_INFO[edition].lang;
  const page = category ? categoryUrl(category, lang) : homeUrl(lang);
  return toEditionUrl(page, edition);
}

/** Public URL of a feed, beside the page it mirrors: `/sr/feed.xml`, `/en/life-style/feed.json`. */
export function feedUrl(edition: Edition, format: FeedFormat, category?: Category): string {
  return `${feedPageUrl(edition, category)}${FILE[format]}`;
}

/** Every feed of the site: per edition, all articles and each category, in both formats. */
export function feedDefinitions(): FeedDefinition[] {
  const out: FeedDefinition[] = [];
  for (const edition of EDITIONS) {
    for (const category of [undefined, ...CATEGORIES]) {
      for (const format of FEED_FORMATS) {
        out.push({ edition, lang: EDITION_INFO[edition].lang, category, format, url: feedUrl(edition, format, category), pageUrl: feedPageUrl(edition, category) });
      }
    }
  }
  return out;
}
