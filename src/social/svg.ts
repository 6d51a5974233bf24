/**
 * A card as SVG, for resvg: the reference drawing, and the renderer of titles the fast path
 * cannot draw itself.
 */
import { Resvg, type ResvgRenderOptions } from '@resvg/resvg-js';
import { escapeXml } from '../feeds/xml';
import { FONT_FAMILY, FONT_FILES } from './face';
import { BAR_HEIGHT, COLORS, layoutCard, type SocialCard } from './layout';
import { SOCIAL_IMAGE_HEIGHT, SOCIAL_IMAGE_WIDTH } from './urls';

const RENDER_OPTIONS: ResvgRenderOptions = {
  font: { loadSystemFonts: false, fontFiles: [FONT_FILES.regular, FONT_FILES.bold], defaultFontFamily: FONT_FAMILY },
  fitTo: { mode: 'original' },
};

/** The preview as SVG: site name on top, the title large, the host name at the bottom. */
export function socialCardSvg(card: SocialCard): string {
  const e = escapeXml;
  const lines = layoutCard(card)
    .map((line) => {
      const weight = line.weight === 'bold' ? ' font-weight="bold"' : '';
      const fill = line.color === 'text' ? '' : ` fill="${COLORS[line.color]}"`;
      return `<text x="${line.x}" y="${line.y}" font-size="${line.size}"${weight}${fill}>${e(line.text)}</text>`;
    })
    .join('\n');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SOCIAL_IMAGE_WIDTH}" height="${SOCIAL_IMAGE_HEIGHT}" viewBox="0 0 ${SOCIAL_IMAGE_WIDTH} ${SOCIAL_IMAGE_HEIGHT}">
<rect width="100%" height="100%" fill="${COLORS.background}"/>
<rect x="0" y="${SOCIAL_IMAGE_HEIGHT - BAR_HEIGHT}" width="100%" height="${BAR_HEIGHT}" fill="${COLORS.bar}"/>
<g font-family="${FONT_FAMILY}" fill="${COLORS.text}" xml:lang="${e(card.lang)}">
${lines}
</g>
</svg>`;
}

/** The card drawn by resvg (RGBA PNG): about ten times the fast path's cost, for any text. */
export function renderWithResvg(card: SocialCard): Buffer {
  return new Resvg(socialCardSvg(card), { ...RENDER_OPTIONS, languages: [card.lang] }).render().asPng();
}

/** The card drawn by resvg, as RGBA pixels (for comparisons with the fast path). */
export function resvgPixels(card: SocialCard): Buffer {
  return new Resvg(socialCardSvg(card), { ...RENDER_OPTIONS, languages: [card.lang] }).render().pixels;
}
