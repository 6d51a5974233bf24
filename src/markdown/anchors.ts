import type MarkdownIt from 'markdown-it';
import markdownItAnchor from 'markdown-it-anchor';
import { slugify } from '../i18n/slug';

/**
 * Heading anchors: every `##`–`####` heading gets an ASCII id made by the site's `slugify`
 * (`Čuvanje podataka` → `cuvanje-podataka`) and its text becomes a link to itself. Ids are made
 * from the Latin source, and the Cyrillic edition never transliterates attributes like `id` or
 * `href="#…"`, so a fragment link works in both scripts. Duplicate headings get `-1`, `-2`.
 */
export function anchorsPlugin(md: MarkdownIt): void {
  md.use(markdownItAnchor, {
    level: [2, 3, 4],
    slugify: (text) => slugify(text) || 'section',
    uniqueSlugStartIndex: 1,
    // No tabindex: the heading is reached through its link, and tabindex="-1" on every heading
    // only adds noise for assistive technology.
    tabIndex: false,
    permalink: markdownItAnchor.permalink.headerLink({ class: 'heading-anchor', safariReaderFix: true }),
  });
}
