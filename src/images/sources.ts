import path from 'node:path';

/** Where an image reference in an article points, or why it cannot be used. */
export type ImageSource = { readonly file: string } | { readonly error: string };

/** Image formats the pipeline reads. */
export const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp|avif|gif|svg)$/i;

/**
 * Resolves an image reference of a Markdown file (or a cover's `src`) to a file in the site:
 * a plain name is beside the Markdown (`photo.jpg`, `slike/photo.jpg`), `/images/…` is the
 * shared `content/images/` folder. Addresses on other sites are refused: no page may make a
 * request to another origin, so every picture is in the repository.
 */
export function resolveImageSource(ref: string, markdownFile: string, contentDir: string): ImageSource {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref)) {
    return { error: `image ${ref} is on another site; put the file beside the article or in content/images/ and refer to it by name` };
  }
  let decoded: string;
  try {
    decoded = decodeURI(ref.split(/[?#]/)[0] ?? '');
  } catch {
    return { error: `image ${ref} is not a valid file name` };
  }
  const file = decoded.startsWith('/images/')
    ? path.join(contentDir, decoded)
    : decoded.startsWith('/')
      ? undefined
      : path.resolve(path.dirname(markdownFile), decoded);
  if (!file) return { error: `image ${ref} must be beside the article (photo.jpg) or in content/images/ (/images/photo.jpg)` };
  const inside = path.relative(contentDir, file);
  if (inside.startsWith('..') || path.isAbsolute(inside)) return { error: `image ${ref} is outside content/` };
  if (!IMAGE_EXTENSIONS.test(file)) return { error: `image ${ref} is not a picture the site can publish (jpg, png, webp, avif, gif or svg)` };
  return { file };
}
