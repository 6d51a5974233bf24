import { statSync } from 'node:fs';
import path from 'node:path';
import { libraryFileUrl } from '../config/routes';
import { editionTargets } from '../content/alternates';
import { pageKeyOf, type TranslationMap } from '../content/site-model';
import { formatFileSize } from '../i18n/format';
import { translator } from '../i18n/translate';
import { html, raw } from './html';
import type { ContentData, TemplateContext } from '../types/eleventy';



interface LibraryItemData extends ContentData {
  siteRoot: string;
  content: string;
  collections: { translationMap: TranslationMap };
}

export function render(this: TemplateContext, data: LibraryItemData): string {
  const lang = data.lang;
  const t = translator(this, lang);
  const other = lang === 'sr' ? 'en' : 'sr-Latn';
  const translation = editionTargets(data.page.url || '', lang, pageKeyOf(data), data.collections.translationMap)[other];
  const format = data.format ?? 'web';
  let action;
  if (data.file) {
    // The file was checked to exist before the build started (content validation).
    const { key, size } = formatFileSize(statSync(path.join(data.siteRoot, data.file)).size, lang);
    action = html`<a class="button" href="${libraryFileUrl(data.file)}" download type="${format === 'pdf' ? 'application/pdf' : 'application/epub+zip'}">${t('library.download', { format: t(`library.format.${format}`), size: t(key, { size }) })}</a>`;
  } else if (data.url) {
    action = html`<a class="button" href="${data.url}" rel="noopener noreferrer">${t('library.visit')}</a>`;
  }
  return html`<article class="library-item" data-pagefind-body data-pagefind-filter="kind:library-item">
<header class="article-header">
<h1>${data.title}</h1>
<dl class="facts">
<dt data-pagefind-ignore>${t('library.authors')}</dt><dd data-pagefind-meta="authors">${(data.authors ?? []).join(', ')}</dd>
<dt data-pagefind-ignore>${t('library.year')}</dt><dd data-pagefind-ignore data-pagefind-meta="year">${data.year}</dd>
<dt data-pagefind-ignore>${t('library.format')}</dt><dd data-pagefind-ignore>${t(`library.format.${format}`)}</dd>
${data.pages ? html`<dt data-pagefind-ignore>${t('library.pages')}</dt><dd data-pagefind-ignore>${data.pages}</dd>` : ''}
${data.isbn ? html`<dt data-pagefind-ignore>${t('library.isbn')}</dt><dd data-pagefind-ignore>${data.isbn}</dd>` : ''}
</dl>
<p class="lead">${data.description}</p>
<p data-pagefind-ignore>${action}</p>
${translation ? html`<p class="translation" data-pagefind-ignore><a href="${translation}" hreflang="${other}">${t('library.translation')}</a></p>` : ''}
</header>
<div class="prose">
${raw(data.content)}
</div>
</article>`.value;
}
