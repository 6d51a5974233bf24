import { rememberLayoutCall } from '../dev/layout-calls';
import { sourceEdition, type Lang } from '../config/editions';
import { absoluteUrl, homeUrl } from '../config/routes';
import { pageAlternates, pageTargets } from '../content/alternates';
import { formatDate } from '../i18n/format';
import { translator, type Translate } from '../i18n/translate';
import { html, raw } from '../templates/html';
import { coverSocialTags } from '../images/cover';
import { renderShell } from '../templates/shell';
import { seoHead } from '../seo/head';
import { feedUrl } from '../feeds/definitions';
import type { TemplateContext } from '../types/eleventy';
import type { BaseData } from '../types/page-data';
import { pageTurn } from '../pipeline/build-context';

/** The full `<title>`: the page's own title, then the site's. The home shows the site first. */
export function documentTitle(title: string, siteTitle: string, home: boolean): string {
  return home ? `${siteTitle} | ${title}` : `${title} | ${siteTitle}`;
}

function bannerOf(data: BaseData, t: Translate, lang: Lang): string | undefined {
  if (!data.preview) return undefined;
  if (data.preview.draft) return t('article.draft');
  if (data.preview.scheduled && data.date) return t('article.scheduled', { date: formatDate(data.date, sourceEdition(lang)) });
  return undefined;
}

/** The page around its body; in a production build, once it is the page's turn (`pageTurn`). */
export function render(this: TemplateContext, data: BaseData): string | Promise<string> {
  const turn = pageTurn(data.page.url);
  return turn ? turn.then(() => renderBase(this, data)) : renderBase(this, data);
}

function renderBase(context: TemplateContext, data: BaseData): string {
  rememberLayoutCall('base', context, data); // `npm start` only: see src/dev/hot-page.ts
  const lang = data.lang;
  const edition = sourceEdition(lang);
  const t = translator(context, lang);
  const url = data.page.url || homeUrl(lang);
  const targets = pageTargets(data, url, data.collections.translationMap);
  const head = data.pageHead ? data.pageHead(data, t) : { title: data.title, description: data.description };
  const canonical = absoluteUrl(url, data.site.url);
  const documentTitleText = documentTitle(head.title, data.site.title, data.kind === 'home');
  return renderShell(
    {
      edition,
      lang,
      title: documentTitleText,
      description: head.description,
      canonical,
      head: html`${seoHead(data, { edition, url, title: head.title, description: head.description, canonical, targets, t })}${coverSocialTags(data.page.inputPath, data, data.site.url)}`,
      alternates: pageAlternates(data, targets, data.site.url),
      siteTitle: data.site.title,
      switcher: { edition, targets },
      url,
      stylesheet: data.stylesheet,
      banner: bannerOf(data, t, lang),
      problems: data.contentProblems?.map((p) => `${p.file}: ${p.message}`),
      year: data.build.year,
      metaCsp: data.build.metaCsp === true,
      authorName: data.site.author.name,
      feedUrl: feedUrl(edition, 'atom'),
      standalone: data.standalone,
      main: raw(data.content),
      scripts: data.scripts,
    },
    t,
  );
}
