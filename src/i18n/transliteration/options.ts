/**
 * The author-editable part of transliteration: the options type, the shape of
 * `_data/transliteration.json`, and the conversion between the two.
 */

/** Author-editable exceptions, usually built with {@link optionsFromData} from `_data/transliteration.json`. */
export interface TransliterationOptions {
  /** Extra words or phrases kept as written (whole words, case-sensitive; `Buy Me a Coffee` works). */
  keepLatin?: ReadonlySet<string>;
  /** Extra lowercase word stems in which `lj`, `nj` or `dž` are two letters (`panjevrop` → панјевропски). */
  splitDigraphs?: readonly string[];
}

/** Shape of `_data/transliteration.json`. */
export interface TransliterationData {
  keepLatin?: string[];
  splitDigraphs?: string[];
}

/**
 * Options from the parsed `_data/transliteration.json`. Build it once and pass the same object
 * to every call: compiled patterns are cached per options object.
 */
export function optionsFromData(data: TransliterationData): TransliterationOptions {
  return {
    keepLatin: new Set((data.keepLatin ?? []).map((word) => word.trim()).filter((word) => word !== '')),
    splitDigraphs: (data.splitDigraphs ?? []).map((stem) => stem.trim().toLowerCase()).filter((stem) => stem !== ''),
  };
}
