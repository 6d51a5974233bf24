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
 * How far along a tag's list (in time, each side) an article looks for others sharing the tag.
 * Every tag of a personal site has fewer articles than twice this, and then the choice is exact;
 * under a tag with more, the nearest in time are the ones considered, so the work per article
 * stays bounded however large the site grows.
 */
export const TAG_WINDOW = 100;

/** Index of the first entry of `list` (sorted by position) at or after position `at`. */
function firstAtOrAfter(list: readonly CollectionItem[], index: Index, at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((index.position.get(list[mid]!.url) ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Candidate {
  readonly item: CollectionItem;
  readonly score: number;
  readonly distance: number;
  readonly at: number;
}

/** Better first: more shared tags (and the category), then nearer in time, then newer. */
function better(a: Candidate, b: Candidate): boolean {
  return a.score !== b.score ? a.score > b.score : a.distance !== b.distance ? a.distance < b.distance : a.at < b.at;
}

/**
 * Up to `count` articles to read next, from the same language's articles (`sameLang`, newest
 * first, as `itemsOf` gives them): those sharing the most tags first, then those in the same
 * category; ties go to the article closest in time. Never the article itself. The work per
 * article is bounded (at most 2 × TAG_WINDOW per tag, and `count` steps of the category walk),
 * never the size of the site.
 */
export function relatedArticles(article: RelatedSource, sameLang: readonly CollectionItem[], count = RELATED_COUNT): CollectionItem[] {
  const index = indexOf(sameLang);
  const own = index.position.get(article.url);
  const shared = new Map<CollectionItem, number>();
  for (const slug of tagSlugs(article)) {
    const list = index.byTag.get(slug) ?? [];
    // The list is in position order: look at the TAG_WINDOW nearest on each side of the article.
    const middle = own === undefined ? 0 : firstAtOrAfter(list, index, own);
    const from = Math.max(0, middle - TAG_WINDOW);
    const to = Math.min(list.length, middle + TAG_WINDOW + 1);
    for (let i = from; i < to; i++) {
      const other = list[i]!;
      if (other.url !== article.url) shared.set(other, (shared.get(other) ?? 0) + 1);
    }
  }
  const category = article.data.category;
  const at = (item: CollectionItem) => index.position.get(item.url) ?? 0;
  const candidate = (item: CollectionItem): Candidate => {
    const position = at(item);
    const score = (shared.get(item) ?? 0) * 2 + (category !== undefined && item.data.category === category ? 1 : 0);
    return { item, score, distance: own === undefined ? position : Math.abs(position - own), at: position };
  };
  // The best `count`, kept in order while every candidate is seen once.
  const best: Candidate[] = [];
  const offer = (item: CollectionItem) => {
    const c = candidate(item);
    if (best.length === count && !better(c, best[count - 1]!)) return;
    let i = best.length < count ? best.length : count - 1;
    best[i] = c;
    while (i > 0 && better(best[i]!, best[i - 1]!)) {
      [best[i - 1], best[i]] = [best[i]!, best[i - 1]!];
      i--;
    }
  };
  for (const item of shared.keys()) offer(item);
  if (shared.size < count && category !== undefined) {
    // Fill from the category, nearest in time first: walk outwards from the article's position.
    // Only the nearest `count` can be chosen, so the walk stops there.
    const start = own ?? -1;
    let added = 0;
    for (let step = 1; added < count && (start - step >= 0 || start + step < sameLang.length); step++) {
      for (const i of [start - step, start + step]) {
        const item = sameLang[i];
        if (item && item.url !== article.url && !shared.has(item) && item.data.category === category) {
          shared.set(item, 0);
          offer(item);
          added++;
        }
      }
    }
  }
  return best.map((c) => c.item);
}
