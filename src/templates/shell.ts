import type { Edition, Lang } from '../config/editions';
import { homeUrl, sectionUrl } from '../config/routes';
import type { Translate } from '../i18n/translate';
import { attr, html, type SafeHtml } from './html';
import { renderSwitchers, type SwitcherView } from './switchers';
import { renderProblemsBanner } from '../content/preview-problems';
import { metaContentSecurityPolicy } from '../security/headers';

export interface Alternate {
  readonly hreflang: string;
  readonly href: string;
}

/** Everything the page shell needs; built by the base layout from Eleventy's data. */
export interface ShellView {
  readonly edition: Edition;
  readonly lang: Lang;
  /** The complete `<title>`. */
  readonly title: string;
  readonly description: string;
  readonly canonical: string;
  readonly alternates: readonly Alternate[];
  readonly siteTitle: string;
  readonly switcher: SwitcherView;
  /** The page's root-relative URL, to mark the current section in the navigation. */
  readonly url: string;
  readonly stylesheet: string;
  readonly banner?: string;
  /** Preview only: content problems to fix, one line each (`file: message`). */
  readonly problems?: readonly string[];
  readonly year: number;
  /** The policy in a `<meta>` too, first in `<head>` (hosts without headers: GitHub Pages). */
  readonly metaCsp?: boolean;
  readonly authorName: string;
  readonly supportUrl: string;
  readonly supportLabel: string;
  /** Extra `<head>` markup (feeds, structured data) from other features. */
  readonly head?: SafeHtml;
  readonly main: SafeHtml;
  /** Scripts are only for pages that need them (search); never inline. */
  readonly scripts?: readonly string[];
}

/** The HTML document around every page. No inline script or style: the CSP allows none. */
export function renderShell(view: ShellView, t: Translate): string {
  const nav: [string, string][] = [
    [homeUrl(view.lang), t('nav.home')],
    [sectionUrl('articles', view.lang), t('nav.articles')],
    [sectionUrl('library', view.lang), t('nav.library')],
    [sectionUrl('recommendations', view.lang), t('nav.recommendations')],
    [sectionUrl('author', view.lang), t('nav.author')],
  ];
  const current = (href: string) => (href === homeUrl(view.lang) ? view.url === href : view.url.startsWith(href));
  const searchUrl = sectionUrl('search', view.lang);
  return html`<!doctype html>
<html lang="${view.edition}" dir="ltr">
<head>
<meta charset="utf-8">
${view.metaCsp ? html`<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy()}">\n<meta name="referrer" content="no-referrer">\n` : ''}<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${view.title}</title>
<meta name="description" content="${view.description}">
<link rel="canonical" href="${view.canonical}">
${view.alternates.map((a) => html`<link rel="alternate" hreflang="${a.hreflang}" href="${a.href}">\n`)}<meta name="color-scheme" content="light dark">
<link rel="stylesheet" href="${view.stylesheet}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
${view.head ?? ''}</head>
<body>
<a class="skip-link" href="#main">${t('nav.skip')}</a>
<header class="site-header">
<div class="wrap header-top">
<p class="brand"><a href="${homeUrl(view.lang)}"${attr('aria-current', view.url === homeUrl(view.lang) ? 'page' : undefined)}>${view.siteTitle}</a> <span class="tagline">${t('header.tagline')}</span></p>
${renderSwitchers(view.switcher, t)}
</div>
<div class="wrap header-bottom">
<nav class="site-nav" aria-label="${t('nav.label')}"><ul>${nav.map(([href, label]) => html`<li><a href="${href}"${attr('aria-current', current(href) ? 'page' : undefined)}>${label}</a></li>`)}</ul></nav>
<form class="site-search" role="search" action="${searchUrl}" method="get"><label class="visually-hidden" for="site-search-q">${t('search.label')}</label><input id="site-search-q" type="search" name="q" placeholder="${t('search.placeholder')}" autocomplete="off"><button type="submit">${t('search.submit')}</button></form>
</div>
</header>
${renderProblemsBanner(t('preview.problems'), view.problems ?? [])}${view.banner ? html`<p class="banner" role="status">${view.banner}</p>\n` : ''}<main id="main" class="wrap" tabindex="-1">
${view.main}
</main>
<footer class="site-footer">
<div class="wrap">
<p>${t('footer.copyright', { year: view.year, name: view.authorName })} · ${t('footer.privacy')}</p>
<p><a href="${view.supportUrl}" rel="noopener noreferrer">${view.supportLabel}</a></p>
</div>
</footer>
${(view.scripts ?? []).map((src) => html`<script type="module" src="${src}"></script>\n`)}</body>
</html>
`.value;
}
