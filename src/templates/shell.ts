import type { Edition, Lang } from '../config/editions';
import { homeUrl, sectionUrl } from '../config/routes';
import type { Translate } from '../i18n/translate';
import { renderProblemsBanner } from '../content/preview-problems';
import { metaContentSecurityPolicy } from '../security/headers';
import { PRELOADED_FONTS } from './fonts';
import { attr, html, type SafeHtml } from './html';
import { renderSwitcher, type SwitcherView } from './switchers';

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
  readonly authorName: string;
  /** The edition's Atom feed, linked from the footer. */
  readonly feedUrl: string;
  /**
   * Pages outside the editions (`/`, `/404.html`): a neutral header (the name of the site, no
   * navigation or switcher in one language) and a footer without words in any language.
   */
  readonly standalone?: boolean;
  /** The policy in a `<meta>` too, first in `<head>` (hosts without headers: GitHub Pages). */
  readonly metaCsp?: boolean;
  /** Extra `<head>` markup (feeds, structured data) from other features. */
  readonly head?: SafeHtml;
  readonly main: SafeHtml;
  /** Scripts are only for pages that need them (search); never inline. */
  readonly scripts?: readonly string[];
}

/**
 * The site's navigation and search. On a phone they are folded into a `<details>` menu (no
 * JavaScript); from tablet width up the stylesheet shows them in the header and hides the menu's
 * summary (`::details-content`).
 */
function renderMenu(view: ShellView, t: Translate): SafeHtml {
  const nav: [string, string][] = [
    [sectionUrl('articles', view.lang), t('nav.articles')],
    [sectionUrl('library', view.lang), t('nav.library')],
    [sectionUrl('recommendations', view.lang), t('nav.recommendations')],
    [sectionUrl('author', view.lang), t('nav.author')],
  ];
  const searchUrl = sectionUrl('search', view.lang);
  return html`<details class="menu">
<summary><span class="menu-icon" aria-hidden="true"></span>${t('nav.menu')}</summary>
<div class="menu-panel">
<nav class="site-nav" aria-label="${t('nav.label')}"><ul>${nav.map(([href, label]) => html`<li><a href="${href}"${attr('aria-current', view.url.startsWith(href) ? 'page' : undefined)}>${label}</a></li>`)}</ul></nav>
<form class="site-search" role="search" action="${searchUrl}" method="get"><label class="visually-hidden" for="site-search-q">${t('search.label')}</label><input id="site-search-q" type="search" name="q" placeholder="${t('search.placeholder')}" autocomplete="off"><button type="submit">${t('search.submit')}</button></form>
</div>
</details>`;
}

function renderHeader(view: ShellView, t: Translate): SafeHtml {
  if (view.standalone) {
    return html`<header class="site-header"><div class="wrap masthead"><a class="brand" href="/" translate="no">${view.siteTitle}</a></div></header>`;
  }
  const home = homeUrl(view.lang);
  return html`<header class="site-header">
<div class="wrap masthead">
<a class="brand" href="${home}" translate="no"${attr('aria-current', view.url === home ? 'page' : undefined)}>${view.siteTitle}</a>
${renderSwitcher(view.switcher, t)}
${renderMenu(view, t)}
</div>
</header>`;
}

function renderFooter(view: ShellView, t: Translate): SafeHtml {
  if (view.standalone) {
    return html`<footer class="site-footer"><div class="wrap"><p><span translate="no">${view.siteTitle}</span> · © ${view.year} ${view.authorName}</p></div></footer>`;
  }
  return html`<footer class="site-footer">
<div class="wrap">
<p class="footer-title"><a href="${homeUrl(view.lang)}" translate="no">${view.siteTitle}</a> · ${t('header.tagline')}</p>
<p>${t('footer.copyright', { year: view.year, name: view.authorName })} · <a href="${sectionUrl('author', view.lang)}">${t('nav.author')}</a> · <a href="${sectionUrl('tags', view.lang)}">${t('nav.tags')}</a> · <a href="${view.feedUrl}">${t('footer.feed')}</a></p>
<p>${t('footer.privacy')}</p>
</div>
</footer>`;
}

/** The HTML document around every page. No inline script or style: the CSP allows none. */
export function renderShell(view: ShellView, t: Translate): string {
  return html`<!doctype html>
<html lang="${view.edition}" dir="ltr">
<head>
<meta charset="utf-8">
${view.metaCsp ? html`<meta http-equiv="Content-Security-Policy" content="${metaContentSecurityPolicy()}">\n<meta name="referrer" content="no-referrer">\n` : ''}<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${view.title}</title>
<meta name="description" content="${view.description}">
<link rel="canonical" href="${view.canonical}">
${view.alternates.map((a) => html`<link rel="alternate" hreflang="${a.hreflang}" href="${a.href}">\n`)}<meta name="color-scheme" content="light dark">
${PRELOADED_FONTS.map((font) => html`<link rel="preload" href="${font}" as="font" type="font/woff2" crossorigin>\n`)}<link rel="stylesheet" href="${view.stylesheet}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
${view.head ?? ''}</head>
<body>
<a class="skip-link" href="#main">${t('nav.skip')}</a>
${renderHeader(view, t)}
${renderProblemsBanner(t('preview.problems'), view.problems ?? [])}${view.banner ? html`<p class="banner" role="status">${view.banner}</p>\n` : ''}<main id="main" tabindex="-1">
${view.main}
</main>
${renderFooter(view, t)}
${(view.scripts ?? []).map((src) => html`<script type="module" src="${src}"></script>\n`)}</body>
</html>
`.value;
}
