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
  return html`<article class="library-item" data-pagefind-body>
<header class="article-header">
<h1>${data.title}</h1>
<dl class="facts">
<dt>${t('library.authors')}</dt><dd data-pagefind-meta="authors">${(data.authors ?? []).join(', ')}</dd>
<dt>${t('library.year')}</dt><dd>${data.year}</dd>
<dt>${t('library.format')}</dt><dd>${t(`library.format.${format}`)}</dd>
${data.pages ? html`<dt>${t('library.pages')}</dt><dd>${data.pages}</dd>` : ''}
${data.isbn ? html`<dt>${t('library.isbn')}</dt><dd>${data.isbn}</dd>` : ''}
</dl>
<p class="lead">${data.description}</p>
<p>${action}</p>
${translation ? html`<p class="translation"><a href="${translation}" hreflang="${other}">${t('library.translation')}</a></p>` : ''}
</header>
<div class="prose">
${raw(data.content)}
</div>
</article>`.value;
}
