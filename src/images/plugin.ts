import path from 'node:path';
import type UserConfig from '@11ty/eleventy/UserConfig';
import type { SitePaths } from '../config/paths';
import { html } from '../templates/html';
import { ImagePipeline } from './pipeline';
import { hasImagePlaceholders, replaceImagePlaceholders } from './placeholder';

/**
 * Responsive images: replaces the placeholders left by Markdown images and covers with
 * `<picture>` markup (and Open Graph tags), and copies the processed files into the output.
 * Processed files are cached in `.cache/images/` of the site root between builds.
 */
/** One pipeline per site root, shared by pages and feeds so each image is processed once. */
const pipelines = new Map<string, ImagePipeline>();

function pipelineFor(paths: Pick<SitePaths, 'root' | 'content'>): ImagePipeline {
  let pipeline = pipelines.get(paths.root);
  if (!pipeline) {
    pipeline = new ImagePipeline(path.join(paths.root, '.cache/images'), paths.content);
    pipelines.set(paths.root, pipeline);
  }
  return pipeline;
}

/**
 * Replaces the image placeholders of rendered Markdown with the real `<picture>` markup. Pages
 * get it from the transform below; feeds, which carry the articles' rendered content, call it.
 */
export function resolveImagePlaceholders(content: string, paths: Pick<SitePaths, 'root' | 'content'>): Promise<string> {
  if (!hasImagePlaceholders(content)) return Promise.resolve(content);
  const pipeline = pipelineFor(paths);
  const source = (file: string) => path.join(paths.content, file);
  return replaceImagePlaceholders(content, {
    picture: (view) => pipeline.picture({ ...view, file: source(view.file) }),
    social: async (view) => {
      const image = await pipeline.socialImage(source(view.file));
      const url = new URL(image.url, `${view.site}/`).href;
      return html`<meta property="og:image" content="${url}">
<meta property="og:image:width" content="${image.width}">
<meta property="og:image:height" content="${image.height}">
<meta property="og:image:alt" content="${view.alt}">`.value;
    },
  });
}

export function imagesPlugin(eleventyConfig: UserConfig, paths: Pick<SitePaths, 'root' | 'content'>): void {
  const pipeline = pipelineFor(paths);
  eleventyConfig.addTransform('images', async function (this: { page: { inputPath: string } }, content: string) {
    if (typeof content !== 'string' || !hasImagePlaceholders(content)) return content;
    try {
      return await resolveImagePlaceholders(content, paths);
    } catch (error) {
      throw new Error(`${this.page.inputPath}: an image could not be processed: ${(error as Error).message}`, { cause: error });
    }
  });
  eleventyConfig.on('eleventy.after', ({ directories }: { directories: { output: string } }) => {
    pipeline.publish(directories.output);
  });
}
