import type { Edition, Lang } from '../config/editions';
import type { Translate } from '../i18n/translate';
import { html, type SafeHtml } from './html';

/**
 * Under a page's title: a link to its translation into the other language, or a sentence saying
 * there is none, in visible text (the switcher's link then leads to that language's home, and a
 * tooltip is never seen on a phone). The Cyrillic edition needs no word of its own here: every
 * Serbian page has both scripts.
 */
export function renderTranslationNote(lang: Lang, targets: Partial<Record<Edition, string>>, t: Translate, kind: 'article' | 'library'): SafeHtml {
  const other: Edition = lang === 'sr' ? 'en' : 'sr-Latn';
  const target = targets[other];
  if (target) {
    return html`<p class="translation" data-pagefind-ignore><a href="${target}" hreflang="${other}">${kind === 'article' ? t('article.translation') : t('library.translation')}</a></p>`;
  }
  return html`<p class="translation translation-missing" data-pagefind-ignore>${kind === 'article' ? t('article.noTranslation') : t('library.noTranslation')}</p>`;
}
