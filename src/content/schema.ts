import { z } from 'zod';
import { CATEGORIES } from '../config/routes';
import { count, LIMITS } from './limits';

/** Lowercase ASCII letters, digits and single hyphens: the rule for slugs and keys. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** True for a real calendar date written `YYYY-MM-DD` (rejects `2025-02-30`). */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** True when an ISBN-10 or ISBN-13 (hyphens and spaces allowed) has a valid check digit. */
export function isIsbn(value: string): boolean {
  const digits = value.replace(/[\s-]/g, '').toUpperCase();
  if (/^\d{9}[\dX]$/.test(digits)) {
    let sum = 0;
    for (let i = 0; i < 10; i++) sum += (digits[i] === 'X' ? 10 : Number(digits[i])) * (10 - i);
    return sum % 11 === 0;
  }
  if (/^\d{13}$/.test(digits)) {
    let sum = 0;
    for (let i = 0; i < 13; i++) sum += Number(digits[i]) * (i % 2 === 0 ? 1 : 3);
    return sum % 10 === 0;
  }
  return false;
}

const text = z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' });
/** Text of at most `max` characters; a longer one says how long it is. */
const textUpTo = (max: number) =>
  text.max(max, { error: (issue) => `is ${count(String(issue.input ?? '').length)} characters; at most ${count(max)}` });
/** A list of at most `max` entries. */
const listUpTo = <T extends z.ZodType>(item: T, max: number, error: string) =>
  z.array(item, { error }).max(max, { error: (issue) => `has ${count((issue.input as unknown[]).length)} entries; at most ${count(max)}` });
const date = z
  .string({ error: 'must be a date written YYYY-MM-DD' })
  .refine(isCalendarDate, { error: 'must be a real date written YYYY-MM-DD' });
const slug = z
  .string({ error: 'must be text' })
  .regex(SLUG_PATTERN, { error: 'must be lowercase ASCII letters, digits and hyphens' });
const tags = listUpTo(textUpTo(LIMITS.tag), LIMITS.tags, 'must be a list, e.g. [privacy, security]');
const cover = z.strictObject(
  {
    src: textUpTo(1000),
    alt: z.string({ error: 'is required with a cover (use alt: "" only for a decorative image)' }).max(LIMITS.alt, { error: (issue) => `is ${count(String(issue.input ?? '').length)} characters; at most ${count(LIMITS.alt)}` }),
  },
  { error: 'must have src and alt' },
);
const positiveInt = z.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }).positive({ error: 'must be positive' });

export const articleSchema = z.strictObject({
  title: textUpTo(LIMITS.title),
  description: textUpTo(LIMITS.description),
  date,
  category: z.enum(CATEGORIES, { error: `must be one of ${CATEGORIES.join(', ')}` }),
  tags: tags.optional(),
  translationKey: slug.optional(),
  updated: date.optional(),
  draft: z.boolean({ error: 'must be true or false' }).optional(),
  cover: cover.optional(),
});
export type ArticleFrontMatter = z.infer<typeof articleSchema>;

export const LIBRARY_FORMATS = ['pdf', 'epub', 'web'] as const;
export type LibraryFormat = (typeof LIBRARY_FORMATS)[number];

export const libraryItemSchema = z
  .strictObject({
    title: textUpTo(LIMITS.title),
    /** Left out for the site author's own work: `author.name` of `_data/site.yaml` is used. */
    authors: listUpTo(textUpTo(LIMITS.author), LIMITS.authors, 'must be a list of names, e.g. ["Ana Petrović"]').min(1, { error: 'must name at least one author (or leave the field out for your own work)' }).optional(),
    description: textUpTo(LIMITS.description),
    year: z.number({ error: 'must be a year, e.g. 2025' }).int({ error: 'must be a year, e.g. 2025' }).min(1000, { error: 'must be a year, e.g. 2025' }).max(2100, { error: 'must be a year, e.g. 2025' }),
    format: z.enum(LIBRARY_FORMATS, { error: `must be one of ${LIBRARY_FORMATS.join(', ')}` }),
    file: z.string({ error: 'must be a path in the repository, e.g. content/files/guide.pdf' }).regex(/^content\/files\/[a-z0-9][a-z0-9._-]*\.(pdf|epub)$/, { error: 'must be a path under content/files/ ending in .pdf or .epub, e.g. content/files/guide.pdf' }).optional(),
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).optional(),
    cover: cover.optional(),
    isbn: z.string({ error: 'must be text (quote it)' }).refine(isIsbn, { error: 'must be a valid ISBN-10 or ISBN-13' }).optional(),
    pages: positiveInt.optional(),
    tags: tags.optional(),
    translationKey: slug.optional(),
    draft: z.boolean({ error: 'must be true or false' }).optional(),
  })
  .superRefine((item, ctx) => {
    if (item.format === 'web') {
      if (!item.url) ctx.addIssue({ code: 'custom', path: ['url'], message: 'is required when format is web' });
      if (item.file) ctx.addIssue({ code: 'custom', path: ['file'], message: 'is only for pdf and epub (a web item has url)' });
    } else {
      if (!item.file) ctx.addIssue({ code: 'custom', path: ['file'], message: `is required when format is ${item.format}` });
      else if (!item.file.endsWith(`.${item.format}`)) ctx.addIssue({ code: 'custom', path: ['file'], message: `must be a .${item.format} file for format ${item.format}` });
      if (item.url) ctx.addIssue({ code: 'custom', path: ['url'], message: 'is only for web items (a pdf or epub has file)' });
    }
  });
