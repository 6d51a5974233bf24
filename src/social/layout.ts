/**
 * The one description of a preview's design: where each line of text goes, at what size, weight
 * and colour, over which background. The SVG (resvg's input) and the fast raster both draw this.
 */
import type { Weight } from './face';
import { SOCIAL_IMAGE_HEIGHT, SOCIAL_IMAGE_WIDTH } from './urls';
import { wrapLines } from './wrap';

/** What a preview shows. The text is already in the edition's script. */
export interface SocialCard {
  readonly siteName: string;
  readonly title: string;
  /** BCP 47 tag of the text (`sr-Cyrl`), carried into the SVG as `xml:lang`. */
  readonly lang: string;
  /** A short line at the bottom (the site's host name). */
  readonly footer: string;
}

/** Bump when the drawing changes, so cached images are not reused. */
export const DESIGN_VERSION = '2';

export const COLORS = {
  background: '#0b5c7e',
  bar: '#c2410c',
  text: '#ffffff',
  footer: '#d8eef7',
} as const;

/** A colour of text on the card. */
export type TextColor = 'text' | 'footer';

export const MARGIN = 80;
const TEXT_WIDTH = SOCIAL_IMAGE_WIDTH - 2 * MARGIN;
export const BAR_HEIGHT = 16;

/** One line of text: its left end on the baseline, in pixels. */
export interface TextLine {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly weight: Weight;
  readonly color: TextColor;
}

/** Collapses white space as SVG does for text, so both renderers see the same characters. */
const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The lines of a card: site name on top, the title large (3 lines at 68 px, else 4 at 54 px,
 * centred on y = 330), the host name at the bottom. Baselines are whole pixels.
 */
export function layoutCard(card: SocialCard): TextLine[] {
  let size = 68;
  let wrapped = wrapLines(card.title, size, TEXT_WIDTH, 3);
  if (wrapped.truncated) {
    size = 54;
    wrapped = wrapLines(card.title, size, TEXT_WIDTH, 4);
  }
  const lineHeight = Math.round(size * 1.2);
  const blockTop = 330 - ((wrapped.lines.length - 1) * lineHeight) / 2;
  const lines: TextLine[] = [
    { text: collapse(card.siteName), x: MARGIN, y: MARGIN + 30, size: 40, weight: 'bold', color: 'text' },
    ...wrapped.lines.map((text, i): TextLine => ({ text, x: MARGIN, y: Math.round(blockTop + i * lineHeight), size, weight: 'bold', color: 'text' })),
    { text: collapse(card.footer), x: MARGIN, y: SOCIAL_IMAGE_HEIGHT - MARGIN + 10, size: 30, weight: 'regular', color: 'footer' },
  ];
  return lines.filter((line) => line.text !== '');
}
