import { describe, expect, it } from 'vitest';
import type { Category } from '../../src/config/routes';
import { RELATED_COUNT, relatedArticles, TAG_WINDOW } from '../../src/content/related';
import { slugify } from '../../src/i18n/slug';
import { byNewest } from '../../src/content/site-model';
import type { CollectionItem } from '../../src/types/eleventy';

function article(slug: string, date: string, category: Category, tags: string[] = []): CollectionItem {
  const url = `/sr/clanci/${slug}/`;
  const when = new Date(`${date}T00:00:00Z`);
  const inputPath = `./content/sr/articles/${slug}.md`;
  return { url, inputPath, fileSlug: slug, date: when, data: { lang: 'sr', kind: 'article', title: slug, description: slug, category, tagList: tags, page: { url, inputPath, fileSlug: slug, date: when } } };
}

// Newest first, as itemsOf gives them.
const trebinje = article('trebinje', '2025-06-01', 'republika-srpska', ['putovanja', 'Hercegovina', 'hrana']);
const visegrad = article('visegrad', '2025-05-01', 'republika-srpska', ['putovanja', 'istorija']);
const cevapi = article('cevapi', '2025-04-01', 'republika-srpska', ['hrana', 'Banja Luka']);
const kafa = article('kafa', '2025-03-01', 'life-style', ['hrana', 'navike']);
const jahorina = article('jahorina', '2025-02-01', 'republika-srpska', ['planine']);
const tjentiste = article('tjentiste', '2025-01-01', 'republika-srpska', ['planine', 'Putovanja', 'hercegovina']);
const backups = article('backups', '2024-12-01', 'science-technology', ['bezbjednost']);
const phishing = article('phishing', '2024-11-01', 'science-technology', ['bezbjednost', 'privatnost']);
const lonely = article('lonely', '2024-10-01', 'life-style');
const ALL = [trebinje, visegrad, cevapi, kafa, jahorina, tjentiste, backups, phishing, lonely].sort(byNewest);

const slugs = (items: CollectionItem[]) => items.map((item) => item.fileSlug);

describe('relatedArticles', () => {
  it.each([
    // Two shared tags (putovanja, Hercegovina — spelt differently) beat one; ties go to the nearest in time.
    ['the most shared tags first, spelling aside', trebinje, ['tjentiste', 'visegrad', 'cevapi']],
    ['one shared tag and the same category beat one shared tag alone', cevapi, ['trebinje', 'kafa', 'visegrad']],
    ['shared tags before the category, then the category nearest in time', jahorina, ['tjentiste', 'cevapi', 'visegrad']],
    ['only the category when no tag is shared', backups, ['phishing']],
    ['the category alone for an article without tags', lonely, ['kafa']],
  ])('%s', (_name, source, expected) => {
    expect(slugs(relatedArticles(source, ALL))).toEqual(expected);
  });

  it('offers nothing when neither a tag nor the category is shared', () => {
    const alone = article('alone', '2025-01-15', 'life-style', ['jedinstveno']);
    expect(relatedArticles(alone, [trebinje, alone, backups].sort(byNewest))).toEqual([]);
  });

  it('never offers the article itself, nor more than three', () => {
    for (const source of ALL) {
      const related = relatedArticles(source, ALL);
      expect(related.length).toBeLessThanOrEqual(RELATED_COUNT);
      expect(related).not.toContain(source);
      expect(new Set(related).size).toBe(related.length);
    }
  });

  it('works for a page whose data is not the collection item (the template passes URL, tags and category)', () => {
    const fromData = { url: trebinje.url, data: { tagList: trebinje.data.tagList, category: trebinje.data.category } };
    expect(slugs(relatedArticles(fromData, ALL))).toEqual(slugs(relatedArticles(trebinje, ALL)));
  });

  it('gives up to the count asked for', () => {
    expect(relatedArticles(trebinje, ALL, 1)).toHaveLength(1);
    expect(relatedArticles(trebinje, ALL, 5)).toHaveLength(5);
  });

  it('finds the one article sharing a rare tag among 5,000 of another category', () => {
    const many = Array.from({ length: 5000 }, (_, i) => article(`a${i}`, `2020-01-${String((i % 28) + 1).padStart(2, '0')}`, 'science-technology', ['posao']));
    const a = article('rare-a', '2019-06-01', 'life-style', ['rijetko']);
    const b = article('rare-b', '2019-05-01', 'life-style', ['rijetko']);
    const list = [...many, a, b].sort(byNewest);
    expect(slugs(relatedArticles(a, list))).toEqual(['rare-b']);
  });

  /** The rule as written, with no index and no bound: every article scored, sorted, the first taken. */
  function reference(source: CollectionItem, list: readonly CollectionItem[]): string[] {
    const tags = new Set((source.data.tagList ?? []).map((tag) => slugify(tag)));
    const own = list.indexOf(source);
    const scored = list
      .map((item, at) => ({ item, at, shared: new Set((item.data.tagList ?? []).map((tag) => slugify(tag))).size && [...new Set((item.data.tagList ?? []).map((tag) => slugify(tag)))].filter((tag) => tags.has(tag)).length }))
      .filter(({ item, shared }) => item !== source && (shared > 0 || item.data.category === source.data.category))
      .map((c) => ({ ...c, score: c.shared * 2 + (c.item.data.category === source.data.category ? 1 : 0), distance: Math.abs(c.at - own) }));
    const byTag = scored.filter((c) => c.shared > 0);
    // Category-only articles come in only when fewer than three share a tag: the nearest of them.
    const byCategory = byTag.length < RELATED_COUNT ? scored.filter((c) => c.shared === 0).sort((a, b) => a.distance - b.distance || a.at - b.at).slice(0, RELATED_COUNT) : [];
    return [...byTag, ...byCategory]
      .sort((a, b) => b.score - a.score || a.distance - b.distance || a.at - b.at)
      .slice(0, RELATED_COUNT)
      .map((c) => c.item.fileSlug);
  }

  it('agrees with the rule as written on 400 random articles, every one of them', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const categories: Category[] = ['science-technology', 'life-style', 'republika-srpska'];
    const words = Array.from({ length: 15 }, (_, i) => `oznaka ${i}`);
    const list = Array.from({ length: 400 }, (_, i) => {
      const tags = words.filter(() => random() < 0.12);
      const day = new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10);
      return article(`r${i}`, day, categories[Math.floor(random() * 3)]!, tags);
    }).sort(byNewest);
    for (const source of list) expect(slugs(relatedArticles(source, list)), source.fileSlug).toEqual(reference(source, list));
  });

  it(`under a tag of more than ${2 * TAG_WINDOW} articles, looks at the nearest in time on each side`, () => {
    const many = Array.from({ length: 1000 }, (_, i) => article(`m${i}`, new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10), 'life-style', [i % 2 ? 'posao' : 'rad'])).sort(byNewest);
    // Sharing both tags, but years away: outside both windows, so not seen (the rule without a
    // bound would put it first).
    const far = article('far', '2010-01-01', 'science-technology', ['posao', 'rad']);
    const source = article('source', '2021-05-01', 'science-technology', ['posao', 'rad']);
    const list = [...many, far, source].sort(byNewest);
    const related = slugs(relatedArticles(source, list));
    expect(related).toHaveLength(3);
    expect(related).not.toContain('far');
    // Sharing both tags and near in time: first.
    const near = article('near', '2021-04-20', 'science-technology', ['posao', 'rad']);
    const withNear = [...list, near].sort(byNewest);
    expect(slugs(relatedArticles(source, withNear))[0]).toBe('near');
  });
});
