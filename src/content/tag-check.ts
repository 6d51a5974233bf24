import type { Lang } from '../config/editions';
import { tagUrl } from '../config/routes';
import { slugify } from '../i18n/slug';
import { cyrillicToLatin } from '../i18n/transliterate';

/** A tag as written in one file. */
export interface WrittenTag {
  readonly file: string;
  readonly lang: Lang;
  readonly tag: string;
}

/** One tag the site cannot give a page of its own. */
export interface TagProblem {
  readonly file: string;
  readonly message: string;
}

/**
 * The same tag in either script (`Banja Luka`, `Бања Лука`) is one tag; anything else that
 * shares a URL is another tag and an error, not a silent merge.
 */
function sameTag(a: string, b: string): boolean {
  return cyrillicToLatin(a).normalize('NFC') === cyrillicToLatin(b).normalize('NFC');
}

/**
 * Tags that cannot have a page: no letter or digit at all (`!!!` has no URL), or two different
 * tags of one language whose URLs are the same (`C++` and `C` both make `/en/tags/c/`). The
 * message names both spellings and where each is written, and what to do.
 */
export function tagProblems(tags: readonly WrittenTag[]): TagProblem[] {
  const problems: TagProblem[] = [];
  const first = new Map<string, WrittenTag>();
  const reported = new Set<string>();
  for (const written of tags) {
    const slug = slugify(written.tag);
    if (!slug) {
      problems.push({ file: written.file, message: `tag "${written.tag}" has no letter or digit, so it cannot have a page (write it as a word)` });
      continue;
    }
    const key = `${written.lang}\u0000${slug}`;
    const earlier = first.get(key);
    if (!earlier) {
      first.set(key, written);
      continue;
    }
    const pair = `${key}\u0000${[earlier.tag, written.tag].sort().join('\u0000')}`;
    if (sameTag(earlier.tag, written.tag) || reported.has(pair)) continue;
    reported.add(pair);
    const where = earlier.file === written.file ? 'in the same file' : `in ${earlier.file}`;
    problems.push({
      file: written.file,
      message: `tag "${written.tag}" and tag "${earlier.tag}" (${where}) would share the page ${tagUrl(slug, written.lang)}: write them the same way, or make them different words`,
    });
  }
  return problems;
}
