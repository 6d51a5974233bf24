import path from 'node:path';
import type MarkdownIt from 'markdown-it';
import { missingAltMessage, publishedAlt } from '../images/alt-text';
import { picturePlaceholder } from '../images/placeholder';
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
    const inputPath = env.page?.inputPath ? path.resolve(env.page.inputPath) : path.join(options.contentDir, 'unknown.md');
    const where = path.relative(process.cwd(), inputPath);
    const alt = publishedAlt(md.renderer.renderInlineAsText(token.children ?? [], renderOptions, env));
    if (alt === undefined) throw new MarkdownImageError(`${where}: ${missingAltMessage(src)}`);
    const source = resolveImageSource(src, inputPath, options.contentDir);
    if ('error' in source) throw new MarkdownImageError(`${where}: ${source.error}`);
    return picturePlaceholder({ file: path.relative(options.contentDir, source.file).split(path.sep).join('/'), alt, sizes: PROSE_IMAGE_SIZES });
  };
}
