/**
 * schema.org objects for the page types search engines care about. Pure functions of plain
 * data: every URL passed in is already absolute, every date a `Date`. Serialise the result with
 * `serializeJsonLd` only.
 */
import { dateToRfc3339 } from '@11ty/eleventy-plugin-rss';
import type { LibraryFormat } from '../content/schema';
import type { JsonLd } from './json-ld';

const CONTEXT = 'https://schema.org';

export interface PersonInput {
  readonly name: string;
  readonly url?: string;
  readonly description?: string;
  readonly sameAs?: readonly string[];
}

export interface Crumb {
  readonly name: string;
  readonly url: string;
}

/** A `Person` node (no `@context`: it is nested, or wrapped by `withContext`). */
export function person(input: PersonInput): JsonLd {
  return {
    '@type': 'Person',
    name: input.name,
    url: input.url,
    description: input.description,
    sameAs: input.sameAs && input.sameAs.length > 0 ? [...input.sameAs] : undefined,
  };
}

/** One or more nodes as a document: a single node gets `@context`, several a `@graph`. */
export function withContext(...nodes: JsonLd[]): JsonLd {
  if (nodes.length === 1) return { '@context': CONTEXT, ...(nodes[0] as Record<string, JsonLd>) };
  return { '@context': CONTEXT, '@graph': nodes };
}

/** The site itself, on each edition's home (and the landing page). */
export function webSite(input: { name: string; url: string; description: string; inLanguage: string | readonly string[]; author: PersonInput }): JsonLd {
  return {
    '@type': 'WebSite',
    name: input.name,
    url: input.url,
    description: input.description,
    inLanguage: typeof input.inLanguage === 'string' ? input.inLanguage : [...input.inLanguage],
    author: person(input.author),
  };
}

export interface BlogPostingInput {
  readonly url: string;
  readonly headline: string;
  readonly description: string;
  readonly datePublished: Date;
  readonly dateModified?: Date;
  readonly author: PersonInput;
  readonly inLanguage: string;
  readonly image: string;
  readonly articleSection?: string;
  readonly keywords?: readonly string[];
}

/** An article. `dateModified` falls back to the publication date, as Google asks for both. */
export function blogPosting(input: BlogPostingInput): JsonLd {
  return {
    '@type': 'BlogPosting',
    '@id': `${input.url}#article`,
    mainEntityOfPage: input.url,
    url: input.url,
    headline: input.headline,
    description: input.description,
    datePublished: dateToRfc3339(input.datePublished),
    dateModified: dateToRfc3339(input.dateModified ?? input.datePublished),
    author: person(input.author),
    inLanguage: input.inLanguage,
    image: input.image,
    articleSection: input.articleSection,
    keywords: input.keywords && input.keywords.length > 0 ? [...input.keywords] : undefined,
  };
}

export interface BookInput {
  readonly url: string;
  readonly name: string;
  readonly description: string;
  readonly authors: readonly string[];
  readonly format: LibraryFormat;
  readonly inLanguage: string;
  readonly year?: number;
  readonly isbn?: string;
  readonly numberOfPages?: number;
  readonly image?: string;
}

/** An eLibrary item. Every format the library offers is a digital book: `EBook`. */
export function book(input: BookInput): JsonLd {
  return {
    '@type': 'Book',
    '@id': `${input.url}#book`,
    url: input.url,
    name: input.name,
    description: input.description,
    author: input.authors.map((name) => person({ name })),
    bookFormat: 'https://schema.org/EBook',
    inLanguage: input.inLanguage,
    datePublished: input.year === undefined ? undefined : String(input.year),
    isbn: input.isbn?.replace(/[\s-]/g, ''),
    numberOfPages: input.numberOfPages,
    image: input.image,
  };
}

/** Where a page sits: home, section, page. Positions start at 1. */
export function breadcrumbList(crumbs: readonly Crumb[]): JsonLd {
  return {
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url })),
  };
}
