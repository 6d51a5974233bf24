import type { Edition } from '../config/editions';
import { homeUrl } from '../config/routes';
import { DICTIONARIES, type UiKey } from '../i18n/dictionary';
import { latinToCyrillic, optionsFromData, type TransliterationData, type TransliterationOptions } from '../i18n/transliterate';
import { html, type SafeHtml } from '../templates/html';
import { EDITION_NAMES } from '../templates/switchers';

/**
 * Pages outside every edition: the landing at `/` and `/404.html`. They speak all three
 * editions at once, each block in its own language and script (and marked with its `lang`), under
 * a header without words; having no Latin twin to generate a Cyrillic page from, they
 * transliterate their Serbian strings themselves.
 */
const sr = DICTIONARIES.sr;
const en = DICTIONARIES.en;

interface SpecialData {
  /** `_data/transliteration.json`: words the author keeps in Latin (the site's name). */
  transliteration?: TransliterationData;
}

/** A UI string in an edition's own language and script. */
function say(edition: Edition, key: UiKey, options: TransliterationOptions): string {
  if (edition === 'en') return en[key];
  return edition === 'sr-Cyrl' ? latinToCyrillic(sr[key], options) : sr[key];
}

function editionHome(edition: Edition): string {
  return edition === 'sr-Cyrl' ? '/sr-cyrl/' : homeUrl(edition === 'en' ? 'en' : 'sr');
}

/** The order editions are offered in: Serbian first (the site's main language), Cyrillic, English. */
const OFFERED: readonly Edition[] = ['sr-Latn', 'sr-Cyrl', 'en'];

/** The same words in the three editions, one line each (never a line that wraps into the next). */
function stacked(key: UiKey, options: TransliterationOptions): SafeHtml {
  return html`${OFFERED.map((e) => html`<span class="stacked-line" lang="${e}">${say(e, key, options)}</span>`)}`;
}

export const landingTemplate = {
  data: {
    layout: 'base.11ty.ts',
    permalink: '/',
    lang: 'sr',
    standalone: true,
    xDefault: '/',
    pageHead: () => ({ title: `${sr['landing.choose']} · ${latinToCyrillic(sr['landing.choose'])} · ${en['landing.choose']}`, description: en['landing.description'] }),
  },
  render(data: SpecialData): string {
    const options = optionsFromData(data.transliteration ?? {});
    return html`<section class="landing">
<h1 class="stacked">${stacked('landing.welcome', options)}</h1>
<ul class="edition-list">
${OFFERED.map(
  (e) => html`<li class="edition" lang="${e}">
<h2 class="edition-name"><a href="${editionHome(e)}" hreflang="${e}">${EDITION_NAMES[e]}</a></h2>
${e === 'en' ? '' : html`<p class="edition-script">${say(e, e === 'sr-Cyrl' ? 'landing.cyrillic' : 'landing.latin', options)}</p>`}
<p>${say(e, 'landing.description', options)}</p>
</li>`,
)}
</ul>
</section>`.value;
  },
};

export const notFoundTemplate = {
  data: {
    layout: 'base.11ty.ts',
    permalink: '/404.html',
    lang: 'sr',
    standalone: true,
    pageHead: () => ({ title: `${sr['notFound.title']} · ${en['notFound.title']}`, description: `${sr['notFound.text']} ${en['notFound.text']}` }),
  },
  render(data: SpecialData): string {
    const options = optionsFromData(data.transliteration ?? {});
    return html`<section class="not-found">
<h1 class="stacked">${stacked('notFound.title', options)}</h1>
<ul class="edition-list">
${OFFERED.map(
  (e) => html`<li class="edition" lang="${e}">
<p>${say(e, 'notFound.text', options)}</p>
<p><a href="${editionHome(e)}" hreflang="${e}">${say(e, 'notFound.home', options)} →</a></p>
</li>`,
)}
</ul>
</section>`.value;
  },
};
