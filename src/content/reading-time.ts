/** Words a reader reads in a minute; a common figure for prose on screen. */
export const WORDS_PER_MINUTE = 200;

/**
 * Minutes to read rendered HTML, at least 1. Tags and code blocks' markup are not words;
 * counting runs of letters or digits works for both scripts.
 */
export function readingMinutes(renderedHtml: string): number {
  const text = renderedHtml.replace(/<[^>]*>/g, ' ');
  const words = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
