import type { LanguageFn } from 'highlight.js';
import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import css from 'highlight.js/lib/languages/css';
import diff from 'highlight.js/lib/languages/diff';
import dockerfile from 'highlight.js/lib/languages/dockerfile';
import ini from 'highlight.js/lib/languages/ini';
import javascript from 'highlight.js/lib/languages/javascript';
import json from 'highlight.js/lib/languages/json';
import plaintext from 'highlight.js/lib/languages/plaintext';
import powershell from 'highlight.js/lib/languages/powershell';
import python from 'highlight.js/lib/languages/python';
import sql from 'highlight.js/lib/languages/sql';
import typescript from 'highlight.js/lib/languages/typescript';
import xml from 'highlight.js/lib/languages/xml';
import yaml from 'highlight.js/lib/languages/yaml';
import type MarkdownIt from 'markdown-it';

/**
 * The languages a technical article may name after its opening fence (```bash). Only these
 * are bundled: highlight.js's full set is large and an article names a handful. Aliases
 * (`sh`, `shell`, `console`, `js`, `ts`, `yml`, `py`, `html`, `toml`, `ps1`, `text`) come with them.
 */
// plaintext's own declaration lacks `contains`, which the LanguageFn type requires.
const LANGUAGES: Record<string, LanguageFn> = { bash, css, diff, dockerfile, ini, javascript, json, plaintext: plaintext as unknown as LanguageFn, powershell, python, sql, typescript, xml, yaml };
for (const [name, language] of Object.entries(LANGUAGES)) hljs.registerLanguage(name, language);
hljs.registerAliases(['sh', 'shell', 'console', 'zsh'], { languageName: 'bash' });
hljs.registerAliases(['text', 'txt'], { languageName: 'plaintext' });

/** Whether a fence's language name is highlighted. */
export function isHighlighted(language: string): boolean {
  return !!hljs.getLanguage(language);
}

/**
 * Code highlighting at build time: fenced code with a known language becomes `<span class="hljs-…">`
 * tokens coloured by `site.css` (`/* code *\/` block). No client JavaScript and no `style`
 * attributes (the CSP forbids them). Unknown or missing languages are escaped as plain code;
 * the language is never guessed (guessing is slow and often wrong on short snippets).
 */
export function highlightPlugin(md: MarkdownIt): void {
  md.options.highlight = (code, info) => {
    const language = info.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
    if (!language || !hljs.getLanguage(language)) return '';
    const highlighted = hljs.highlight(code, { language, ignoreIllegals: true }).value;
    // Returned whole (starting with <pre) so markdown-it does not wrap it a second time.
    return `<pre class="code"><code class="hljs language-${md.utils.escapeHtml(language)}">${highlighted}</code></pre>\n`;
  };
}
