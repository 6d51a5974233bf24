import { describe, expect, it } from 'vitest';
import {
  articleSchema,
  describeIssues,
  isCalendarDate,
  isIsbn,
  libraryItemSchema,
  pageSchema,
  recommendationsSchema,
  siteSchema,
} from '../../src/content/schema';

/** Parses with `schema` and returns the author-facing messages (empty when valid). */
function messages(schema: { safeParse(data: unknown): { success: boolean; error?: { issues: Parameters<typeof describeIssues>[0] } } }, data: unknown): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return describeIssues(result.error?.issues ?? [], data).map((l) => l.message);
}

function fields(schema: { safeParse(data: unknown): { success: boolean; error?: { issues: Parameters<typeof describeIssues>[0] } } }, data: unknown): string[] {
  const result = schema.safeParse(data);
  if (result.success) return [];
  return describeIssues(result.error?.issues ?? [], data).map((l) => l.field);
}

describe('isCalendarDate', () => {
  it.each<[string, boolean]>([
    ['2025-01-01', true],
    ['2025-12-31', true],
    ['2024-02-29', true], // leap year
    ['2000-02-29', true], // divisible by 400
    ['2025-02-28', true],
    ['2025-02-29', false], // not a leap year
    ['1900-02-29', false], // divisible by 100, not 400
    ['2025-02-30', false],
    ['2025-04-31', false],
    ['2025-13-01', false],
    ['2025-00-10', false],
    ['2025-01-00', false],
    ['2025-01-32', false],
    ['2025-1-01', false],
    ['2025-01-1', false],
    ['25-01-01', false],
    ['2025/01/01', false],
    ['01.01.2025.', false],
    ['2025-01-01T00:00:00Z', false],
    [' 2025-01-01', false],
    ['', false],
    ['yesterday', false],
  ])('%j → %s', (value, expected) => {
    expect(isCalendarDate(value)).toBe(expected);
  });
});

describe('isIsbn', () => {
  it.each<[string, boolean]>([
    // ISBN-10
    ['0306406152', true],
    ['0-306-40615-2', true],
    ['0 306 40615 2', true],
    ['0306406153', false], // wrong check digit
    ['080442957X', true], // check digit X
    ['080442957x', true], // lowercase x
    ['0-8044-2957-X', true],
    ['0804429579', false],
    ['X804429570', false], // X only allowed last
    ['030640615', false], // 9 digits
    // ISBN-13
    ['9780306406157', true],
    ['978-0-306-40615-7', true],
    ['978 0 306 40615 7', true],
    ['9780306406158', false], // wrong check digit
    ['978030640615X', false], // X not allowed in ISBN-13
    ['97803064061577', false], // 14 digits
    ['978-86-7558-990-3', false],
    // junk
    ['', false],
    ['isbn', false],
    ['ISBN 9780306406157', false],
  ])('%j → %s', (value, expected) => {
    expect(isIsbn(value)).toBe(expected);
  });
});

const article = {
  title: 'Vikend u Trebinju',
  description: 'Grad platana i sunca.',
  date: '2025-05-30',
  category: 'republika-srpska',
};

describe('articleSchema', () => {
  it.each<[string, Record<string, unknown>]>([
    ['minimal', article],
    ['all fields', { ...article, tags: ['putovanja', 'hrana'], translationKey: 'trebinje', updated: '2025-06-01', draft: false, cover: { src: 'cover.jpg', alt: 'Most' } }],
    ['decorative cover (empty alt)', { ...article, cover: { src: 'cover.jpg', alt: '' } }],
    ['empty tags list', { ...article, tags: [] }],
  ])('accepts %s', (_name, data) => {
    expect(articleSchema.safeParse(data).success).toBe(true);
    expect(messages(articleSchema, data)).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['unknown category', { ...article, category: 'tech' }, 'category'],
    ['impossible date', { ...article, date: '2025-02-30' }, 'date'],
    ['date as number', { ...article, date: 20250530 }, 'date'],
    ['missing title', { ...article, title: undefined }, 'title'],
    ['empty title', { ...article, title: '   ' }, 'title'],
    ['missing description', { description: undefined, ...{ title: 'a', date: '2025-01-01', category: 'life-style' } }, 'description'],
    ['tags as string', { ...article, tags: 'privacy, security' }, 'tags'],
    ['empty tag', { ...article, tags: ['ok', ''] }, 'tags.1'],
    ['translationKey with capitals', { ...article, translationKey: 'Trebinje' }, 'translationKey'],
    ['translationKey with space', { ...article, translationKey: 'tre binje' }, 'translationKey'],
    ['draft as string', { ...article, draft: 'yes' }, 'draft'],
    ['impossible updated', { ...article, updated: '2025-13-01' }, 'updated'],
    ['cover without alt', { ...article, cover: { src: 'cover.jpg' } }, 'cover.alt'],
    ['cover as string', { ...article, cover: 'cover.jpg' }, 'cover'],
    ['unknown field', { ...article, tittle: 'x' }, 'tittle'],
    ['unknown cover field', { ...article, cover: { src: 'a.jpg', alt: '', width: 3 } }, 'cover.width'],
  ])('rejects %s', (_name, data, field) => {
    expect(articleSchema.safeParse(data).success).toBe(false);
    expect(fields(articleSchema, data)).toContain(field);
  });
});

