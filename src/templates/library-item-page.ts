import { statSync } from 'node:fs';
import path from 'node:path';
import { libraryFileUrl } from '../config/routes';
import { editionTargets } from '../content/alternates';
import type { SiteSettings } from '../content/schema';
import { libraryAuthors, pageKeyOf, type TranslationMap } from '../content/site-model';
import { formatFileSize } from '../i18n/format';
import { translator } from '../i18n/translate';
import { renderCover } from '../images/cover';
import { renderBookCover } from './book-cover';
import { html, raw } from './html';
import { renderTranslationNote } from './translation-note';
import type { ContentData, TemplateContext } from '../types/eleventy';

interface LibraryItemData extends ContentData {
  siteRoot: string;
  site: SiteSettings;
  content: string;
  collections: { translationMap: TranslationMap };
}

/** An eLibrary item: its cover beside what it is, how to get it, and the author's note on it. */
export function render(this: TemplateContext, data: LibraryItemData): string {
  const lang = data.lang;
  const t = translator(this, lang);
  const targets = editionTargets(data.page.url || '', lang, pageKeyOf(data), data.collections.translationMap);
  const format = data.format ?? 'web';
  const authors = libraryAuthors(data, data.site.author.name);
  let action;
  if (data.file) {
    // The file was checked to exist before the build started (content validation).
    const { key, size } = formatFileSize(statSync(path.join(data.siteRoot, data.file)).size, lang);
    action = html`<a class="button" href="${libraryFileUrl(data.file)}" download type="${format === 'pdf' ? 'application/pdf' : 'application/epub+zip'}">${t('library.download', { format: t(`library.format.${format}`), size: t(key, { size }) })}</a>`;
  } else if (data.url) {
    action = html`<a class="button" href="${data.url}" rel="noopener noreferrer">${t('library.visit')}</a>`;
  }
  const picture = renderCover(data.page.inputPath, data, 'card');
  return html`<article class="library-item" data-pagefind-body data-pagefind-filter="kind:library-item">
<header class="library-header">
<h1>${data.title}</h1>
<p class="lead">${data.description}</p>
<dl class="facts">
<dt data-pagefind-ignore>${t(authors.length > 1 ? 'library.authors' : 'library.author')}</dt><dd data-pagefind-meta="authors">${authors.join(', ')}</dd>
<dt data-pagefind-ignore>${t('library.year')}</dt><dd data-pagefind-ignore data-pagefind-meta="year">${data.year}</dd>
<dt data-pagefind-ignore>${t('library.format')}</dt><dd data-pagefind-ignore>${t(`library.format.${format}`)}</dd>
${data.pages ? html`<dt data-pagefind-ignore>${t('library.pages')}</dt><dd data-pagefind-ignore>${data.pages}</dd>` : ''}
${data.isbn ? html`<dt data-pagefind-ignore>${t('library.isbn')}</dt><dd data-pagefind-ignore>${data.isbn}</dd>` : ''}
</dl>
<p class="library-action" data-pagefind-ignore>${action}</p>
${renderTranslationNote(lang, targets, t, 'library')}
</header>
<div class="library-cover">${picture.value ? picture : renderBookCover(data.title, authors)}</div>
<div class="prose">
${raw(data.content)}
</div>
</article>`.value;
}
