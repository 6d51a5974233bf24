import markdownIt from 'markdown-it';

/**
 * The Markdown renderer for articles. Raw HTML is allowed only for what the author needs
 * (e.g. `<span lang="en">` for a foreign passage); see the raw-HTML policy in README.
 */
export function createMarkdown(): markdownIt {
  return markdownIt({ html: true, linkify: false, typographer: false });
}