describe('describeIssues', () => {
  it('names the allowed categories and the value given', () => {
    expect(messages(articleSchema, { ...article, category: 'tech' })).toEqual([
      'category must be one of science-technology, life-style, republika-srpska (got "tech")',
    ]);
  });

  it('says a missing field is required', () => {
    const { title: _omit, ...noTitle } = article;
    expect(messages(articleSchema, noTitle)).toEqual(['title is required']);
  });

  it('names an unknown field', () => {
    const lines = describeIssues(articleSchema.safeParse({ ...article, tittle: 'x' }).error?.issues ?? [], { ...article, tittle: 'x' });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.field).toBe('tittle');
    expect(lines[0]?.message).toContain('tittle');
    expect(lines[0]?.message).toBe('tittle is not a known field (check the spelling)');
  });

  it('names each of several unknown fields', () => {
    const data = { ...article, tittle: 'x', catgory: 'y' };
    expect(fields(articleSchema, data).sort()).toEqual(['catgory', 'tittle']);
  });

  it('prefixes a nested unknown field with its parent', () => {
    const data = { ...article, cover: { src: 'a.jpg', alt: '', width: 3 } };
    expect(messages(articleSchema, data)).toEqual(['cover.width is not a known field (check the spelling)']);
  });

  it('reports an impossible date with the value given', () => {
    expect(messages(articleSchema, { ...article, date: '2025-02-30' })).toEqual([
      'date must be a real date written YYYY-MM-DD (got "2025-02-30")',
    ]);
  });

  it('reports a wrong type with the value given, not as missing', () => {
    expect(messages(articleSchema, { ...article, draft: 'yes' })).toEqual(['draft must be true or false (got "yes")']);
  });

  it('reports every problem, not only the first', () => {
    const data = { title: '', description: 'd', date: '2025-02-30', category: 'tech', tittle: 1 };
    const out = messages(articleSchema, data);
    expect(out).toHaveLength(4);
    expect(out).toContain('title must not be empty (got "")');
    expect(out).toContain('tittle is not a known field (check the spelling)');
  });

  it('reports a nested missing field by its dotted path', () => {
    expect(messages(articleSchema, { ...article, cover: { src: 'a.jpg' } })).toEqual([
      expect.stringMatching(/^cover\.alt /),
    ]);
  });

  it('uses "(front matter)" for a problem with the whole object', () => {
    const lines = describeIssues(pageSchema.safeParse('just text').error?.issues ?? [], 'just text');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.field).toBe('(front matter)');
  });

  it('gives array positions in the field path', () => {
    const data = { ...article, tags: ['a', 7] };
    expect(messages(articleSchema, data)).toEqual(['tags.1 must be text (got 7)']);
  });

  it('does not pass zod\'s generic "Invalid …" wording through', () => {
    for (const data of [
      { ...article, category: 'tech' },
      { ...article, tags: 'x' },
      { ...article, cover: 'x' },
      { ...article, date: 1 },
    ]) {
      for (const m of messages(articleSchema, data)) expect(m).not.toMatch(/Invalid/);
    }
  });
});

const pdf = {
  title: 'Backup and Restore Guide',
  authors: ['Dragan M.'],
  description: 'A simple plan.',
  year: 2025,
  format: 'pdf',
  file: 'content/files/backup-guide.pdf',
};
const web = {
  title: 'NIST Cybersecurity Framework',
  authors: ['NIST'],
  description: 'A framework.',
  year: 2024,
  format: 'web',
  url: 'https://www.nist.gov/cyberframework',
};

