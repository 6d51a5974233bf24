import type markdownIt from 'markdown-it';
import path from 'node:path';
import sanitizeHtml from 'sanitize-html';
import { LIMITS } from '../content/limits';
import { PLACEHOLDER_PREFIX } from '../images/placeholder';

/**
 * The raw-HTML policy of articles. Markdown keeps `html: true` because authors mark foreign
 * passages with `<span lang="en">…</span>`, but the whole rendered article then goes through
 * sanitize-html with an allow-list: what Markdown itself produces, plus a few inline elements
 * prose needs. Everything else is dropped: `<script>` and `<style>` with their content,
 * `<iframe>`, `<object>`, `<embed>`, `<form>`, every `on*=` handler, `style=` and `class=`
 * (bar the few classes below), and any URL scheme but http(s), mailto and tel. Images may only
 * come from the site itself: the CSP would block another origin anyway, and the author should
 * hear about it from the build rather than the reader from a broken picture.
 */
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;

/** markdown-it's table alignment is a `style` attribute, which the CSP refuses; a class replaces it. */
const ALIGN = /^\s*text-align\s*:\s*(left|center|right)\s*;?\s*$/i;

export const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [
    // What markdown-it renders.
    'p', ...HEADINGS, 'a', 'img', 'em', 'strong', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'hr', 'br',
    'table', 'thead', 'tbody', 'tr', 'th', 'td',
    // Raw HTML an author may write in prose.
    'span', 'abbr', 'kbd', 'sub', 'sup', 'mark', 'small', 'q', 'cite', 'dfn', 'time', 'del', 'ins', 'var', 'samp',
    'figure', 'figcaption', 'details', 'summary', 'dl', 'dt', 'dd',
  ],
  allowedAttributes: {
    '*': ['lang', 'dir', 'title'],
    a: ['href', 'hreflang', 'rel', 'class'],
    // A picture is a placeholder here (its `<picture>` comes after sanitising): src, alt, sizes.
    img: ['src', 'sizes', 'alt'],
    ol: ['start'],
    pre: ['class'],
    code: ['class'],
    span: ['class'],
    th: ['class'],
    td: ['class'],
    time: ['datetime'],
    // Heading ids are the targets of `#anchor` links.
    ...Object.fromEntries(HEADINGS.map((h) => [h, ['id']])),
  },
  // Classes only from the site's plugins: highlighted code (highlight.js) and heading links.
  allowedClasses: {
    a: ['heading-anchor'],
    pre: ['code'],
    code: ['hljs', 'language-*'],
    span: ['hljs-*'],
    th: ['align-left', 'align-center', 'align-right'],
    td: ['align-left', 'align-center', 'align-right'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: [] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  transformTags: {
    a: (tagName, attribs) => {
      const { rel: _authorRel, ...rest } = attribs;
      // Every link that leaves the site opens without a window reference or a Referer.
      const outbound = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i.test(rest.href ?? '');
      return { tagName, attribs: outbound ? { ...rest, rel: 'noopener noreferrer' } : rest };
    },
    th: alignToClass,
    td: alignToClass,
  },
  selfClosing: ['img', 'br', 'hr'],
  // Their content is not prose: drop it with the element (iframe, object and embed fallbacks).
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'object', 'embed', 'template'],
  // An image whose only source was on another origin has lost its `src`: drop it whole.
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs.src,
  parser: { lowerCaseAttributeNames: true },
};

function alignToClass(tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const { style, ...rest } = attribs;
  const align = style ? ALIGN.exec(style)?.[1]?.toLowerCase() : undefined;
  return { tagName, attribs: align ? { ...rest, class: `align-${align}` } : rest };
}

/** Elements without content (never closed). */
const VOID_ELEMENTS: ReadonlySet<string> = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** HTML deeper than the site processes; the message names the file. */
export class MarkdownNestingError extends Error {
  override name = 'MarkdownNestingError';
  /** Eleventy then prints the message without a stack trace. */
  readonly skipOriginalStack = true;
}

/** The file a render is for, as the author knows it (from the site root: `content/sr/…`). */
function where(env: unknown, contentDir: string | undefined): string {
  const inputPath = (env as { page?: { inputPath?: string } } | undefined)?.page?.inputPath;
  if (!inputPath) return 'an article';
  return path.relative(contentDir ? path.dirname(contentDir) : process.cwd(), path.resolve(inputPath)).split(path.sep).join('/');
}

/** Turns an `<img>` the author wrote into this build's placeholder, or throws what to fix. */
export type RawImage = (attributes: Readonly<Record<string, string>>, env: unknown) => Record<string, string>;

/**
 * Cleans the HTML of one rendered article or page body by the allow-list above. `rawImage`
 * resolves every `<img>` that is not already one of this build's placeholders (see
 * `src/images/placeholder.ts`); without it, such an image is dropped.
 */
export function sanitizeArticleHtml(htmlText: string, rawImage?: RawImage, env?: unknown, contentDir?: string): string {
  let depth = 0;
  const options: sanitizeHtml.IOptions = {
    ...SANITIZE_OPTIONS,
    onOpenTag: (name) => {
      if (VOID_ELEMENTS.has(name)) return;
      if (++depth > LIMITS.htmlNesting) throw new MarkdownNestingError(`${where(env, contentDir)}: its HTML is nested more than ${LIMITS.htmlNesting} elements deep; simplify the markup`);
    },
    onCloseTag: (name) => {
      if (!VOID_ELEMENTS.has(name)) depth--;
    },
    transformTags: {
      ...SANITIZE_OPTIONS.transformTags,
      img: (tagName, attribs) => {
        if ((attribs.src ?? '').startsWith(PLACEHOLDER_PREFIX)) return { tagName, attribs };
        return { tagName, attribs: rawImage ? rawImage(attribs, env) : {} };
      },
    },
  };
  // sanitize-html writes void elements as `<br />`; the site's markup writes `<br>`. Text never
  // contains ` />` here: sanitize-html escapes every `>` outside a tag.
  return sanitizeHtml(htmlText, options).replace(/ \/>/g, '>');
}

/**
 * markdown-it plugin: every `render` (what Eleventy calls for each Markdown file) returns
 * sanitized HTML. It wraps the whole document, not single `html_inline` tokens, because an
 * inline tag arrives in pieces (`<span lang="en">`, text, `</span>`) that only make sense together.
 */
export function sanitizePlugin(md: markdownIt, options: { rawImage?: RawImage; contentDir?: string } = {}): void {
  const render = md.render.bind(md);
  md.render = (src: string, env?: unknown) => sanitizeArticleHtml(render(src, env), options.rawImage, env, options.contentDir);
}
