import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateContent, type Problem } from '../../src/content/validate';
import { PICTURES } from '../helpers/pictures';

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** A fresh site root in the temp folder holding `files` (path relative to root → contents). */
function tree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'dmspot-validate-'));
  roots.push(root);
  for (const dir of ['content/sr/articles', 'content/en/articles', 'content/sr/library', 'content/files']) {
    mkdirSync(path.join(root, dir), { recursive: true });
  }
  for (const [file, contents] of Object.entries(files)) {
    const full = path.join(root, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, contents);
  }
  return root;
}

function validate(root: string) {
  return validateContent(path.join(root, 'content'), root);
}

function frontMatter(data: Record<string, unknown>, body = 'Text.\n'): string {
  const lines = Object.entries(data).map(([k, v]) => `${k}: ${JSON.stringify(v)}`);
  return `---\n${lines.join('\n')}\n---\n\n${body}`;
}

function article(overrides: Record<string, unknown> = {}): string {
  const data: Record<string, unknown> = { title: 'Naslov', description: 'Opis.', date: '2025-05-30', category: 'life-style', ...overrides };
  for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key];
  return frontMatter(data);
}

function libraryItem(overrides: Record<string, unknown> = {}): string {
  const data: Record<string, unknown> = {
    title: 'Vodič',
    authors: ['Dragan M.'],
    description: 'Opis.',
    year: 2025,
    format: 'pdf',
    file: 'content/files/vodic.pdf',
    ...overrides,
  };
  for (const key of Object.keys(data)) if (data[key] === undefined) delete data[key];
  return frontMatter(data);
}

const page = (title = 'Početna') => frontMatter({ title, description: 'Opis.' });

/** A complete, valid tree: pages, paired articles, a library item with its file, a cover. */
function validTree(): Record<string, string | Uint8Array> {
  return {
    'content/sr/index.md': page(),
    'content/sr/author.md': page('O autoru'),
    'content/en/index.md': page('Home'),
    'content/en/author.md': page('About'),
    'content/sr/articles/dva-dana-u-trebinju.md': article({ translationKey: 'trebinje', category: 'republika-srpska', tags: ['putovanja'] }),
    'content/en/articles/two-days-in-trebinje.md': article({ translationKey: 'trebinje', category: 'republika-srpska' }),
    'content/sr/articles/kafa-2.md': article(),
    'content/sr/library/vodic-rezervne-kopije.md': libraryItem({ translationKey: 'backup-guide' }),
    'content/files/vodic.pdf': '%PDF-1.4\n',
  };
}

describe('validateContent: a valid tree', () => {
  it('reports no problems and returns the articles and library items', () => {
    const report = validate(tree(validTree()));
    expect(report.problems).toEqual([]);
    expect(report.articles.map((a) => a.file).sort()).toEqual([
      'content/en/articles/two-days-in-trebinje.md',
      'content/sr/articles/dva-dana-u-trebinju.md',
      'content/sr/articles/kafa-2.md',
    ]);
    expect(report.articles.find((a) => a.slug === 'dva-dana-u-trebinju')).toMatchObject({ lang: 'sr', data: { translationKey: 'trebinje' } });
    expect(report.libraryItems).toEqual([
      expect.objectContaining({ file: 'content/sr/library/vodic-rezervne-kopije.md', lang: 'sr', slug: 'vodic-rezervne-kopije' }),
    ]);
  });

  it('accepts a tree with no content at all', () => {
    expect(validate(tree({})).problems).toEqual([]);
  });

  it('accepts a cover image stored next to the article, as the README documents', () => {
    const root = tree({
      'content/sr/articles/dva-dana-u-trebinju.md': article({ cover: { src: 'trebinje.jpg', alt: 'Most' } }),
      'content/sr/articles/trebinje.jpg': PICTURES.jpg,
    });
    expect(validate(root).problems).toEqual([]);
  });

  it('accepts a web library item without a file', () => {
    const root = tree({ 'content/sr/library/nist.md': libraryItem({ format: 'web', file: undefined, url: 'https://www.nist.gov/' }) });
    expect(validate(root).problems).toEqual([]);
  });

  it('accepts the same translationKey once per language and for an article and a library item', () => {
    const root = tree({
      'content/sr/articles/a.md': article({ translationKey: 'k' }),
      'content/en/articles/b.md': article({ translationKey: 'k' }),
      'content/sr/library/c.md': libraryItem({ translationKey: 'k' }),
      'content/files/vodic.pdf': 'x',
    });
    expect(validate(root).problems).toEqual([]);
  });
});

