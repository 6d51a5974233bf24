/**
 * The part of @11ty/eleventy-img 7 (JavaScript, no bundled types) the site uses.
 */
declare module '@11ty/eleventy-img' {
  export interface ImageOutput {
    format: string;
    width: number;
    height: number;
    url: string;
    srcset: string;
    sourceType: string;
    filename: string;
    outputPath: string;
    size?: number;
  }
  export type ImageMetadata = Record<string, ImageOutput[]>;
  export interface ImageOptions {
    widths?: (number | 'auto' | null)[];
    formats?: (string | null)[];
    outputDir?: string;
    urlPath?: string;
    svgShortCircuit?: boolean | 'size';
    dryRun?: boolean;
    statsOnly?: boolean;
    [key: string]: unknown;
  }
  interface ImageFunction {
    (src: string, options?: ImageOptions): Promise<ImageMetadata>;
    generateHTML(metadata: ImageMetadata, attributes: Record<string, string | undefined>, options?: Record<string, unknown>): string;
  }
  const Image: ImageFunction;
  export default Image;
}
