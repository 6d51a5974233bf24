/**
 * A tiny HTML template tag with escaping by default. Every interpolated value is escaped
 * unless it is itself the result of `html` or was explicitly marked trusted with `raw`
 * (rendered Markdown). Front matter therefore cannot inject markup into a layout.
 */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an element's content or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Tagged template: `html\`<p>${text}</p>\``. `false`, `null` and `undefined` render nothing. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new SafeHtml(out);
}

/** Marks already-safe HTML (rendered Markdown, the output of another layout) as trusted. */
export function raw(value: string): SafeHtml {
  return new SafeHtml(value);
}

/** An optional attribute: ` name="value"`, or nothing when value is undefined or false. */
export function attr(name: string, value: string | number | boolean | undefined): SafeHtml {
  if (value === undefined || value === false) return new SafeHtml('');
  if (value === true) return new SafeHtml(` ${name}`);
  return new SafeHtml(` ${name}="${escapeHtml(String(value))}"`);
}
