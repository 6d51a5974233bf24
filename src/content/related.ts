import { slugify } from '../i18n/slug';
import type { CollectionItem } from '../types/eleventy';

/** Related articles shown at the end of an article. */
export const RELATED_COUNT = 3;

/** What related reading needs of the article being read: its URL, tags and category. */
export type RelatedSource = Pick<CollectionItem, 'url'> & { readonly data: Pick<CollectionItem['data'], 'tags' | 'category'> };

/** An article's tags as slugs: `Banja Luka` and `banja luka` are one tag, as on the tag pages. */
function tagSlugs(item: RelatedSource): Set<string> {
  const slugs = new Set<string>();
  for (const tag of item.data.tags ?? []) {
    const slug = slugify(tag);
    if (slug) slugs.add(slug);
  }
  return slugs;
}

interface Index {
  readonly byTag: Map<string, CollectionItem[]>;
  /** Position in the list by URL (the list is newest first). */
  readonly position: Map<string, number>;
}

/** One index per list of articles (a language's, newest first): built once, read by every article. */
const indexes = new WeakMap<readonly CollectionItem[], Index>();

function indexOf(sameLang: readonly CollectionItem[]): Index {
  let index = indexes.get(sameLang);
  if (index) return index;
  index = { byTag: new Map(), position: new Map() };
  sameLang.forEach((item, i) => {
    index!.position.set(item.url, i);
    for (const slug of tagSlugs(item)) {
      const list = index!.byTag.get(slug) ?? [];
      list.push(item);
      index!.byTag.set(slug, list);
    }
  });
  indexes.set(sameLang, index);
  return index;
}

/**
 * Up to `count` articles to read next, from the same language's articles (`sameLang`, newest
 * first, as `itemsOf` gives them): those sharing the most tags first, then those in the same
 * category; ties go to the article closest in time. Never the article itself. The work per
 * article is the length of its tags' lists, not the size of the site.
 */
export function relatedArticles(article: RelatedSource, sameLang: readonly CollectionItem[], count = RELATED_COUNT): CollectionItem[] {
  const index = indexOf(sameLang);
  const own = index.position.get(article.url);
  const shared = new Map<CollectionItem, number>();
  for (const slug of tagSlugs(article)) {
    for (const other of index.byTag.get(slug) ?? []) if (other.url !== article.url) shared.set(other, (shared.get(other) ?? 0) + 1);
  }
  const category = article.data.category;
  const at = (item: CollectionItem) => index.position.get(item.url) ?? 0;
  const distance = (item: CollectionItem) => (own === undefined ? at(item) : Math.abs(at(item) - own));
  const score = (item: CollectionItem) => (shared.get(item) ?? 0) * 2 + (category !== undefined && item.data.category === category ? 1 : 0);
  const candidates = [...shared.keys()];
  if (candidates.length < count && category !== undefined) {
    // Fill from the category, nearest in time first: walk outwards from the article's position.
    // Only the nearest `count` can be chosen, so the walk stops there.
    const seen = new Set(candidates);
    const start = own ?? -1;
    let added = 0;
    for (let step = 1; added < count && (start - step >= 0 || start + step < sameLang.length); step++) {
      for (const i of [start - step, start + step]) {
        const item = sameLang[i];
        if (item && item.url !== article.url && !seen.has(item) && item.data.category === category) {
          seen.add(item);
          candidates.push(item);
          added++;
        }
      }
    }
  }
  return candidates
    .sort((a, b) => score(b) - score(a) || distance(a) - distance(b) || at(a) - at(b))
    .slice(0, count);
}
