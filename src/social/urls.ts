import type { Edition } from '../config/editions';
import { homeUrl, toEditionUrl } from '../config/routes';

/** Size of every generated preview image (the Open Graph recommendation). */
export const SOCIAL_IMAGE_WIDTH = 1200;
export const SOCIAL_IMAGE_HEIGHT = 630;

/** File name of a generated preview, beside the page it previews. */
const FILE_NAME = 'og.png';

/**
 * Where a page's generated preview lives: beside the page (`/sr/clanci/x/og.png`), so the
 * Cyrillic edition's `/sr/` → `/sr-cyrl/` URL rewrite also points at the Cyrillic preview.
 */
export function socialImageUrl(pageUrl: string): string {
  return `${pageUrl.endsWith('/') ? pageUrl : `${pageUrl}/`}${FILE_NAME}`;
}

/** The edition's default preview (its home's), or the landing's (`/og.png`) outside editions. */
export function defaultSocialImageUrl(edition: Edition | undefined): string {
  if (edition === undefined) return `/${FILE_NAME}`;
  const home = edition === 'en' ? homeUrl('en') : toEditionUrl(homeUrl('sr'), edition);
  return socialImageUrl(home);
}

/** True for a URL (root-relative or absolute) of a preview this site generates. */
export function isGeneratedSocialImage(url: string): boolean {
  return url.endsWith(`/${FILE_NAME}`);
}