describe('validateContent: problems', () => {
  it('reports several problems in one run, each with its file relative to the root', () => {
    const root = tree({
      'content/sr/articles/a.md': article({ category: 'tech' }),
      'content/sr/articles/b.md': article({ title: undefined }),
      'content/en/articles/c.md': article({ tittle: 'x' }),
      'content/sr/library/d.md': libraryItem({ file: 'content/files/missing.pdf' }),
      'content/sr/blog/e.md': article(),
      'content/en/about.md': page(),
    });
    const { problems } = validate(root);
    expect(problems).toContainEqual({ file: 'content/sr/articles/a.md', field: 'category', message: 'category must be one of science-technology, life-style, republika-srpska (got "tech")' });
    expect(problems).toContainEqual({ file: 'content/sr/articles/b.md', field: 'title', message: 'title is required' });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/en/articles/c.md', field: 'tittle', message: expect.stringContaining('tittle') }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/sr/library/d.md', field: 'file' }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/sr/blog' }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/en/about.md' }));
    expect(problems).toHaveLength(6);
    for (const p of problems) expect(path.isAbsolute(p.file)).toBe(false);
  });

  it('reports every problem of one file', () => {
    const root = tree({ 'content/sr/articles/a.md': article({ title: '', date: '2025-02-30', category: 'tech' }) });
    const { problems } = validate(root);
    expect(problems.map((p) => p.field).sort()).toEqual(['category', 'date', 'title']);
    expect(problems.every((p) => p.file === 'content/sr/articles/a.md')).toBe(true);
    expect(problems).toContainEqual({ file: 'content/sr/articles/a.md', field: 'date', message: 'date must be a real date written YYYY-MM-DD (got "2025-02-30")' });
  });

  it.each<[string, string]>([
    ['capitals', 'Vikend-u-Trebinju'],
    ['a space', 'vikend u trebinju'],
    ['Cyrillic letters', 'вишеград'],
    ['Latin letters with diacritics', 'višegrad'],
    ['an underscore', 'vikend_u_trebinju'],
    ['a double hyphen', 'vikend--trebinje'],
    ['a leading hyphen', '-vikend'],
    ['a trailing hyphen', 'vikend-'],
    ['a dot', 'vikend.u.trebinju'],
  ])('rejects an article file name with %s', (_name, slug) => {
    const file = `content/sr/articles/${slug}.md`;
    const { problems, articles } = validate(tree({ [file]: article() }));
    expect(problems).toEqual([{ file, field: 'slug', message: expect.stringContaining(`"${slug}"`) }]);
    expect(problems[0]?.message).toContain('lowercase ASCII');
    expect(articles).toEqual([]);
  });

  it('rejects a bad library file name too', () => {
    const file = 'content/sr/library/Vodič.md';
    const { problems } = validate(tree({ [file]: libraryItem(), 'content/files/vodic.pdf': 'x' }));
    expect(problems).toEqual([expect.objectContaining({ file, field: 'slug' })]);
  });

  it('reports bad file names alongside other problems', () => {
    const { problems } = validate(tree({
      'content/sr/articles/Los Naziv.md': article(),
      'content/en/articles/Bad.md': article(),
      'content/en/articles/good.md': article({ category: 'tech' }),
    }));
    expect(problems.map((p) => `${p.file} ${p.field}`).sort()).toEqual([
      'content/en/articles/Bad.md slug',
      'content/en/articles/good.md category',
      'content/sr/articles/Los Naziv.md slug',
    ]);
  });

  it('reports two articles in one language sharing a translationKey, on both files', () => {
    const root = tree({
      'content/sr/articles/prvi.md': article({ translationKey: 'isti' }),
      'content/sr/articles/drugi.md': article({ translationKey: 'isti' }),
      'content/en/articles/first.md': article({ translationKey: 'isti' }),
    });
    const { problems } = validate(root);
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual({ file: 'content/sr/articles/prvi.md', field: 'translationKey', message: expect.stringContaining('content/sr/articles/drugi.md') });
    expect(problems).toContainEqual({ file: 'content/sr/articles/drugi.md', field: 'translationKey', message: expect.stringContaining('content/sr/articles/prvi.md') });
    for (const p of problems) expect(p.message).toContain('"isti"');
  });

  it('reports two library items in one language sharing a translationKey', () => {
    const root = tree({
      'content/sr/library/a.md': libraryItem({ translationKey: 'k' }),
      'content/sr/library/b.md': libraryItem({ translationKey: 'k' }),
      'content/files/vodic.pdf': 'x',
    });
    const { problems } = validate(root);
    expect(problems.map((p) => [p.file, p.field])).toEqual(expect.arrayContaining([
      ['content/sr/library/a.md', 'translationKey'],
      ['content/sr/library/b.md', 'translationKey'],
    ]));
    expect(problems).toHaveLength(2);
  });

  it('reports a translation pair with different categories, on both files', () => {
    const root = tree({
      'content/sr/articles/kafa.md': article({ translationKey: 'coffee', category: 'life-style' }),
      'content/en/articles/coffee.md': article({ translationKey: 'coffee', category: 'science-technology' }),
    });
    const { problems } = validate(root);
    expect(problems).toHaveLength(2);
    for (const file of ['content/sr/articles/kafa.md', 'content/en/articles/coffee.md']) {
      const problem = problems.find((p) => p.file === file);
      expect(problem).toMatchObject({ field: 'category' });
      expect(problem?.message).toContain('coffee');
      expect(problem?.message).toContain('life-style');
      expect(problem?.message).toContain('science-technology');
    }
  });

  it('reports a missing library file', () => {
    const { problems } = validate(tree({ 'content/sr/library/vodic.md': libraryItem({ file: 'content/files/nema.pdf' }) }));
    expect(problems).toEqual([{ file: 'content/sr/library/vodic.md', field: 'file', message: expect.stringContaining('content/files/nema.pdf') }]);
  });

  it('reports a library file that is a folder', () => {
    const { problems } = validate(tree({ 'content/sr/library/vodic.md': libraryItem(), 'content/files/vodic.pdf/readme.txt': 'x' }));
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/sr/library/vodic.md', field: 'file' }));
    expect(problems).toContainEqual({ file: 'content/files/vodic.pdf', message: expect.stringContaining('is a folder') });
  });

  it('reports a library item breaking the schema (pdf without file)', () => {
    const { problems } = validate(tree({ 'content/sr/library/vodic.md': libraryItem({ file: undefined }) }));
    expect(problems).toEqual([{ file: 'content/sr/library/vodic.md', field: 'file', message: 'file is required when format is pdf' }]);
  });

  it('reports an unknown folder in a language folder', () => {
    const { problems } = validate(tree({ 'content/en/blog/post.md': article(), 'content/sr/slike/a.jpg': PICTURES.jpg }));
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual({ file: 'content/en/blog', message: expect.stringContaining('not a known folder') });
    expect(problems).toContainEqual({ file: 'content/sr/slike', message: expect.stringContaining('not a known folder') });
  });

  it('reports an unknown folder or file directly in content/', () => {
    const { problems } = validate(tree({ 'content/de/articles/a.md': article(), 'content/notes.md': 'x' }));
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/de' }));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/notes.md' }));
  });

  it.each(['content/sr/about.md', 'content/en/Index.md', 'content/sr/notes.txt', 'content/en/data.json'])('reports an unknown page file %s', (file) => {
    const { problems } = validate(tree({ [file]: page() }));
    expect(problems).toEqual([{ file, message: expect.stringContaining('not a known page') }]);
  });

  it('checks index.md and author.md against the page schema', () => {
    const { problems } = validate(tree({ 'content/sr/index.md': frontMatter({ title: 'Početna' }), 'content/en/author.md': frontMatter({ title: 'a', description: 'b', date: '2025-01-01' }) }));
    expect(problems).toContainEqual({ file: 'content/sr/index.md', field: 'description', message: 'description is required' });
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/en/author.md', field: 'date' }));
    expect(problems).toHaveLength(2);
  });

  it('reports a file that is not Markdown in articles/', () => {
    const { problems } = validate(tree({ 'content/sr/articles/beleske.txt': 'x' }));
    expect(problems).toEqual([{ file: 'content/sr/articles/beleske.txt', message: expect.stringContaining('not a Markdown file') }]);
  });

  it('reports a cover without an existing image', () => {
    const { problems } = validate(tree({
      'content/sr/articles/a.md': article({ cover: { src: 'nema.jpg', alt: 'x' } }),
      'content/sr/library/b.md': libraryItem({ cover: { src: 'images/nema.png', alt: '' } }),
      'content/files/vodic.pdf': 'x',
    }));
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual({ file: 'content/sr/articles/a.md', field: 'cover.src', message: expect.stringContaining('nema.jpg') });
    expect(problems).toContainEqual({ file: 'content/sr/library/b.md', field: 'cover.src', message: expect.stringContaining('images/nema.png') });
  });

  it('looks for the cover next to the file, not at the root', () => {
    const { problems } = validate(tree({
      'content/sr/articles/a.md': article({ cover: { src: 'slika.jpg', alt: 'x' } }),
      'slika.jpg': PICTURES.jpg,
      'content/images/slika.jpg': PICTURES.jpg,
    }));
    expect(problems).toEqual([expect.objectContaining({ file: 'content/sr/articles/a.md', field: 'cover.src' })]);
  });

  it('reports a file that is not UTF-8 and a malformed YAML file with their names', () => {
    const { problems } = validate(tree({
      'content/sr/articles/a.md': Buffer.concat([Buffer.from('---\ntitle: Ko'), Buffer.from([0x9a]), Buffer.from('\n---\n')]),
      'content/sr/articles/b.md': '---\ntitle: a\ntitle: b\n---\n',
      'content/en/articles/c.md': 'No front matter.\n',
    }));
    expect(problems).toHaveLength(3);
    expect(problems).toContainEqual({ file: 'content/sr/articles/a.md', message: expect.stringContaining('UTF-8') });
    expect(problems).toContainEqual({ file: 'content/sr/articles/b.md', message: expect.stringMatching(/YAML.*line 3/) });
    expect(problems).toContainEqual({ file: 'content/en/articles/c.md', message: expect.stringContaining('front matter') });
  });

  it('shows file names relative to the root it is given', () => {
    const root = tree({ 'content/sr/articles/a.md': article({ category: 'tech' }) });
    const problems: Problem[] = validateContent(path.join(root, 'content'), path.join(root, 'content')).problems;
    expect(problems).toEqual([expect.objectContaining({ file: 'sr/articles/a.md', field: 'category' })]);
  });
});
