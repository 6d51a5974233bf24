/**
 * The two faces a preview uses (DejaVu Sans Bold for the site name and the title, Book for the
 * footer), read once per process from the npm package, and what shaping needs from each.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { acceptedGlyphs } from './charset';
import { readScriptLayout, type ScriptLayout } from './otl';
import { parseSfnt, type SfntFont } from './sfnt';

/** The weights a card uses. */
export type Weight = 'bold' | 'regular';

/** One face: the parsed font, its file (resvg loads it too), and its layouts by script. */
export interface Face {
  readonly weight: Weight;
  readonly file: string;
  readonly font: SfntFont;
  /** The layout of an OpenType script tag, read on first use. */
  layout(scriptTag: string): ScriptLayout;
  /** SHA-256 of the file's bytes: part of every cache key. */
  readonly identity: string;
}

const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** The font files, by weight. */
export const FONT_FILES: Readonly<Record<Weight, string>> = {
  bold: path.join(fontDir, 'DejaVuSans-Bold.ttf'),
  regular: path.join(fontDir, 'DejaVuSans.ttf'),
};

/** The family name resvg finds both files under. */
export const FONT_FAMILY = 'DejaVu Sans';

const faces = new Map<Weight, Face>();

/** The face of a weight, parsed on first use and kept for the process. */
export function face(weight: Weight): Face {
  let found = faces.get(weight);
  if (!found) {
    const file = FONT_FILES[weight];
    const bytes = readFileSync(file);
    const font = parseSfnt(bytes, path.basename(file));
    const layouts = new Map<string, ScriptLayout>();
    found = {
      weight,
      file,
      font,
      identity: createHash('sha256').update(bytes).digest('hex'),
      layout(scriptTag) {
        let layout = layouts.get(scriptTag);
        if (!layout) layouts.set(scriptTag, (layout = readScriptLayout(font, scriptTag, acceptedGlyphs(font))));
        return layout;
      },
    };
    faces.set(weight, found);
  }
  return found;
}
