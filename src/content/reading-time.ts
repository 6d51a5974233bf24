/** Words a reader reads in a minute; a common figure for prose on screen. */
export const WORDS_PER_MINUTE = 200;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Whether the code point `c` is a letter or a digit (ASCII decided without a regular expression). */
function isLetterOrDigit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(c));
}

/**
 * Words in rendered HTML: runs that start with a letter or digit and go on through letters,
 * digits, apostrophes and hyphens (`e-mail`, `don't` are one word), in any script. Tags (`<…>`)
 * separate words and are not counted. One pass over the string, nothing allocated per word: it
 * runs on every article of every build.
 */
export function countWords(renderedHtml: string): number {
  let words = 0;
  let inWord = false;
  const length = renderedHtml.length;
  for (let i = 0; i < length; i++) {
    let c = renderedHtml.charCodeAt(i);
    if (c === 60 /* < */) {
      const end = renderedHtml.indexOf('>', i + 1);
      if (end !== -1) {
        inWord = false;
        i = end;
        continue;
      }
    }
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < length) {
      c = renderedHtml.codePointAt(i)!;
      if (c > 0xffff) i++;
    }
    if (isLetterOrDigit(c)) {
      if (!inWord) words++;
      inWord = true;
    } else if (!(inWord && (c === 39 /* ' */ || c === 0x2019 /* ’ */ || c === 45 /* - */))) {
      inWord = false;
    }
  }
  return words;
}

/** Minutes to read rendered HTML, at least 1. */
export function readingMinutes(renderedHtml: string): number {
  return Math.max(1, Math.round(countWords(renderedHtml) / WORDS_PER_MINUTE));
}
