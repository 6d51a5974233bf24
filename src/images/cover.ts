import path from 'node:path';
import { html, raw, type SafeHtml } from '../templates/html';
import { picturePlaceholder, socialImagePlaceholder } from './placeholder';
import { resolveImageSource } from './sources';

/** What a page or card needs to show its cover. */
export interface CoverData {
  readonly cover?: { readonly src: string; readonly alt: string };
  /** Global data: the site root (`content/` is inside it). */
  readonly siteRoot?: string;
}

/**
 * How wide covers are shown (site.css): the reading column on the article page (and the newest
 * card, as wide), a card's column in lists, a thumbnail beside a title in short lists.
 */
export const COVER_SIZES = {
  page: '(min-width: 45rem) 42rem, calc(100vw - 2.5rem)',
  card: '(min-width: 64rem) 20rem, (min-width: 40rem) 45vw, calc(100vw - 2.5rem)',
  thumb: '5.5rem',
} as const;

/** The cover's source relative to `content/`: `cover.src` is beside the Markdown file or `/images/…`. */
function coverFile(inputPath: string, data: CoverData): string | undefined {
  if (!data.cover || !data.siteRoot) return undefined;
  const contentDir = path.join(data.siteRoot, 'content');
  const source = resolveImageSource(data.cover.src, path.resolve(inputPath), contentDir);
  // Validation refused anything else before rendering began.
  if ('error' in source) throw new Error(`${inputPath}: cover.src: ${source.error}`);
  return path.relative(contentDir, source.file).split(path.sep).join('/');
}

/**
 * The cover as a responsive picture (processed by the images transform), or nothing; `eager`
 * for the cover at the top of its page.
 * Validation has checked that the file exists and that `alt` is given (`""` for decoration).
 */
export function renderCover(inputPath: string, data: CoverData, where: keyof typeof COVER_SIZES, options: { eager?: boolean } = {}): SafeHtml {
  const file = coverFile(inputPath, data);
  if (!file || !data.cover) return html``;
  return raw(picturePlaceholder({ file, alt: data.cover.alt, sizes: COVER_SIZES[where], className: `cover cover-${where}`, eager: options.eager }));
}

/** Open Graph image tags for the page's cover (the social preview), or nothing. */
export function coverSocialTags(inputPath: string | undefined, data: CoverData, siteUrl: string): SafeHtml {
  const file = inputPath ? coverFile(inputPath, data) : undefined;
  if (!file || !data.cover) return html``;
  return raw(socialImagePlaceholder({ file, alt: data.cover.alt, site: siteUrl }));
}
