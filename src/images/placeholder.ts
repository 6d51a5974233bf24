import { randomBytes } from 'node:crypto';
import { escapeHtml } from '../templates/html';

/**
 * Markdown and templates render synchronously, image processing is asynchronous. So renderers
 * leave a placeholder, and one async transform per page replaces each by the processed
 * `<picture>` (or Open Graph tags). A page without a placeholder costs one `includes` check: no
 * page's HTML is parsed again.
 *
 * A picture's placeholder is a plain `<img>` whose `src` is under `PLACEHOLDER_PREFIX`: it is
 * made of elements and attributes the article sanitizer (`src/markdown/sanitize.ts`) keeps,
 * so it passes through it unchanged. Its path is relative to `content/`: an absolute path of
 * the author's machine never reaches HTML. The prefix holds a random part chosen when the build
 * starts, so raw HTML in an article cannot pass itself off as a placeholder (and, with a path of
 * its own choosing, reach the image pipeline unchecked): an author's `<img>` is resolved like
 * `![…](…)` instead (`src/markdown/images.ts`).
 */
export const PLACEHOLDER_PREFIX = `/_picture-${randomBytes(9).toString('base64url')}/`;
const SOCIAL_TAG = 'dmspot-social-image';
const PICTURE = new RegExp(`<img\\s+src="${PLACEHOLDER_PREFIX.replace(/[-/]/g, '\\$&')}([^"]*)"((?:\\s+[a-z-]+="[^"]*")*)\\s*\\/?>`, 'g');
const SOCIAL = new RegExp(`<${SOCIAL_TAG}((?:\\s+[a-z-]+="[^"]*")*)\\s*></${SOCIAL_TAG}>`, 'g');
const ATTRIBUTE = /([a-z-]+)="([^"]*)"/g;
const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

function attributes(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const [, name, value] of text.matchAll(ATTRIBUTE)) {
    attrs[name as string] = (value as string).replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e] ?? e);
  }
  return attrs;
}

function serialize(attrs: Record<string, string | undefined>): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string] => entry[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
}

/**
 * A picture to process: `file` is the source path relative to `content/`, with `/`. `eager` is for
 * a picture at the top of its page (an article's cover, its largest paint): loaded at once and
 * early, where every other picture waits until it is scrolled near.
 */
export function picturePlaceholder(view: { file: string; alt: string; sizes: string; className?: string; eager?: boolean }): string {
  return `<img src="${PLACEHOLDER_PREFIX}${escapeHtml(encodeURI(view.file))}"${serialize({ alt: view.alt, sizes: view.sizes, class: view.className, loading: view.eager ? 'eager' : undefined })}>`;
}

/** Open Graph image tags for a page's cover. `site` is the site's address. */
export function socialImagePlaceholder(view: { file: string; alt: string; site: string }): string {
  return `<${SOCIAL_TAG}${serialize({ file: view.file, alt: view.alt, site: view.site })}></${SOCIAL_TAG}>`;
}

/** Whether a page has anything to process. */
export function hasImagePlaceholders(html: string): boolean {
  return html.includes(`"${PLACEHOLDER_PREFIX}`) || html.includes(`<${SOCIAL_TAG}`);
}

export interface PlaceholderRenderers {
  picture(view: { file: string; alt: string; sizes: string; className?: string; eager?: boolean }): Promise<string>;
  social(view: { file: string; alt: string; site: string }): Promise<string>;
}

/** Replaces every placeholder of `html` with what the renderers make of it. */
export async function replaceImagePlaceholders(html: string, renderers: PlaceholderRenderers): Promise<string> {
  const jobs: { index: number; length: number; output: Promise<string> }[] = [];
  for (const match of html.matchAll(PICTURE)) {
    const attrs = attributes(match[2] ?? '');
    const file = decodeURI(attributes(`src="${match[1] ?? ''}"`).src ?? '');
    jobs.push({ index: match.index ?? 0, length: match[0].length, output: renderers.picture({ file, alt: attrs.alt ?? '', sizes: attrs.sizes ?? '100vw', className: attrs.class, eager: attrs.loading === 'eager' }) });
  }
  for (const match of html.matchAll(SOCIAL)) {
    const attrs = attributes(match[1] ?? '');
    jobs.push({ index: match.index ?? 0, length: match[0].length, output: renderers.social({ file: attrs.file ?? '', alt: attrs.alt ?? '', site: attrs.site ?? '' }) });
  }
  if (!jobs.length) return html;
  jobs.sort((a, b) => a.index - b.index);
  const outputs = await Promise.all(jobs.map((job) => job.output));
  let out = '';
  let last = 0;
  jobs.forEach((job, i) => {
    out += html.slice(last, job.index) + outputs[i];
    last = job.index + job.length;
  });
  return out + html.slice(last);
}
