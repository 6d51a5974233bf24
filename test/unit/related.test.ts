import { describe, expect, it } from 'vitest';
import type { Category } from '../../src/config/routes';
import { RELATED_COUNT, relatedArticles } from '../../src/content/related';
import { byNewest } from '../../src/content/site-model';
import type { CollectionItem } from '../../src/types/eleventy';

function article(slug: string, date: string, category: Category, tags: string[] = []): CollectionItem {
  const url = `/sr/clanci/${slug}/`;
  const when = new Date(`${date}T00:00:00Z`);
  const inputPath = `./content/sr/articles/${slug}.md`;
  return { url, inputPath, fileSlug: slug, date: when, data: { lang: 'sr', kind: 'article', title: slug, description: slug, category, tags, page: { url, inputPath, fileSlug: slug, date: when } } };
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
    const fromData = { url: trebinje.url, data: { tags: trebinje.data.tags, category: trebinje.data.category } };
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
});
