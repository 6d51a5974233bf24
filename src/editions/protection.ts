/**
 * What stays as written in each script edition, element by element: shared by the editions
 * (`page-rewriter.ts`) and by the search index (`src/search/fold-page.ts`), which marks the same
 * runs so a search result reads as its page does in either script.
 */

/** The two scripts of the Serbian editions. */
export type Script = 'Latn' | 'Cyrl';
export const SCRIPTS: readonly Script[] = ['Latn', 'Cyrl'];

/** Elements whose whole subtree is never transliterated, whatever their descendants say. */
export const PROTECTED_ELEMENTS: ReadonlySet<string> = new Set([
  'code', 'pre', 'kbd', 'samp', 'var', 'script', 'style', 'textarea', 'svg', 'math',
]);

/**
 * Serbian without a script (`sr`, `sr-RS`, `sr-BA`…): written in either, shown in the edition's.
 * A tag with a script keeps its text in that script in the other edition: `lang="sr-Cyrl"` stays
 * Cyrillic in the Latin edition, `lang="sr-Latn"` Latin in the Cyrillic one (the switchers use
 * both for their labels). Any other language stays as written in both.
 */
const SERBIAN = /^sr(?:-(latn|cyrl))?(?:-(?:[a-z]{2}|\d{3}))?$/i;

/** Protection state of an open element. */
export interface Protection {
  /** Inside code/pre/script/…: nothing below is ever transliterated. */
  readonly hard: boolean;
  /** `translate="no"` in effect (inherited, reset by `translate="yes"`). */
  readonly translateNo: boolean;
  /** The nearest `lang` keeps the text as written in the Latin edition, in the Cyrillic one. */
  readonly keepsInLatn: boolean;
  readonly keepsInCyrl: boolean;
}

export const UNPROTECTED: Protection = { hard: false, translateNo: false, keepsInLatn: false, keepsInCyrl: false };

/** The protection of element `name` with `attributes` inside `parent` (`isRoot`: the `<html>`). */
export function protectionOf(parent: Protection, name: string, attributes: Readonly<Record<string, string>>, isRoot: boolean): Protection {
  const lang = attributes['lang'];
  const translate = attributes['translate'];
  let keepsInLatn = parent.keepsInLatn;
  let keepsInCyrl = parent.keepsInCyrl;
  if (lang !== undefined) {
    const match = SERBIAN.exec(lang.trim());
    if (!match) {
      keepsInLatn = true;
      keepsInCyrl = true;
    } else if (isRoot) {
      // The page's own language: its text is what the editions convert.
      keepsInLatn = false;
      keepsInCyrl = false;
    } else {
      const script = match[1]?.toLowerCase();
      keepsInLatn = script === 'cyrl';
      keepsInCyrl = script === 'latn';
    }
  }
  return {
    hard: parent.hard || PROTECTED_ELEMENTS.has(name),
    translateNo: translate === undefined ? parent.translateNo : translate.trim().toLowerCase() === 'no',
    keepsInLatn,
    keepsInCyrl,
  };
}

/** Whether text directly inside an element with this protection stays as written in the `script` edition. */
export function isProtected(protection: Protection, script: Script): boolean {
  return protection.hard || protection.translateNo || (script === 'Latn' ? protection.keepsInLatn : protection.keepsInCyrl);
}