export type LibraryItemFrontMatter = z.infer<typeof libraryItemSchema>;

/** The home welcome text (`index.md`) and the author page (`author.md`). */
export const pageSchema = z.strictObject({ title: textUpTo(LIMITS.title), description: textUpTo(LIMITS.description) });
export type PageFrontMatter = z.infer<typeof pageSchema>;

const perLang = z.strictObject({ sr: text, en: text }, { error: 'must have sr and en' });

export const siteSchema = z.strictObject({
  title: text,
  url: z.url({ protocol: /^https?$/, error: 'must be the site address, e.g. https://dmspot.net' }).refine((u) => !u.endsWith('/'), { error: 'must not end with a slash' }),
  author: z.strictObject({
    name: textUpTo(LIMITS.author),
    bio: perLang,
    /** A picture of the author (`/images/…` in `content/images/`); a monogram of the name without one. */
    portrait: cover.optional(),
    /** Shown as a mailto: link on the author page. */
    email: z.email({ error: 'must be an e-mail address, e.g. ime@example.com' }).optional(),
    /** Profiles elsewhere: links on the author page and `sameAs` for search engines. */
    sameAs: z.array(z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }), { error: 'must be a list of addresses' }).max(LIMITS.tags, { error: `has more than ${LIMITS.tags} addresses` }).optional(),
  }),
  description: perLang,
  support: z.strictObject({ url: z.url({ protocol: /^https$/, error: 'must be an https address' }), label: perLang }),
});
export type SiteSettings = z.infer<typeof siteSchema>;

export const RECOMMENDATION_KINDS = ['book', 'course', 'tool', 'site'] as const;
export const recommendationsSchema = z.array(
  z.strictObject({
    title: text,
    url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }),
    kind: z.enum(RECOMMENDATION_KINDS, { error: `must be one of ${RECOMMENDATION_KINDS.join(', ')}` }),
    /** Language of the title; English by default (kept in Latin in the Cyrillic edition). */
    lang: z.enum(['en', 'sr'], { error: 'must be en or sr' }).optional(),
    note: perLang,
  }),
);
export type Recommendation = z.infer<typeof recommendationsSchema>[number];

/** Turns zod's issues into author-facing lines: `field must … (got "x")`. */
export function describeIssues(issues: readonly z.core.$ZodIssue[], input: unknown): { field: string; message: string }[] {
  const lines: { field: string; message: string }[] = [];
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      const where = issue.path.length ? `${issue.path.join('.')}.` : '';
      for (const key of issue.keys) lines.push({ field: `${where}${key}`, message: `${where}${key} is not a known field (check the spelling)` });
      continue;
    }
    const field = issue.path.map(String).join('.') || '(front matter)';
    const got = valueAt(input, issue.path);
    if (got === undefined && issue.code === 'invalid_type') {
      lines.push({ field, message: `${field} is required` });
      continue;
    }
    const message = issue.message.startsWith('Invalid') ? 'has an invalid value' : issue.message;
    // A limit's message already says how long the value is; quoting 20,000 characters back helps nobody.
    const quote = got === undefined || issue.code === 'too_big' ? '' : ` (got ${preview(got)})`;
    lines.push({ field, message: `${field} ${message}${quote}` });
  }
  return lines;
}

/** Characters of a value quoted back in a message. */
const PREVIEW = 80;

/**
 * A value as the author wrote it, for a message: JSON for what is short, cut with `…` otherwise.
 * Never stringifies a large value whole (a list of a million entries costs nothing here).
 */
export function preview(value: unknown, depth = 0): string {
  if (typeof value === 'string') return JSON.stringify(value.length > PREVIEW ? `${value.slice(0, PREVIEW)}…` : value);
  if (Array.isArray(value)) {
    if (value.length > 5 || depth > 2) return `a list of ${count(value.length)} entries`;
    return `[${value.map((item) => preview(item, depth + 1)).join(', ')}]`;
  }
  if (value !== null && typeof value === 'object') return 'a block of fields';
  return String(value);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}
