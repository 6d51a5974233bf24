import { raw, type SafeHtml } from '../templates/html';

/** A JSON-LD value: plain JSON. */
export type JsonLd = string | number | boolean | null | readonly JsonLd[] | { readonly [key: string]: JsonLd | undefined };

/**
 * The one way JSON-LD is written into a page. `JSON.stringify` alone lets a title end the
 * `<script>` element (`</script>`) or open an HTML comment (`<!--`), so every `<` becomes
 * `\u003c`; U+2028/U+2029 are escaped too, since older JavaScript parsers reject them raw in
 * strings. The result is still valid JSON that parses back to the same value. (The Cyrillic
 * edition re-serialises JSON-LD with the same three escapes.)
 */
export function serializeJsonLd(value: JsonLd): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** `<script type="application/ld+json">` holding `value`, serialised safely. */
export function jsonLdScript(value: JsonLd): SafeHtml {
  return raw(`<script type="application/ld+json">${serializeJsonLd(value)}</script>\n`);
}
