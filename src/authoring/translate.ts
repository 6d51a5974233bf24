import { contentKindOf } from '../content/directory-data';
import { parseContentFile } from '../content/front-matter';
import { CATEGORIES, type Category } from '../config/routes';
import type { Lang } from '../config/editions';
import { NewPostError, otherLang, planNewPost, type NewLibraryFormat, type PlannedPost, type PostKind } from './new-post';

/** What a translation inherits from its source file. */
export interface TranslationSource {
  readonly kind: PostKind;
  readonly lang: Lang;
  readonly slug: string;
  readonly title: string;
  readonly date?: string;
  readonly category?: Category;
  readonly format?: NewLibraryFormat;
  /** The source's key, if it has one. */
  readonly translationKey?: string;
  /** `##`… headings of the body, outside code blocks, as written (`## Prvi naslov`). */
  readonly headings: readonly string[];
}

/**
 * Reads what a translation needs from a source file: kind and language from its place
 * (`content/<lang>/articles/…`), date, category and key from its front matter, and its headings.
 * `file` is relative to the site root (`content/sr/articles/x.md`).
 */
export function readTranslationSource(file: string, bytes: Uint8Array): TranslationSource {
  const routed = contentKindOf(file);
  if (!routed || (routed.kind !== 'article' && routed.kind !== 'library-item')) {
    throw new NewPostError(`${file} is not an article or eLibrary item (expected content/<sr|en>/articles/<slug>.md or content/<sr|en>/library/<slug>.md)`);
  }
  const { data, body } = parseContentFile(file, bytes);
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : undefined);
  const category = text('category');
  const format = text('format');
  return {
    kind: routed.kind === 'article' ? 'article' : 'library',
    lang: routed.lang,
    slug: file.replace(/^.*\//, '').replace(/\.md$/, ''),
    title: text('title') ?? '',
    date: text('date'),
    category: category && (CATEGORIES as readonly string[]).includes(category) ? (category as Category) : undefined,
    format: format === 'pdf' || format === 'epub' || format === 'web' ? format : undefined,
    translationKey: text('translationKey'),
    headings: markdownHeadings(body),
  };
}

/**
 * ATX headings (`## …`) of a Markdown body, skipping fenced code blocks, where `#` starts a
 * shell comment rather than a heading.
 */
export function markdownHeadings(body: string): string[] {
  const headings: string[] = [];
  let fence: string | undefined;
  for (const line of body.split('\n')) {
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch) {
      const marker = fenceMatch[1] as string;
      if (!fence) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (!fence && /^ {0,3}#{1,6}\s+\S/.test(line)) headings.push(line.trim().replace(/\s+#+\s*$/, ''));
  }
  return headings;
}

/**
 * Plans the other language's file for `source`: same kind, `translationKey`, category, date and
 * format, and the source's headings as a skeleton to translate. `title` is the translated title
 * (it gives the new file its slug). When the source has no key yet, its slug becomes the key
 * and `sourceKeyToAdd` says so: the caller writes it into the source too.
 */
export function planTranslation(source: TranslationSource, title: string, today: Date): PlannedPost & { sourceKeyToAdd?: string } {
  const translationKey = source.translationKey ?? source.slug;
  const skeleton = source.headings.length ? `${source.headings.map((h) => `${h}\n\nTODO\n`).join('\n')}` : undefined;
  const planned = planNewPost({
    kind: source.kind,
    lang: otherLang(source.lang),
    title,
    category: source.category,
    format: source.format,
    today,
    date: source.kind === 'article' ? source.date : undefined,
    translationKey,
    body: skeleton,
  });
  return source.translationKey ? planned : { ...planned, sourceKeyToAdd: translationKey };
}

/**
 * Adds `translationKey: key` as the last front matter line of a source file's text, leaving
 * every other byte as it was (the author's formatting and comments stay).
 */
export function addTranslationKey(text: string, key: string): string {
  const match = /^(\uFEFF?---[ \t]*\r?\n[\s\S]*?)(\r?\n)(---[ \t]*(?:\r?\n|$))/.exec(text);
  if (!match) throw new NewPostError('the source file has no front matter block');
  const [whole, head, newline, close] = match as unknown as [string, string, string, string];
  return `${head}${newline}translationKey: ${key}${newline}${close}${text.slice(whole.length)}`;
}
