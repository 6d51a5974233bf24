/**
 * The site's text face, Spot Serif (Source Serif 4 cut down by `src/assets/fonts/make-fonts.sh`).
 * Files are served from `/assets/fonts/` under their content-hashed names, so hosts may cache them
 * forever; `site.css` names the same files in its `@font-face` rules (a unit test keeps the three
 * in step: these names, the CSS and the files' hashes).
 */
export const FONT_FILES = {
  roman: 'spot-serif-roman.6f3f8b4838.woff2',
  italic: 'spot-serif-italic.6bb89ae279.woff2',
} as const;

/** Public folder of the fonts. */
export const FONT_URL_PATH = '/assets/fonts/';

/**
 * The fonts preloaded by every page: the upright face, which every page uses for its first
 * lines. The italic is fetched only when a page has italic text.
 */
export const PRELOADED_FONTS: readonly string[] = [`${FONT_URL_PATH}${FONT_FILES.roman}`];
