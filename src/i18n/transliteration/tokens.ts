/**
 * The tokenizer of both directions: one global regex that yields, left to right, either a word
 * (captured) or a protected token (URL, address, identifier, code…) that is copied verbatim.
 * What each pattern keeps is documented in docs/transliteration.md, "What stays in Latin".
 */

/**
 * Word characters: Latin (with all its extensions), Greek, Cyrillic, digits and combining marks.
 * Explicit ranges rather than \p{L}: a non-unicode regex runs about twice as fast here, and
 * letters of other scripts need no handling (they are never transliterated).
 */
const W = 'A-Za-z0-9\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u02af\\u0300-\\u036f\\u0370-\\u03ff\\u0400-\\u052f\\u1e00-\\u1eff';
const NOT_AFTER_WORD = `(?<![${W}])`;
const NOT_BEFORE_WORD = `(?![${W}])`;
/** A word, hyphenated compound or elision: letters, digits, with inner `-`, `'` or `’`. */
const WORD = `[${W}]+(?:[-'’][${W}]+)*`;
/**
 * The common case, tried before the protected patterns: a word that is not followed by `@`,
 * `/`, `_`, `%`, `+`, `.letter` or `:non-space` cannot start a URL, address, domain, file name
 * or identifier, so the costly patterns below are only tried where one of those characters follows.
 */
const PLAIN_WORD = `(${WORD})(?![${W}@/_%+]|[-'’][${W}]|\\.[${W}]|:[^\\s])`;
/** Characters that end a URL when they are its last one: sentence punctuation and quotes. */
const URL_TAIL = `[^\\s<>"'\`]*[^\\s<>"'\`.,;:!?)\\]}»«“”„’]`;
/**
 * Tokens copied verbatim, in priority order. Each is non-capturing; only words are captured.
 * Repetitions are bounded so that a pathological input (a 100 KB `a.a.a.…`) costs
 * O(length × bound), never O(length²).
 */
const PROTECTED_PATTERNS: readonly string[] = [
  // template placeholders in UI strings: {{count}}, {% if x %}
  '\\{\\{[^{}\\n]{0,200}\\}\\}|\\{%[^%\\n]{0,200}%\\}',
  // URLs: any scheme:// (https, ftp, smb, sftp, ssh, git+ssh…, even bare), mailto:, tel:, www.,
  // up to the first space or quote; trailing sentence punctuation is not part of it.
  `${NOT_AFTER_WORD}(?:[A-Za-z][A-Za-z0-9+.-]{0,31}:\\/\\/|mailto:|tel:|www\\.)(?:${URL_TAIL})?`,
  // e-mail addresses
  `[${W}._%+-]{1,64}@[${W}-]{1,63}(?:\\.[${W}-]{1,63}){1,8}`,
  // @handles (and Mastodon @user@host)
  `${NOT_AFTER_WORD}@[A-Za-z0-9_]+(?:@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)+)?`,
  // dot-files and dotted names: .env, .gitignore, .NET
  `(?<![${W}.])\\.[A-Za-z][A-Za-z0-9_-]{0,63}(?:\\.[A-Za-z0-9_-]{1,64}){0,8}${NOT_BEFORE_WORD}`,
  // absolute and home paths: /usr/local/bin, ~/notes, ./src
  `${NOT_AFTER_WORD}(?:~|\\.{1,2})?\\/[${W}_.-]+(?:\\/[${W}_.-]*)*`,
  // domains and file names (with an optional relative path): dmspot.net, report.pdf, src/i18n/slug.ts
  `(?:[${W}_~.-]{0,64}\\/){0,16}[${W}_-]{1,64}(?:\\.[${W}_-]{1,64}){0,8}\\.(?:[a-z][a-z0-9]{1,9}|[A-Z][A-Z0-9]{1,9})${NOT_BEFORE_WORD}`,
  // identifiers with underscores: snake_case, SCREAMING_CASE, __init__ (an underscore is never
  // Serbian), with the value of an assignment (NODE_ENV=production)
  `(?:(?<![${W}_])_{0,2}[${W}]{1,64}(?:_{1,8}[${W}]{1,64}){1,16}_{0,2}|(?<![${W}_])_{1,2}[${W}]{1,64}_{0,2})(?:=[^\\s<>"'\`]{0,200})?`,
];

/** Serbian case endings that may follow a `keepLatin` entry directly (DM Spotu, Googleov). */
const KEEP_LATIN_ENDING = '(?:ov(?:a|e|i|o|u|og|om|im|oj|ih|ima)?|om|em|ima|ama|a|e|i|u)?';

/** The text as a regex source that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * The scanner regex (global). A match with group 1 or 2 is a word to judge; any other match is
 * a protected token. `keepLatin` entries, when given, are protected tokens tried first.
 */
export function buildScanner(keepLatin?: ReadonlySet<string>): RegExp {
  const alternatives: string[] = [];
  if (keepLatin !== undefined && keepLatin.size > 0) {
    // Longest first, so `Buy Me a Coffee` wins over a shorter entry starting the same way.
    const entries = [...keepLatin].filter((entry) => entry !== '').sort((a, b) => b.length - a.length);
    if (entries.length > 0) {
      const body = entries.map((entry) => entry.split(/\s+/).map(escapeRegExp).join('[\\s\\u00a0]+')).join('|');
      // A declined form stays whole too: DM Spotu, Googleov, Googleom.
      alternatives.push(`${NOT_AFTER_WORD}(?:${body})${KEEP_LATIN_ENDING}${NOT_BEFORE_WORD}`);
    }
  }
  // Inline code first (it may contain anything), then plain words, then the protected tokens,
  // then any word the protected patterns did not claim (`Napomena:tekst`).
  alternatives.push('`[^`\\n]+`', PLAIN_WORD, ...PROTECTED_PATTERNS, `(${WORD})`);
  return new RegExp(alternatives.join('|'), 'g');
}

/** Hyphen, apostrophe or right single quote: the separators inside a compound token. */
export function isCompoundSeparator(code: number): boolean {
  return code === 0x2d || code === 0x27 || code === 0x2019;
}

/** The same separators as a pattern, to split a compound into its parts. */
export const COMPOUND_SEPARATOR = /[-'’]/;
