/**
 * How a Serbian search result reads in each script.
 *
 * Only the Latin pages of the Serbian edition are indexed (the Cyrillic twins fold to the same
 * search keys, so a second index would double the work for nothing). Their original text travels
 * in the result's metadata, split into the runs the Cyrillic edition transliterates one by one
 * (the text between two tags), each run marked when it stays Latin there (code, another language,
 * `translate="no"`; see `cyrillic/protection.ts`). The Latin search page drops the marks; the
 * Cyrillic one transliterates run by run with the author's exceptions, exactly as the edition
 * does, so a result reads as its page. No Node imports: bundled for the browser.
 */
import { latinToCyrillic, type TransliterationOptions } from '../i18n/transliterate';

/** Starts each text run of the page (Private Use Area: never in the site's own text). */
export const RUN = '\uE000';
/** Follows {@link RUN} when the run stays as written in the Cyrillic edition. */
export const KEEP = '\uE001';

const MARKS = /[\uE000\uE001]/g;

/** The text as the Latin page reads. */
export function stripMarks(text: string): string {
  return text.replace(MARKS, '');
}

/** The text as the Cyrillic page reads: each run transliterated unless marked to stay. */
export function toCyrillicText(text: string, options?: TransliterationOptions): string {
  return text
    .split(RUN)
    .map((run) => (run.startsWith(KEEP) ? stripMarks(run.slice(KEEP.length)) : latinToCyrillic(stripMarks(run), options)))
    .join('');
}

/** A text of the index in the reader's script, whitespace collapsed. */
export function displayText(text: string, script: 'Latn' | 'Cyrl', options?: TransliterationOptions): string {
  return (script === 'Cyrl' ? toCyrillicText(text, options) : stripMarks(text)).replace(/\s+/g, ' ').trim();
}
