/**
 * What stays Latin in the Cyrillic edition, element by element: shared by the edition itself
 * (`edition.ts`) and by the search index (`search/fold-page.ts`), which marks the same runs so the
 * Cyrillic search page can show a result exactly as the Cyrillic page reads.
 */

/** Elements whose whole subtree is never transliterated, whatever their descendants say. */
export const PROTECTED_ELEMENTS: ReadonlySet<string> = new Set([
  'code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'textarea', 'svg', 'math',
]);

/**
 * Language tags whose text can be written in Cyrillic: `sr`, `sr-Cyrl` and either with a region
 * (`sr-RS`, `sr-Cyrl-RS`, `sr-BA`…). Everything else, `sr-Latn` included, marks text that must
 * stay as written (the page uses `lang="sr-Latn"` for the "latinica" switcher label).
 */
const CYRILLIC_ABLE_LANG = /^sr(?:-cyrl)?(?:-(?:[a-z]{2}|\d{3}))?$/i;
/** The Latin edition's own language on the root element (its text is what gets transliterated). */
const LATIN_ROOT_LANG = /^sr-latn(-.*)?$/i;

/** Protection state of an open element. */
export interface Protection {
  /** Inside code/pre/script/…: nothing below is ever transliterated. */
  readonly hard: boolean;
  /** `translate="no"` in effect (inherited, reset by `translate="yes"`). */
  readonly translateNo: boolean;
  /** The nearest `lang` is not Cyrillic-able (inherited, reset by a Serbian `lang`). */
  readonly foreign: boolean;
}

export const UNPROTECTED: Protection = { hard: false, translateNo: false, foreign: false };

/** The protection of element `name` with `attributes` inside `parent` (`isRoot`: the `<html>`). */
export function protectionOf(parent: Protection, name: string, attributes: Readonly<Record<string, string>>, isRoot: boolean): Protection {
  const lang = attributes['lang'];
  const translate = attributes['translate'];
  let foreign = parent.foreign;
  if (lang !== undefined) {
    const tag = lang.trim();
    foreign = !(CYRILLIC_ABLE_LANG.test(tag) || (isRoot && LATIN_ROOT_LANG.test(tag)));
  }
  return {
    hard: parent.hard || PROTECTED_ELEMENTS.has(name),
    translateNo: translate === undefined ? parent.translateNo : translate.trim().toLowerCase() === 'no',
    foreign,
  };
}

/** Whether text directly inside an element with this protection stays as written. */
export function isProtected(protection: Protection): boolean {
  return protection.hard || protection.translateNo || protection.foreign;
}
