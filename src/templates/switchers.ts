import { EDITION_INFO, EDITIONS, type Edition } from '../config/editions';
import { homeUrl } from '../config/routes';
import type { Translate } from '../i18n/translate';
import { attr, html, type SafeHtml } from './html';

/**
 * Each edition's name in its own language and script (endonyms, the same on every page). The
 * two Serbian names differ only in their script, which is the point: a reader recognises the
 * alphabet they want before reading a word.
 */
export const EDITION_NAMES: Readonly<Record<Edition, string>> = {
  en: 'English',
  'sr-Latn': 'Srpski',
  'sr-Cyrl': 'Српски',
};

export interface SwitcherView {
  /** The reader's edition. */
  readonly edition: Edition;
  /** The same page in each edition, where it exists (root-relative URLs). */
  readonly targets: Partial<Record<Edition, string>>;
}

/** Where a switcher link leads: the same page in that edition, or that edition's home. */
export function switcherHref(view: SwitcherView, edition: Edition): { href: string; fallback: boolean } {
  const target = view.targets[edition];
  if (target) return { href: target, fallback: false };
  const home = homeUrl(EDITION_INFO[edition].lang);
  return { href: edition === 'sr-Cyrl' && home === '/sr/' ? '/sr-cyrl/' : home, fallback: edition !== view.edition };
}

/**
 * The one edition switcher: English, Serbian in Latin, Serbian in Cyrillic, each named in its own
 * script. Every link carries `hreflang` and `lang`; the Cyrillic edition generator
 * (`src/cyrillic/edition.ts`) leaves such links' URLs and text alone and moves `aria-current` to
 * the `sr-Cyrl` one, so this markup serves all three editions. A link to an edition the page has
 * no translation in leads to that edition's home and says so to screen readers; the page itself
 * says so in visible text (`renderTranslationNote`).
 */
export function renderSwitcher(view: SwitcherView, t: Translate): SafeHtml {
  const links = EDITIONS.map((edition) => {
    const { href, fallback } = switcherHref(view, edition);
    const current = edition === view.edition;
    return html`<li><a href="${href}" hreflang="${edition}" lang="${edition}"${attr('aria-current', current ? 'page' : undefined)}${attr('class', fallback ? 'untranslated' : undefined)}>${EDITION_NAMES[edition]}</a>${fallback ? html`<span class="visually-hidden"> (${t('switcher.noTranslation')})</span>` : ''}</li>`;
  });
  return html`<nav class="editions" aria-label="${t('switcher.label')}"><ul>${links}</ul></nav>`;
}
