/**
 * How a Serbian search result reads in each script.
 *
 * Only the Serbian pages as the author wrote them are indexed, once for both editions (the two
 * scripts fold to the same search keys). Their text travels in the result file as written, in
 * the script or mix of scripts of the source, split into the runs the editions convert one by one
 * (the text between two tags), each run marked when it stays as written in an edition (code,
 * another language, `translate="no"`: in both; `lang="sr-Latn"`: in the Cyrillic one;
 * `lang="sr-Cyrl"`: in the Latin one; see `editions/protection.ts`). Each search page converts
 * run by run, as its edition does, so a result reads as its page. No Node imports: bundled for
 * the browser.
 */
import { cyrillicToLatin, latinToCyrillic, type TransliterationOptions } from '../i18n/transliterate';

/** Starts each text run of the page (Private Use Area: never in the site's own text). */
export const RUN = '\uE000';
/** Follows {@link RUN} when the run stays as written in both editions. */
export const KEEP = '\uE001';
/** Follows {@link RUN} when the run stays as written in the Cyrillic edition only (`lang="sr-Latn"`). */
export const KEEP_IN_CYRL = '\uE002';
/** Follows {@link RUN} when the run stays as written in the Latin edition only (`lang="sr-Cyrl"`). */
export const KEEP_IN_LATN = '\uE003';

const MARKS = /[\uE000-\uE003]/g;

/** The mark that starts a run which each edition keeps as written (or not). */
export function runMark(keepInLatn: boolean, keepInCyrl: boolean): string {
  return RUN + (keepInLatn && keepInCyrl ? KEEP : keepInCyrl ? KEEP_IN_CYRL : keepInLatn ? KEEP_IN_LATN : '');
}

/** The text without its marks, as written. */
export function stripMarks(text: string): string {
  return text.replace(MARKS, '');
}

/** The text as the `script` page reads: each run converted unless marked to stay. */
function inScript(text: string, script: 'Latn' | 'Cyrl', options?: TransliterationOptions): string {
  const stays = script === 'Latn' ? KEEP_IN_LATN : KEEP_IN_CYRL;
  return text
    .split(RUN)
    .map((run) => {
      if (run.startsWith(KEEP) || run.startsWith(stays)) return stripMarks(run);
      const plain = stripMarks(run);
      return script === 'Cyrl' ? latinToCyrillic(plain, options) : cyrillicToLatin(plain);
    })
    .join('');
}

/** The text as the Cyrillic page reads. */
export function toCyrillicText(text: string, options?: TransliterationOptions): string {
  return inScript(text, 'Cyrl', options);
}

/** A text of the index in the reader's script, whitespace collapsed. */
export function displayText(text: string, script: 'Latn' | 'Cyrl', options?: TransliterationOptions): string {
  return inScript(text, script, options).replace(/\s+/g, ' ').trim();
}
