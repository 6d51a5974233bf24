import { imageSize } from 'image-size';
import { Parser } from 'htmlparser2';
import { count, LIMITS } from '../content/limits';

/**
 * Whether a file the site would publish as a picture really is one it can safely turn into
 * AVIF, WebP and PNG: the format its name promises, a size that cannot exhaust the build machine
 * (a 40,000 × 40,000 PNG is a few kilobytes on disk and gigabytes in memory), and for SVG nothing
 * but drawing. Pictures are never published as they are: every one, SVG included, is rasterised
 * by the image pipeline, so nothing in a picture can run on the site's origin.
 */

/** Bytes read to learn a raster picture's format and size. */
const HEAD_BYTES = 256 * 1024;

/** What the name promises, by extension. */
const EXPECTED_TYPES: Readonly<Record<string, readonly string[]>> = {
  jpg: ['jpg'],
  jpeg: ['jpg'],
  png: ['png'],
  webp: ['webp'],
  avif: ['heif'],
  gif: ['gif'],
  svg: ['svg'],
};

/**
 * The problem with a picture named `name` of `size` bytes, or undefined when it can be published.
 * `read(limit)` gives its first `limit` bytes (all of them for an SVG, which is read whole).
 */
export function pictureProblem(name: string, size: number, read: (limit: number) => Uint8Array): string | undefined {
  const extension = name.toLowerCase().split('.').pop() ?? '';
  const expected = EXPECTED_TYPES[extension];
  if (!expected) return `is not a picture the site can publish (jpg, png, webp, avif, gif or svg)`;
  if (size > LIMITS.pictureBytes) return `is ${count(size)} bytes; a picture may have at most ${count(LIMITS.pictureBytes)}`;
  let head = read(extension === 'svg' ? size : HEAD_BYTES);
  if (extension === 'svg') {
    const unsafe = svgProblem(new TextDecoder().decode(head));
    if (unsafe) return unsafe;
  }
  let dimensions: { width?: number; height?: number; type?: string } | undefined;
  for (;;) {
    try {
      dimensions = imageSize(head);
      break;
    } catch {
      // A JPEG may carry its size after a long metadata block: read it all before giving up.
      if (head.length >= size) break;
      head = read(size);
    }
  }
  if (!dimensions) {
    if (extension === 'svg') return 'has no width and height (an SVG needs width and height, or a viewBox)';
    return `is not a ${extension.toUpperCase()} picture (its contents are not an image; re-export it)`;
  }
  const sizeInfo = dimensions;
  if (!sizeInfo.type || !expected.includes(sizeInfo.type)) {
    return `is named .${extension} but is ${sizeInfo.type ? `a ${sizeInfo.type.toUpperCase()} file` : 'not a picture'} (rename it or re-export it)`;
  }
  const width = sizeInfo.width ?? 0;
  const height = sizeInfo.height ?? 0;
  if (width <= 0 || height <= 0) return 'has no width and height (an SVG needs width and height, or a viewBox)';
  if (width > LIMITS.pictureSide || height > LIMITS.pictureSide || width * height > LIMITS.picturePixels) {
    return `is ${count(width)} × ${count(height)} pixels; at most ${count(LIMITS.pictureSide)} on a side and ${count(LIMITS.picturePixels / 1_000_000)} megapixels (scale it down)`;
  }
  return undefined;
}

/** Elements that are programs or windows onto other documents, not drawing. */
const FORBIDDEN_ELEMENTS: ReadonlySet<string> = new Set(['script', 'foreignobject', 'iframe', 'embed', 'object', 'audio', 'video', 'handler', 'listener']);
/** Attributes holding a reference to another resource. */
const REFERENCE_ATTRIBUTES: ReadonlySet<string> = new Set(['href', 'xlink:href', 'src']);
/** A reference that stays inside the file: `#id`, or data the file carries. */
const INTERNAL_REFERENCE = /^\s*(?:#|data:)/i;
/** `url(…)` pointing anywhere but inside the file, and `@import`. */
const EXTERNAL_URL = /url\(\s*["']?\s*(?!#|data:)[^)\s]/i;

/**
 * Why an SVG is not plain drawing, or undefined: scripts and event handlers, references to other
 * files or sites (the renderer would read them from the build machine), entity declarations
 * (how a small XML file expands into a huge one).
 */
export function svgProblem(text: string): string | undefined {
  if (/<!ENTITY/i.test(text)) return 'declares XML entities (<!ENTITY>); export it again as plain SVG';
  let problem: string | undefined;
  let root: string | undefined;
  let inStyle = false;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (problem) return;
        root ??= name;
        if (FORBIDDEN_ELEMENTS.has(name)) problem = `has a <${name}> element; the site publishes pictures, not programs or embedded pages (remove it)`;
        inStyle = name === 'style';
        for (const [attribute, value] of Object.entries(attributes)) {
          if (problem) break;
          if (attribute.startsWith('on')) problem = `has an event handler (${attribute}=); remove it`;
          else if (REFERENCE_ATTRIBUTES.has(attribute) && !INTERNAL_REFERENCE.test(value)) problem = `refers to another file or site (${attribute}="${value.slice(0, 60)}"); embed the picture in the SVG or draw it`;
          else if (EXTERNAL_URL.test(value)) problem = `refers to another file or site (url(…) in ${attribute}=); embed it or draw it`;
        }
      },
      ontext(data) {
        if (!problem && inStyle && (EXTERNAL_URL.test(data) || /@import/i.test(data))) problem = 'has a <style> that loads another file (@import or url(…)); remove it';
      },
      onclosetag(name) {
        if (name === 'style') inStyle = false;
      },
    },
    { xmlMode: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(text);
  if (problem) return problem;
  if (root !== 'svg') return 'is not an SVG drawing (its first element is not <svg>)';
  return undefined;
}
