import { EDITIONS } from '../config/editions';
import { homeUrl } from '../config/routes';
import { DICTIONARIES } from '../i18n/dictionary';
import { latinToCyrillic } from '../i18n/transliterate';
import { html } from '../templates/html';
import { EDITION_NAMES } from '../templates/switchers';

/**
 * Pages outside every edition: the landing at `/` and `/404.html`. They speak all three
 * editions at once, so each block carries its own `lang`; having no Latin twin to generate a
 * Cyrillic page from, they transliterate their Serbian strings themselves.
 */
const sr = DICTIONARIES.sr;
const en = DICTIONARIES.en;
const cyr = (key: keyof typeof sr) => latinToCyrillic(sr[key]);

export const landingTemplate = {
  data: {
    layout: 'base.11ty.ts',
    permalink: '/',
    lang: 'sr',
    standalone: true,
    xDefault: '/',
    pageHead: () => ({ title: `${sr['landing.choose']} · ${en['landing.choose']}`, description: en['landing.description'] }),
  },
  render(): string {
    return html`<section class="landing">
<h1><span lang="sr-Latn">${sr['landing.choose']}</span> · <span lang="sr-Cyrl">${cyr('landing.choose')}</span> · <span lang="en">${en['landing.choose']}</span></h1>
<p lang="sr-Latn">${sr['landing.description']} ${sr['landing.recommended']}</p>
<ul class="editions">
${EDITIONS.map((e) => html`<li><a class="button" href="${e === 'sr-Cyrl' ? '/sr-cyrl/' : homeUrl(e === 'en' ? 'en' : 'sr')}" hreflang="${e}" lang="${e}">${EDITION_NAMES[e]}</a></li>`)}
</ul>
<p lang="en">${en['landing.description']}</p>
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
  render(): string {
    return html`<section class="not-found">
<h1><span lang="sr-Latn">${sr['notFound.title']}</span> · <span lang="en">${en['notFound.title']}</span></h1>
<div lang="sr-Latn"><p>${sr['notFound.text']}</p><p><a href="/sr/">${sr['notFound.home']}</a></p></div>
<div lang="sr-Cyrl"><p>${cyr('notFound.text')}</p><p><a href="/sr-cyrl/">${cyr('notFound.home')}</a></p></div>
<div lang="en"><p>${en['notFound.text']}</p><p><a href="/en/">${en['notFound.home']}</a></p></div>
</section>`.value;
  },
};
