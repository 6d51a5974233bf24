import { copyFileSync, existsSync, lstatSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import Image, { type ImageMetadata, type ImageOptions } from '@11ty/eleventy-img';

/** Public folder of processed images (outside /sr/, so the Cyrillic edition shares them). */
export const IMAGE_URL_PATH = '/img/';

/** Widths made of every picture; the original width is added when it is smaller. */
export const IMAGE_WIDTHS = [400, 800, 1200] as const;
/** Newest format first: the browser takes the first it supports; `auto` keeps jpeg/png as the fallback. */
export const IMAGE_FORMATS = ['avif', 'webp', 'auto'] as const;
/**
 * An SVG is drawn into pictures like any other, never published as SVG: an SVG is a document
 * that can carry script, and hosts without the site's CSP (GitHub Pages) would run it.
 */
export const SVG_FORMATS = ['avif', 'webp', 'png'] as const;
/** Social preview (Open Graph) image: one JPEG, the size the big networks show. */
export const SOCIAL_WIDTH = 1200;

/** Where and how a picture is shown, for `sizes` and the elements' attributes. */
export interface PictureRequest {
  /** Absolute path of the source file. */
  readonly file: string;
  readonly alt: string;
  /** The `sizes` attribute: how wide the picture is shown. */
  readonly sizes: string;
  readonly className?: string;
  /** At the top of its page: `loading="eager"` and `fetchpriority="high"` instead of lazy. */
  readonly eager?: boolean;
}

export interface SocialImage {
  readonly url: string;
  readonly width: number;
  readonly height: number;
}

/**
 * Turns pictures into AVIF, WebP and a JPEG/PNG fallback at several widths with
 * @11ty/eleventy-img. Files are written to a cache folder that outlives builds (eleventy-img
 * names them by a hash of the source's bytes and skips those already there), then copied into
 * each build's output: a rebuild processes only new or changed pictures.
 */
export class ImagePipeline {
  /** Output file names used since the last `publish`, by the build in progress. */
  private readonly used = new Set<string>();

  /** `contentDir`: the only folder pictures are read from. */
  constructor(
    private readonly cacheDir: string,
    private readonly contentDir: string,
  ) {}

  private options(extra: ImageOptions): ImageOptions {
    return {
      outputDir: this.cacheDir,
      urlPath: IMAGE_URL_PATH,
      svgShortCircuit: false,
      // An SVG is drawn at its own size or smaller: enlarging the drawing's pixels only blurs it.
      svgAllowUpscale: false,
      // Effort 2 instead of libaom's and libwebp's default 4: measured on the sample pictures,
      // AVIF within 1% of the size at a fifth of the time (a first build of 20 pictures went from
      // minutes to seconds); every build of a fresh clone makes them all.
      sharpAvifOptions: { effort: 2 },
      sharpWebpOptions: { effort: 2 },
      ...extra,
    };
  }

  /**
   * The last line of defence behind the content check: a picture is read only when it is a
   * regular file whose real path is inside the content folder.
   */
  private source(file: string): string {
    const inside = (target: string, root: string) => !path.relative(root, target).startsWith('..') && !path.isAbsolute(path.relative(root, target));
    let real: string;
    try {
      real = realpathSync(file);
    } catch {
      throw new Error(`${path.relative(this.contentDir, file)} does not exist`);
    }
    if (!inside(real, realpathSync(this.contentDir)) || !lstatSync(file).isFile()) {
      throw new Error(`${path.relative(this.contentDir, file)} is not a file inside content/`);
    }
    return real;
  }

  /**
   * One processing per picture and kind, whatever the number of pages showing it: pages render
   * side by side, and eleventy-img remembers a picture only once it is done, so without this every
   * page that showed the picture meanwhile processed it again (measured: 131 runs for 20 pictures).
   * Keyed by the file's size and time of change, so an edit made while `npm start` runs is seen.
   */
  private readonly jobs = new Map<string, Promise<ImageMetadata>>();

  private process(file: string, options: ImageOptions): Promise<ImageMetadata> {
    const info = statSync(file);
    const key = `${file}\u0000${info.size}\u0000${info.mtimeMs}\u0000${JSON.stringify(options)}`;
    let job = this.jobs.get(key);
    if (!job) {
      job = Image(file, this.options(options));
      this.jobs.set(key, job);
      // A failure is not remembered: the next build tries again.
      job.catch(() => this.jobs.delete(key));
    }
    return job;
  }

  private record(metadata: ImageMetadata): void {
    for (const outputs of Object.values(metadata)) for (const output of outputs) this.used.add(output.filename);
  }

  /** `<picture>` markup with `width`, `height`, `sizes`, `loading="lazy"` (or eager) and `decoding="async"`. */
  async picture(request: PictureRequest): Promise<string> {
    const file = this.source(request.file);
    const formats = file.toLowerCase().endsWith('.svg') ? [...SVG_FORMATS] : [...IMAGE_FORMATS];
    const metadata = await this.process(file, { widths: [...IMAGE_WIDTHS], formats });
    this.record(metadata);
    return Image.generateHTML(
      metadata,
      { alt: request.alt, sizes: request.sizes, loading: request.eager ? 'eager' : 'lazy', decoding: 'async', ...(request.eager ? { fetchpriority: 'high' } : {}), class: request.className },
      { whitespaceMode: 'inline' },
    );
  }

  /** The picture as a social preview: one JPEG at `SOCIAL_WIDTH` (or the original if smaller). */
  async socialImage(file: string): Promise<SocialImage> {
    const metadata = await this.process(this.source(file), { widths: [SOCIAL_WIDTH], formats: ['jpeg'] });
    this.record(metadata);
    const jpeg = metadata.jpeg?.[0];
    if (!jpeg) throw new Error(`no JPEG was made of ${file}`);
    return { url: jpeg.url, width: jpeg.width, height: jpeg.height };
  }

  /** Copies the pictures used by this build from the cache into `outDir/img/`. */
  publish(outDir: string): number {
    const target = path.join(outDir, IMAGE_URL_PATH);
    let copied = 0;
    if (this.used.size) mkdirSync(target, { recursive: true });
    for (const name of this.used) {
      const to = path.join(target, name);
      if (existsSync(to)) continue;
      copyFileSync(path.join(this.cacheDir, name), to);
      copied++;
    }
    this.used.clear();
    return copied;
  }
}
