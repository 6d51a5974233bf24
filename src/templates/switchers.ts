import { EDITION_INFO, EDITIONS, type Edition } from '../config/editions';
import { homeUrl } from '../config/routes';
import type { Translate } from '../i18n/translate';
import { attr, html, type SafeHtml } from './html';

/** Each edition's name in its own language and script (endonyms, the same on every page). */
export const EDITION_NAMES: Readonly<Record<Edition, string>> = {
  en: 'English',
  'sr-Latn': 'Srpski',
  'sr-Cyrl': 'Српски',
};

/** Script names for the script switcher, each in its own script. */
export const SCRIPT_NAMES = { 'sr-Cyrl': 'ћирилица', 'sr-Latn': 'latinica' } as const;

export interface SwitcherView {
  /** The reader's edition. */
  readonly edition: Edition;
  /** The same page in each edition, where it exists (root-relative URLs). */
  readonly targets: Partial<Record<Edition, string>>;
}

/**
 * The language switcher (all three editions) and, on Serbian pages, the script switcher.
 * Every link carries `hreflang` and `lang`: the Cyrillic edition generator leaves such links
 * alone and moves `aria-current` to the Cyrillic one.
 */
export function renderSwitchers(view: SwitcherView, t: Translate): SafeHtml {
  const languages = EDITIONS.map((edition) => {
    const target = view.targets[edition];
    const current = edition === view.edition;
    const href = target ?? homeUrl(EDITION_INFO[edition].lang);
    const fallback = !target && !current;
    const note = fallback ? t('switcher.noTranslation', { language: EDITION_NAMES[edition] }) : undefined;
    return html`<li><a href="${toEdition(href, edition)}" hreflang="${edition}" lang="${edition}"${attr('aria-current', current ? 'page' : undefined)}${attr('title', note)}${attr('class', fallback ? 'untranslated' : undefined)}>${EDITION_NAMES[edition]}</a>${fallback ? html`<span class="visually-hidden"> (${note})</span>` : ''}</li>`;
  });
  const serbian = view.edition !== 'en';
  const scripts = serbian
    ? html`<ul class="switcher switcher-script" aria-label="${t('switcher.script')}">${(['sr-Cyrl', 'sr-Latn'] as const).map(
        (edition) =>
          html`<li><a href="${view.targets[edition] ?? homeUrl('sr')}" hreflang="${edition}" lang="${edition}"${attr('aria-current', edition === view.edition ? 'page' : undefined)}>${SCRIPT_NAMES[edition]}</a></li>`,
      )}</ul>`
    : '';
  return html`<nav class="switchers" aria-label="${t('switcher.language')}"><ul class="switcher switcher-language">${languages}</ul>${scripts}</nav>`;
}

/** The Cyrillic home is the Latin home's twin. */
function toEdition(url: string, edition: Edition): string {
  return edition === 'sr-Cyrl' && url === '/sr/' ? '/sr-cyrl/' : url;
}
