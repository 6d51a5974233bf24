import markdownIt from 'markdown-it';
import { sitePaths, type SitePaths } from '../config/paths';
import { anchorsPlugin } from './anchors';
import { highlightPlugin } from './highlight';
import { renderFactsPlugin } from './render-facts';
import { imagesPlugin, rawImageAttributes } from './images';
import { sanitizePlugin } from './sanitize';

/**
 * The Markdown renderer for articles. Raw HTML is allowed only for what the author needs
 * (e.g. `<span lang="en">` for a foreign passage); see the raw-HTML policy in `./sanitize.ts`.
 */
export function createMarkdown(paths: Pick<SitePaths, 'content'> = sitePaths()): markdownIt {
  return markdownIt({ html: true, linkify: false, typographer: false })
    .use(anchorsPlugin) // heading ids (ASCII, same in both scripts) and self-links
    .use(highlightPlugin) // code colours at build time, classes only
    .use(imagesPlugin, { contentDir: paths.content }) // ![alt](photo.jpg) → responsive <picture>
    .use(renderFactsPlugin) // headings and links, recorded as the page renders
    .use(sanitizePlugin, { contentDir: paths.content, rawImage: (attributes: Readonly<Record<string, string>>, env: unknown) => rawImageAttributes(attributes, env, paths.content) }); // raw <img> too
}
