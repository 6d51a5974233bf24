import { slugify } from '../i18n/slug';
import type { CollectionItem } from '../types/eleventy';

/** Related articles shown at the end of an article. */
export const RELATED_COUNT = 3;

/** What related reading needs of the article being read: its URL, tags and category. */
export type RelatedSource = Pick<CollectionItem, 'url'> & { readonly data: Pick<CollectionItem['data'], 'tagList' | 'category'> };

/** An article's tags as slugs: `Banja Luka` and `banja luka` are one tag, as on the tag pages. */
function tagSlugs(item: RelatedSource): Set<string> {
  const slugs = new Set<string>();
  for (const tag of item.data.tagList ?? []) {
    const slug = slugify(tag);
    if (slug) slugs.add(slug);
  }
  return slugs;
}

interface Index {
  /** The positions (in the list, newest first) of the articles under each tag slug, ascending. */
  readonly byTag: Map<string, Int32Array>;
  /** Position in the list by URL. */
  readonly position: Map<string, number>;
  /** Shared tags per position while one article's candidates are counted (zero in between). */
  readonly shared: Int32Array;
}

/** One index per list of articles (a language's, newest first): built once, read by every article. */
const indexes = new WeakMap<readonly CollectionItem[], Index>();

function indexOf(sameLang: readonly CollectionItem[]): Index {
  let index = indexes.get(sameLang);
  if (index) return index;
  const lists = new Map<string, number[]>();
  const position = new Map<string, number>();
  sameLang.forEach((item, i) => {
    position.set(item.url, i);
    for (const slug of tagSlugs(item)) {
      const list = lists.get(slug);
      if (list) list.push(i);
      else lists.set(slug, [i]);
    }
  });
  index = { byTag: new Map([...lists].map(([slug, list]) => [slug, Int32Array.from(list)])), position, shared: new Int32Array(sameLang.length) };
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

/** Index of the first entry of `list` (ascending positions) at or after position `at`. */
function firstAtOrAfter(list: Int32Array, at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

interface Candidate {
  /** Position in the list (newest first). */
  readonly at: number;
  readonly score: number;
  readonly distance: number;
}

/** Better first: more shared tags (and the category), then nearer in time, then newer. */
function better(score: number, distance: number, at: number, than: Candidate): boolean {
  return score !== than.score ? score > than.score : distance !== than.distance ? distance < than.distance : at < than.at;
}

/**
 * Up to `count` articles to read next, from the same language's articles (`sameLang`, newest
 * first, as `itemsOf` gives them): those sharing the most tags first, then those in the same
 * category; ties go to the article closest in time. Never the article itself. The work per
 * article is bounded (at most 2 × TAG_WINDOW per tag, and `count` steps of the category walk),
 * never the size of the site.
 */
export function relatedArticles(article: RelatedSource, sameLang: readonly CollectionItem[], count = RELATED_COUNT): CollectionItem[] {
  if (count < 1) return [];
  const index = indexOf(sameLang);
  const own = index.position.get(article.url);
  const shared = index.shared;
  // Positions that share a tag, each once (their count is in `shared` until the end).
  const touched: number[] = [];
  for (const slug of tagSlugs(article)) {
    const list = index.byTag.get(slug);
    if (!list) continue;
    // The list is in position order: look at the TAG_WINDOW nearest on each side of the article.
    const middle = own === undefined ? 0 : firstAtOrAfter(list, own);
    const from = Math.max(0, middle - TAG_WINDOW);
    const to = Math.min(list.length, middle + TAG_WINDOW + 1);
    for (let i = from; i < to; i++) {
      const at = list[i]!;
      if (at === own) continue;
      if (shared[at] === 0) touched.push(at);
      shared[at]!++;
    }
  }
  const category = article.data.category;
  // The best `count`, kept in order while every candidate is seen once (an object only for the few kept).
  const best: Candidate[] = [];
  const offer = (at: number, score: number) => {
    const distance = own === undefined ? at : Math.abs(at - own);
    const last = best[count - 1];
    if (last && !better(score, distance, at, last)) return;
    let i = best.length < count ? best.length : count - 1;
    best[i] = { at, score, distance };
    while (i > 0 && better(best[i]!.score, best[i]!.distance, best[i]!.at, best[i - 1]!)) {
      [best[i - 1], best[i]] = [best[i]!, best[i - 1]!];
      i--;
    }
  };
  for (const at of touched) offer(at, shared[at]! * 2 + (category !== undefined && sameLang[at]!.data.category === category ? 1 : 0));
  if (touched.length < count && category !== undefined) {
    // Fill from the category, nearest in time first: walk outwards from the article's position.
    // Only the nearest `count` can be chosen, so the walk stops there.
    const start = own ?? -1;
    let added = 0;
    for (let step = 1; added < count && (start - step >= 0 || start + step < sameLang.length); step++) {
      for (const at of [start - step, start + step]) {
        const item = sameLang[at];
        if (item && shared[at] === 0 && item.data.category === category) {
          offer(at, 1);
          added++;
        }
      }
    }
  }
  for (const at of touched) shared[at] = 0;
  return best.map((c) => sameLang[c.at]!);
}
