import path from 'node:path';
import type MarkdownIt from 'markdown-it';
import { missingAltMessage, publishedAlt } from '../images/alt-text';
import { picturePlaceholder, PLACEHOLDER_PREFIX } from '../images/placeholder';
import { resolveImageSource } from '../images/sources';

/** How wide a picture in an article's text is shown (the prose column, `--measure` in site.css). */
export const PROSE_IMAGE_SIZES = '(min-width: 45rem) 42rem, calc(100vw - 2.5rem)';

export interface MarkdownImagesOptions {
  /** The site's `content/` folder: images are found relative to it. */
  readonly contentDir: string;
}

interface RenderEnv {
  page?: { inputPath?: string };
}

/** An image the build cannot publish; the message names the file and what to do. */
export class MarkdownImageError extends Error {
  override name = 'MarkdownImageError';
  /** Eleventy then prints the message without a stack trace (`npm start` keeps running). */
  readonly skipOriginalStack = true;
}

/**
 * `![Opis](photo.jpg)` becomes a placeholder that the image transform (`src/images/plugin.ts`)
 * replaces with a responsive `<picture>` (AVIF, WebP, fallback; width, height, lazy, async,
 * sizes). A missing alt text or a picture that is not in the repository fails the build,
 * naming the article: `npm run check` reports the same before any rendering.
 */
export function imagesPlugin(md: MarkdownIt, options: MarkdownImagesOptions): void {
  md.renderer.rules.image = (tokens, idx, renderOptions, env: RenderEnv) => {
    const token = tokens[idx]!;
    const src = token.attrGet('src') ?? '';
    const alt = publishedAlt(md.renderer.renderInlineAsText(token.children ?? [], renderOptions, env));
    return picturePlaceholder(pictureView(src, alt, env, options.contentDir));
  };
}

/** Where a picture of the page `env` is, checked, for its placeholder; throws what the author must fix. */
function pictureView(src: string, alt: string | undefined, env: RenderEnv | undefined, contentDir: string): { file: string; alt: string; sizes: string } {
  const inputPath = env?.page?.inputPath ? path.resolve(env.page.inputPath) : path.join(contentDir, 'unknown.md');
  // Named from the site root (`content/sr/…`), as the author and the content check name it.
  const where = path.relative(path.dirname(contentDir), inputPath).split(path.sep).join('/');
  if (alt === undefined) throw new MarkdownImageError(`${where}: ${missingAltMessage(src)}`);
  const source = resolveImageSource(src, inputPath, contentDir);
  if ('error' in source) throw new MarkdownImageError(`${where}: ${source.error}`);
  return { file: path.relative(contentDir, source.file).split(path.sep).join('/'), alt, sizes: PROSE_IMAGE_SIZES };
}

/**
 * An `<img>` written as raw HTML (inside a `<figure>`, say) is a picture like `![…](…)`: found
 * beside the article or in `content/images/`, with its alt text (`alt=""` marks decoration, as in
 * HTML), and published through the same pipeline. The sanitizer calls this for every `<img>` that
 * is not already a placeholder of this build.
 */
export function rawImageAttributes(attributes: Readonly<Record<string, string>>, env: unknown, contentDir: string): Record<string, string> {
  const view = pictureView(attributes.src ?? '', attributes.alt === undefined ? undefined : attributes.alt.trim(), env as RenderEnv, contentDir);
  return { src: `${PLACEHOLDER_PREFIX}${encodeURI(view.file)}`, alt: view.alt, sizes: view.sizes };
}
