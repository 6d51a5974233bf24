/** The parts of @11ty/eleventy-plugin-rss 3 the feeds use (the package ships no types). */
declare module '@11ty/eleventy-plugin-rss' {
  /** RFC 3339 in UTC without milliseconds, as Atom wants it. */
  export function dateToRfc3339(date: Date): string;
  /** Rewrites every URL attribute of an HTML fragment to an absolute URL against `base`. */
  export function convertHtmlToAbsoluteUrls(html: string, base: string, processOptions?: Record<string, unknown>): Promise<string>;
  /** The newest `date` of a collection, or the fallback (now) when it is empty. */
  export function getNewestCollectionItemDate(items: readonly { date: Date }[], emptyFallbackDate?: Date): Date;
}