describe('libraryItemSchema', () => {
  it.each<[string, Record<string, unknown>]>([
    ['pdf', pdf],
    ['epub', { ...pdf, format: 'epub', file: 'content/files/essays-on-trust.epub' }],
    ['web', web],
    ['http web', { ...web, url: 'http://example.org/' }],
    ['ISBN-13 with hyphens', { ...pdf, isbn: '978-0-306-40615-7' }],
    ['ISBN-10 with X', { ...pdf, isbn: '0-8044-2957-X' }],
    ['all optional fields', { ...pdf, pages: 12, tags: ['a'], translationKey: 'backup-guide', draft: true, cover: { src: 'c.png', alt: 'c' } }],
    ['no authors field (the site author’s own work)', { ...pdf, authors: undefined }],
  ])('accepts %s', (_name, data) => {
    expect(messages(libraryItemSchema, data)).toEqual([]);
    expect(libraryItemSchema.safeParse(data).success).toBe(true);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['web without url', { ...web, url: undefined }, 'url'],
    ['web with a file', { ...web, file: 'content/files/x.pdf' }, 'file'],
    ['pdf without file', { ...pdf, file: undefined }, 'file'],
    ['epub without file', { ...pdf, format: 'epub', file: undefined }, 'file'],
    ['pdf with an epub file', { ...pdf, file: 'content/files/essays.epub' }, 'file'],
    ['epub with a pdf file', { ...pdf, format: 'epub' }, 'file'],
    ['pdf with a url', { ...pdf, url: 'https://example.org/' }, 'url'],
    ['file outside content/files', { ...pdf, file: 'files/backup-guide.pdf' }, 'file'],
    ['file with capitals', { ...pdf, file: 'content/files/Backup.pdf' }, 'file'],
    ['file of another type', { ...pdf, file: 'content/files/backup.docx' }, 'file'],
    ['ftp url', { ...web, url: 'ftp://example.org/x' }, 'url'],
    ['not a url', { ...web, url: 'example dot org' }, 'url'],
    ['unknown format', { ...pdf, format: 'docx' }, 'format'],
    ['no authors', { ...pdf, authors: [] }, 'authors'],
    ['authors as string', { ...pdf, authors: 'Dragan M.' }, 'authors'],
    ['year as string', { ...pdf, year: '2025' }, 'year'],
    ['year too small', { ...pdf, year: 25 }, 'year'],
    ['year too large', { ...pdf, year: 3000 }, 'year'],
    ['fractional year', { ...pdf, year: 2025.5 }, 'year'],
    ['bad ISBN', { ...pdf, isbn: '978-0-306-40615-8' }, 'isbn'],
    ['ISBN as number', { ...pdf, isbn: 9780306406157 }, 'isbn'],
    ['zero pages', { ...pdf, pages: 0 }, 'pages'],
    ['fractional pages', { ...pdf, pages: 1.5 }, 'pages'],
    ['unknown field', { ...pdf, author: 'x' }, 'author'],
  ])('rejects %s', (_name, data, field) => {
    expect(libraryItemSchema.safeParse(data).success).toBe(false);
    expect(fields(libraryItemSchema, data)).toContain(field);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['web without url', { ...web, url: undefined }, 'url is required when format is web'],
    ['web with a file', { ...web, file: 'content/files/x.pdf' }, 'file is only for pdf and epub (a web item has url) (got "content/files/x.pdf")'],
    ['pdf without file', { ...pdf, file: undefined }, 'file is required when format is pdf'],
    ['epub without file', { ...pdf, format: 'epub', file: undefined }, 'file is required when format is epub'],
    ['pdf with an epub file', { ...pdf, file: 'content/files/essays.epub' }, 'file must be a .pdf file for format pdf (got "content/files/essays.epub")'],
    ['epub with a pdf file', { ...pdf, format: 'epub' }, 'file must be a .epub file for format epub (got "content/files/backup-guide.pdf")'],
    ['pdf with a url', { ...pdf, url: 'https://example.org/' }, 'url is only for web items (a pdf or epub has file) (got "https://example.org/")'],
  ])('explains %s', (_name, data, message) => {
    expect(messages(libraryItemSchema, data)).toEqual([message]);
  });
});

describe('pageSchema', () => {
  it('accepts title and description', () => {
    expect(pageSchema.safeParse({ title: 'O autoru', description: 'Ko piše DM Spot.' }).success).toBe(true);
  });

  it.each<[string, unknown, string[]]>([
    ['missing description', { title: 't' }, ['description is required']],
    ['empty title', { title: '', description: 'd' }, ['title must not be empty (got "")']],
    ['unknown field', { title: 't', description: 'd', date: '2025-01-01' }, ['date is not a known field (check the spelling)']],
    ['empty object', {}, ['title is required', 'description is required']],
  ])('rejects %s', (_name, data, expected) => {
    expect(messages(pageSchema, data)).toEqual(expected);
  });
});

