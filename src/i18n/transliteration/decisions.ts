/** What the word rules decide about a word, and the scan state they may look at. */

/** Transliterate the word. */
export const CONVERT = 0;
/** Keep it: a foreign word. It pulls capitalised neighbours in a compound along (Wi-Fi). */
export const KEEP_FOREIGN = 1;
/** Keep it for another reason (acronym, numeral, letters with digits); neighbours are judged alone. */
export const KEEP_OTHER = 2;
export type Decision = typeof CONVERT | typeof KEEP_FOREIGN | typeof KEEP_OTHER;

/** Per-call state of a Latin → Cyrillic scan: what came before, and the current all-caps run. */
export interface ScanState {
  text: string;
  /** End of the previous word token and whether it was title case (Petar I). */
  previousEnd: number;
  previousTitleCase: boolean;
  /** Whether the previous word token was in capitals, of two letters or more (KRALJA PETRA I). */
  previousAllCaps: boolean;
  /** The all-caps run containing positions before capsRunEnd, and whether it is a Serbian passage. */
  capsRunEnd: number;
  capsRunSerbian: boolean;
  /** Code units examined by the rules' own look-arounds (not by the tokenizer): kept linear, and tested. */
  work: number;
}
