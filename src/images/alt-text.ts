/**
 * The explicit marker for a decorative image: `![""](ornament.png)` renders `alt=""`. A bare
 * `![](photo.jpg)` is refused, so an empty description is always a decision, never an oversight.
 */
export const DECORATIVE_ALT_MARKER = '""';

/** The alt text to publish, or `undefined` when the author wrote none (an error). */
export function publishedAlt(written: string): string | undefined {
  const text = written.trim();
  if (text === DECORATIVE_ALT_MARKER || text === '“”' || text === '„“') return '';
  return text ? text : undefined;
}

/** What to tell an author whose image has no alt text. */
export function missingAltMessage(src: string): string {
  return `image ${src} has no alt text: describe it, ![Opis slike](${src}), or mark it decorative with ![""](${src})`;
}
