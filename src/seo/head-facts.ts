import { Parser } from 'htmlparser2';

/** What search engines read from a page's `<head>`, as the page itself declares it. */
export interface HeadFacts {
  /** `<html lang>`. */
  lang?: string;
  canonical?: string;
  /** `<link rel="alternate" hreflang>` in document order. */
  alternates: { hreflang: string; href: string }[];
  /** `<meta name="robots">`, lowercased. */
  robots?: string;
  ogTitle?: string;
  ogImage?: string;
  ogType?: string;
}

/**
 * Reads the facts from a rendered page, parsing only up to `</head>` (a few hundred bytes to a
 * few KB of each page). The sitemap and the preview images are derived from what the heads
 * say, so they cannot disagree with them.
 */
export function readHeadFacts(html: string): HeadFacts {
  const end = html.indexOf('</head>');
  const head = end < 0 ? html : html.slice(0, end);
  const facts: HeadFacts = { alternates: [] };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'html') facts.lang = attributes.lang;
        else if (name === 'link') {
          const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
          // Feed links are alternates too (with a type); hreflang alternates have none.
          if (rel.includes('canonical') && facts.canonical === undefined) facts.canonical = attributes.href;
          else if (rel.includes('alternate') && attributes.hreflang && attributes.href && !attributes.type) facts.alternates.push({ hreflang: attributes.hreflang, href: attributes.href });
        } else if (name === 'meta') {
          const key = (attributes.property ?? attributes.name ?? '').toLowerCase();
          const content = attributes.content;
          if (content === undefined) return;
          if (key === 'robots') facts.robots = content.toLowerCase();
          else if (key === 'og:title') facts.ogTitle = content;
          else if (key === 'og:image') facts.ogImage = content;
          else if (key === 'og:type') facts.ogType = content;
        }
      },
    },
    { decodeEntities: true },
  );
  parser.end(head);
  return facts;
}
