import path from 'node:path';
import type { Lang } from '../config/editions';
import { sectionUrl } from '../config/routes';
import type { SiteSettings } from '../content/schema';
import type { Translate } from '../i18n/translate';
import { picturePlaceholder } from '../images/placeholder';
import { resolveImageSource } from '../images/sources';
import { html, raw, type SafeHtml } from './html';

/** How wide the portrait is shown (site.css `.portrait`): small on cards, larger on the author page. */
const PORTRAIT_SIZES = '(min-width: 48rem) 10rem, 6rem';

/** The initials of a name, for the monogram: `Dragan M.` → `DM`, `Ana` → `A`. */
export function monogram(name: string): string {
  const letters = name
    .split(/[\s.\-]+/u)
    .filter(Boolean)
    .map((word) => [...word][0] ?? '')
    .filter((letter) => /\p{L}/u.test(letter));
  return (letters.length > 2 ? [letters[0], letters[letters.length - 1]] : letters).join('').toLocaleUpperCase();
}

/** A profile's address as a reader recognises it: `linkedin.com/in/ana`. */
export function profileLabel(url: string): string {
  const parsed = new URL(url);
  const route = parsed.pathname.replace(/\/+$/, '');
  return `${parsed.host.replace(/^www\./, '')}${route}`;
}

/**
 * The author's portrait (`author.portrait` of `_data/site.yaml`, processed like every picture),
 * or a monogram of their name when there is none. The monogram is decoration: the name is always
 * written beside it.
 */
export function renderPortrait(site: SiteSettings, siteRoot: string | undefined): SafeHtml {
  const portrait = site.author.portrait;
  if (portrait && siteRoot) {
    const contentDir = path.join(siteRoot, 'content');
    const source = resolveImageSource(portrait.src, path.join(contentDir, 'site.yaml'), contentDir);
    // The site check refused anything else before rendering began (src/content/site-checks.ts).
    if ('error' in source) throw new Error(`_data/site.yaml: author.portrait.src: ${source.error}`);
    const file = path.relative(contentDir, source.file).split(path.sep).join('/');
    return raw(picturePlaceholder({ file, alt: portrait.alt, sizes: PORTRAIT_SIZES, className: 'portrait' }));
  }
  return html`<span class="portrait monogram" aria-hidden="true">${monogram(site.author.name)}</span>`;
}

/** On the home page, beside the welcome: who writes here, and where to read more about them. */
export function renderAuthorCard(site: SiteSettings, lang: Lang, t: Translate, siteRoot: string | undefined): SafeHtml {
  return html`<aside class="author-card" aria-labelledby="author-card-name">
${renderPortrait(site, siteRoot)}
<p class="author-card-name" id="author-card-name">${site.author.name}</p>
<p class="author-card-bio">${site.author.bio[lang]}</p>
<p class="more"><a href="${sectionUrl('author', lang)}">${t('author.more')} →</a></p>
</aside>`;
}

/** The top of the author page: portrait, name, the short bio, how to reach the author. */
export function renderAuthorIntro(site: SiteSettings, lang: Lang, t: Translate, siteRoot: string | undefined): SafeHtml {
  const { email, sameAs = [] } = site.author;
  const links = [
    ...(email ? [html`<li><a href="mailto:${email}" translate="no">${email}</a></li>`] : []),
    ...sameAs.map((url) => html`<li><a href="${url}" rel="me noopener noreferrer" translate="no">${profileLabel(url)}</a></li>`),
  ];
  return html`<div class="author-intro">
${renderPortrait(site, siteRoot)}
<div>
<p class="author-name">${site.author.name}</p>
<p class="author-bio">${site.author.bio[lang]}</p>
${links.length ? html`<ul class="author-links" aria-label="${t('author.links')}">${links}</ul>` : ''}
</div>
</div>`;
}
