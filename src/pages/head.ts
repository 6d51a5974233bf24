import type { Translate } from '../i18n/translate';

/** Title and description of a generated page, computed when the page's language is known. */
export interface PageHead {
  readonly title: string;
  readonly description: string;
}

/** Generated pages put a `pageHead` function in their data; the base layout calls it. */
export type PageHeadFn<D> = (data: D, t: Translate) => PageHead;
