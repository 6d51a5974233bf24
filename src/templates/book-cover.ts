import { html, type SafeHtml } from './html';

/** How many colourways typographic covers come in (`.book-cover-0` … in site.css). */
export const BOOK_COVER_VARIANTS = 5;

/**
 * The colourway of a title: the same title always gets the same one, and neighbouring titles
 * usually differ. FNV-1a over the UTF-16 code units: small, stable, no dependency.
 */
export function bookCoverVariant(title: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < title.length; i++) {
    hash ^= title.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % BOOK_COVER_VARIANTS;
}

/**
 * A cover made of type, for an eLibrary item whose author supplied no picture: the title and the
 * authors set on a coloured board. HTML rather than SVG, so the Cyrillic edition transliterates
 * its text like the rest of the page (it never touches text inside `<svg>`). Hidden from screen
 * readers: the title and authors are read from the card or page right beside it.
 */
export function renderBookCover(title: string, authors: readonly string[]): SafeHtml {
  return html`<div class="book-cover book-cover-${bookCoverVariant(title)}" aria-hidden="true"><span class="book-cover-title">${title}</span><span class="book-cover-author">${authors.join(', ')}</span></div>`;
}