const site = {
  title: 'DM Spot',
  url: 'https://dmspot.net',
  author: { name: 'Dragan M.', bio: { sr: 'Bio', en: 'Bio' }, sameAs: ['https://github.com/x'] },
  description: { sr: 'Opis', en: 'Description' },
  support: { url: 'https://buymeacoffee.com/x', label: { sr: 'Podrška', en: 'Support' } },
};

describe('siteSchema', () => {
  it('accepts valid settings', () => {
    expect(messages(siteSchema, site)).toEqual([]);
  });

  it('accepts settings without sameAs', () => {
    expect(siteSchema.safeParse({ ...site, author: { name: 'D', bio: { sr: 'a', en: 'b' } } }).success).toBe(true);
  });

  it('accepts a portrait and an e-mail address', () => {
    expect(messages(siteSchema, { ...site, author: { ...site.author, portrait: { src: '/images/ana.jpg', alt: 'Ana' }, email: 'ana@example.com' } })).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['url with trailing slash', { ...site, url: 'https://dmspot.net/' }, 'url'],
    ['url not an address', { ...site, url: 'dmspot.net' }, 'url'],
    ['description missing en', { ...site, description: { sr: 'Opis' } }, 'description.en'],
    ['description as string', { ...site, description: 'Opis' }, 'description'],
    ['description with extra language', { ...site, description: { sr: 'a', en: 'b', de: 'c' } }, 'description.de'],
    ['http support url', { ...site, support: { ...site.support, url: 'http://buymeacoffee.com/x' } }, 'support.url'],
    ['author without name', { ...site, author: { bio: { sr: 'a', en: 'b' } } }, 'author.name'],
    ['sameAs not an address', { ...site, author: { ...site.author, sameAs: ['github'] } }, 'author.sameAs.0'],
    ['sameAs not a web address', { ...site, author: { ...site.author, sameAs: ['mailto:ana@example.com'] } }, 'author.sameAs.0'],
    ['portrait without alt', { ...site, author: { ...site.author, portrait: { src: '/images/ana.jpg' } } }, 'author.portrait.alt'],
    ['portrait as a string', { ...site, author: { ...site.author, portrait: '/images/ana.jpg' } }, 'author.portrait'],
    ['email not an address', { ...site, author: { ...site.author, email: 'ana at example' } }, 'author.email'],
    ['missing title', { ...site, title: undefined }, 'title'],
    ['unknown field', { ...site, colour: 'red' }, 'colour'],
  ])('rejects %s', (_name, data, field) => {
    expect(siteSchema.safeParse(data).success).toBe(false);
    expect(fields(siteSchema, data)).toContain(field);
  });

  it('explains a trailing slash', () => {
    expect(messages(siteSchema, { ...site, url: 'https://dmspot.net/' })).toEqual(['url must not end with a slash (got "https://dmspot.net/")']);
  });
});

const recommendation = { title: 'The Phoenix Project', url: 'https://itrevolution.com/', kind: 'book', note: { sr: 'Napomena', en: 'Note' } };

describe('recommendationsSchema', () => {
  it.each<[string, unknown]>([
    ['an empty list', []],
    ['one item', [recommendation]],
    ['an item in Serbian', [{ ...recommendation, lang: 'sr' }]],
    ['every kind', ['book', 'course', 'tool', 'site'].map((kind) => ({ ...recommendation, kind }))],
  ])('accepts %s', (_name, data) => {
    expect(messages(recommendationsSchema, data)).toEqual([]);
  });

  it.each<[string, unknown, string]>([
    ['an object instead of a list', recommendation, '(front matter)'],
    ['an unknown kind', [recommendation, { ...recommendation, kind: 'movie' }], '1.kind'],
    ['an unknown lang', [{ ...recommendation, lang: 'de' }], '0.lang'],
    ['a note in one language', [{ ...recommendation, note: { sr: 'x' } }], '0.note.en'],
    ['a note as text', [{ ...recommendation, note: 'x' }], '0.note'],
    ['a bad url', [{ ...recommendation, url: 'mailto:a@b.c' }], '0.url'],
    ['a missing title', [{ ...recommendation, title: undefined }], '0.title'],
    ['an unknown field', [{ ...recommendation, author: 'x' }], '0.author'],
  ])('rejects %s', (_name, data, field) => {
    expect(recommendationsSchema.safeParse(data).success).toBe(false);
    expect(fields(recommendationsSchema, data)).toContain(field);
  });

  it('explains an unknown kind', () => {
    expect(messages(recommendationsSchema, [{ ...recommendation, kind: 'movie' }])).toEqual(['0.kind must be one of book, course, tool, site (got "movie")']);
  });
});
