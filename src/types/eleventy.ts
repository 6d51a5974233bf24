import type { Lang } from '../config/editions';
import type { Category } from '../config/routes';
import type { LibraryFormat } from '../content/schema';

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

/** What a content page's data holds after the cascade (front matter plus directory data). */
export interface ContentData {
  lang: Lang;
  /** Set by directory data: what sort of page this is. */
  kind?: 'article' | 'library-item' | 'home' | 'author';
  title: string;
  description: string;
  date?: Date;
  updated?: string | Date;
  category?: Category;
  /** The front matter's `tags`, as written (`front-matter-engines.ts` says why it is renamed). */
  tagList?: string[];
  translationKey?: string;
  draft?: boolean;
  cover?: { src: string; alt: string };
  authors?: string[];
  year?: number;
  format?: LibraryFormat;
  file?: string;
  url?: string;
  isbn?: string;
  pages?: number;
  page: EleventyPage;
}

/** The `this` Eleventy gives a JavaScript template: the universal filters, bound to the page. */
export interface TemplateContext {
  i18n(key: string, data?: Record<string, unknown>, locale?: string): string;
  page: EleventyPage;
}
