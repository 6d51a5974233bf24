/**
 * A feed as data, independent of its format: the Atom and JSON Feed writers serialise the same
 * object, and the Cyrillic feeds are the Latin ones with their text transliterated.
 */
import { toCyrillicEdition, toLatinEdition } from '../editions/page-rewriter';
import { cyrillicToLatin, latinToCyrillic, type TransliterationOptions } from '../i18n/transliterate';

export interface FeedEntry {
  /** Absolute URL of the article (also its id). */
  readonly url: string;
  readonly title: string;
  readonly summary: string;
  /** The article's HTML with every URL absolute. */
  readonly contentHtml: string;
  readonly published: Date;
  readonly updated: Date;
  readonly tags: readonly string[];
}

export interface Feed {
  /** BCP 47 tag of the edition (`sr-Cyrl`). */
  readonly language: string;
  readonly title: string;
  readonly subtitle: string;
  /** Absolute URL of the feed itself (also its Atom id). */
  readonly selfUrl: string;
  /** Absolute URL of the page the feed mirrors. */
  readonly pageUrl: string;
  readonly author: { readonly name: string; readonly url: string };
  /** The newest entry's update, or the fallback when the feed is empty. */
  readonly updated: Date;
  readonly entries: readonly FeedEntry[];
}

/** The newest `updated` of the entries, or `fallback` for an empty feed. */
export function newestUpdate(entries: readonly Pick<FeedEntry, 'updated'>[], fallback: Date): Date {
  let newest: Date | undefined;
  for (const entry of entries) if (!newest || entry.updated > newest) newest = entry.updated;
  return newest ?? fallback;
}

/**
 * The Cyrillic twin of a Serbian Latin feed: prose transliterated with the site's exceptions,
 * the entries' HTML converted as the Cyrillic pages are (code and other languages kept, `/sr/`
 * links moved to `/sr-cyrl/`). URLs of the feed itself come in already in the Cyrillic edition.
 */
export function toCyrillicFeed(feed: Feed, options: { siteUrl: string; transliteration?: TransliterationOptions }): Feed {
  const cyr = (text: string) => latinToCyrillic(text, options.transliteration);
  return {
    ...feed,
    title: cyr(feed.title),
    subtitle: cyr(feed.subtitle),
    author: { ...feed.author, name: cyr(feed.author.name) },
    entries: feed.entries.map((entry) => ({
      ...entry,
      title: cyr(entry.title),
      summary: cyr(entry.summary),
      tags: entry.tags.map(cyr),
      contentHtml: toCyrillicEdition(entry.contentHtml, { siteUrl: options.siteUrl, transliteration: options.transliteration }),
    })),
  };
}

const CYRILLIC = /[\u0400-\u04ff]/;

/**
 * The Latin feed of Serbian articles the author may have written in Cyrillic (or mixed): its text
 * in Latin, as the `/sr/` pages read (a passage marked `lang="sr-Cyrl"` stays Cyrillic there).
 * A feed without a Cyrillic letter is returned as it is.
 */
export function toLatinFeed(feed: Feed, options: { siteUrl: string }): Feed {
  const lat = (text: string) => (CYRILLIC.test(text) ? cyrillicToLatin(text) : text);
  return {
    ...feed,
    title: lat(feed.title),
    subtitle: lat(feed.subtitle),
    author: { ...feed.author, name: lat(feed.author.name) },
    entries: feed.entries.map((entry) => ({
      ...entry,
      title: lat(entry.title),
      summary: lat(entry.summary),
      tags: entry.tags.map(lat),
      contentHtml: CYRILLIC.test(entry.contentHtml) ? toLatinEdition(entry.contentHtml, { siteUrl: options.siteUrl }) : entry.contentHtml,
    })),
  };
}
