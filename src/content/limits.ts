/**
 * The largest inputs the site accepts. Each is far beyond what a real author writes, and each
 * bounds the work of a step that would otherwise grow with a pasted accident (a base64 string as
 * a title, a file of aliases). Documented in docs/authoring.md ("Limits"); the schemas and the
 * content check quote them in their messages.
 */
export const LIMITS = {
  /** Characters of an article's, a page's or an eLibrary item's title. */
  title: 200,
  /** Characters of a description (cards, search engines). */
  description: 500,
  /** Tags of one article or item, and characters of one tag. */
  tags: 20,
  tag: 60,
  /** Authors of an eLibrary item, and characters of one name. */
  authors: 20,
  author: 200,
  /** Characters of a picture's alt text (covers). */
  alt: 500,
  /** Bytes of one Markdown file (the text of about 1,500 pages). */
  markdownBytes: 10 * 1024 * 1024,
  /** Bytes of a front matter block, and of a data file in `_data/` or `i18n/`. */
  frontMatterBytes: 64 * 1024,
  dataFileBytes: 1024 * 1024,
  /**
   * Characters of a front matter block or data file once parsed (YAML aliases can repeat a value
   * many times: the file stays small while what it says grows without bound).
   */
  expandedCharacters: 1024 * 1024,
  /**
   * Elements nested in an article's HTML (Markdown itself stops at 100 levels). Deeper raw HTML
   * is refused: every later step walks the page's tree, some of them recursively.
   */
  htmlNesting: 200,
  /** Pixels on either side of a picture, and in all. */
  pictureSide: 12_000,
  picturePixels: 40_000_000,
  /** Bytes of a picture, and of a file in `content/files/`. */
  pictureBytes: 50 * 1024 * 1024,
  fileBytes: 200 * 1024 * 1024,
} as const;

/** `20,000` for messages (the site's messages are English). */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}
