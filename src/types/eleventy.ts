import type { Lang } from '../config/editions';
import type { ArticleFrontMatter, LibraryItemFrontMatter, PageFrontMatter } from '../content/schema';

/** The part of Eleventy's `page` object the site uses. */
export interface EleventyPage {
  url: string | false;
  inputPath: string;
  fileSlug: string;
  date: Date;
  outputPath?: string | false;
}

/** An item of an Eleventy collection. */
export interface CollectionItem<D = ContentData> {
  url: string;
  inputPath: string;
  fileSlug: string;
  date: Date;
  data: D;
  /** Rendered content (only read inside a render, never while building collections). */
  content?: string;
}

/**
 * A front matter field as templates see it: every field of the schemas (`content/schema.ts`, so
 * a field added there reaches the templates with its type), each optional, since a page has the
 * fields of its own kind only. Dates and `tags` are given their own types below.
 */
type FrontMatterFields = Partial<Omit<ArticleFrontMatter, keyof PageFrontMatter | 'date' | 'updated' | 'tags'>> &
  Partial<Omit<LibraryItemFrontMatter, keyof PageFrontMatter | 'tags'>>;

/** What a content page's data holds after the cascade: its validated front matter, plus what Eleventy and directory data add. */
export type ContentData = PageFrontMatter &
  FrontMatterFields & {
    lang: Lang;
    /** Set by directory data: what sort of page this is. */
    kind?: 'article' | 'library-item' | 'home' | 'author';
    /** Eleventy's cascade reads a front matter date as a `Date`. */
    date?: Date;
    updated?: string | Date;
    /** The front matter's `tags`, as written (`front-matter-engines.ts` says why it is renamed). */
    tagList?: ArticleFrontMatter['tags'];
    page: EleventyPage;
  };

/** The `this` Eleventy gives a JavaScript template: the universal filters, bound to the page. */
export interface TemplateContext {
  i18n(key: string, data?: Record<string, unknown>, locale?: string): string;
  page: EleventyPage;
}
