import { describe, expect, it } from 'vitest';
import { ContentError, frontMatterText, parseContentFile } from '../../src/content/front-matter';

const FILE = 'content/sr/articles/primjer-clanka.md';
const utf8 = (text: string) => new TextEncoder().encode(text);

/** The ContentError `parseContentFile` throws for `bytes`, or fails the test. */
function errorOf(bytes: Uint8Array, file = FILE): ContentError {
  try {
    parseContentFile(file, bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error('expected parseContentFile to throw');
}

describe('parseContentFile: accepted input', () => {
  // The body starts on line 5, after the two fences and two fields.
  const expected = { data: { title: 'Šta je novo', category: 'life-style' }, body: '\nTekst čćžšđ.\n', bodyLine: 5 };

  it.each<[string, Uint8Array]>([
    ['LF', utf8('---\ntitle: Šta je novo\ncategory: life-style\n---\n\nTekst čćžšđ.\n')],
    ['CRLF', utf8('---\r\ntitle: Šta je novo\r\ncategory: life-style\r\n---\r\n\r\nTekst čćžšđ.\r\n')],
    ['a BOM', utf8('\uFEFF---\ntitle: Šta je novo\ncategory: life-style\n---\n\nTekst čćžšđ.\n')],
    ['a BOM and CRLF', utf8('\uFEFF---\r\ntitle: Šta je novo\r\ncategory: life-style\r\n---\r\n\r\nTekst čćžšđ.\r\n')],
    ['old Mac CR line endings', utf8('---\rtitle: Šta je novo\rcategory: life-style\r---\r\rTekst čćžšđ.\r')],
    ['trailing spaces after the fences', utf8('---  \ntitle: Šta je novo\ncategory: life-style\n--- \t\n\nTekst čćžšđ.\n')],
    ['a Buffer', Buffer.from('---\ntitle: Šta je novo\ncategory: life-style\n---\n\nTekst čćžšđ.\n', 'utf8')],
  ])('accepts %s', (_name, bytes) => {
    expect(parseContentFile(FILE, bytes)).toEqual(expected);
  });

  it.each<[string, string, Record<string, unknown>, string, number]>([
    ['empty front matter', '---\n---\nBody\n', {}, 'Body\n', 3],
    ['front matter with only a comment', '---\n# nothing yet\n---\nBody\n', {}, 'Body\n', 4],
    ['no body', '---\ntitle: a\n---\n', { title: 'a' }, '', 4],
    ['no newline after the closing fence', '---\ntitle: a\n---', { title: 'a' }, '', 3],
    ['a body with a thematic break', '---\ntitle: a\n---\nOne\n\n---\n\nTwo\n', { title: 'a' }, 'One\n\n---\n\nTwo\n', 4],
    ['Cyrillic text', '---\ntitle: Вишеград\n---\nМост\n', { title: 'Вишеград' }, 'Мост\n', 4],
  ])('splits %s', (_name, text, data, body, bodyLine) => {
    expect(parseContentFile(FILE, utf8(text))).toEqual({ data, body, bodyLine });
  });

  it('requires the closing fence to be a line of its own (a value ending in --- is not a fence)', () => {
    const parsed = parseContentFile(FILE, utf8('---\ntitle: Before and after---\ndescription: d\n---\nBody\n'));
    expect(parsed.data).toEqual({ title: 'Before and after---', description: 'd' });
    expect(parsed.body).toBe('Body\n');
  });
});

describe('parseContentFile: YAML values', () => {
  it.each<[string, string, unknown]>([
    ['an impossible date stays the string written', 'date: 2025-02-30', '2025-02-30'],
    ['a real date stays a string', 'date: 2025-05-30', '2025-05-30'],
    ['a timestamp stays a string', 'date: 2025-05-30T10:00:00Z', '2025-05-30T10:00:00Z'],
    ['a quoted date stays a string', 'date: "2025-05-30"', '2025-05-30'],
    ['a boolean', 'date: true', true],
    ['an integer', 'date: 2025', 2025],
    ['a flow list', 'date: [a, b]', ['a', 'b']],
    ['null', 'date: ~', null],
  ])('%s', (_name, line, value) => {
    expect(parseContentFile(FILE, utf8(`---\n${line}\n---\n`)).data.date).toEqual(value);
  });

  it('never turns a date into a Date object', () => {
    const { data } = parseContentFile(FILE, utf8('---\ndate: 2025-05-30\nupdated: 2024-02-29\n---\n'));
    expect(data.date).not.toBeInstanceOf(Date);
    expect(data.updated).not.toBeInstanceOf(Date);
    expect(typeof data.updated).toBe('string');
  });
});

describe('parseContentFile: rejected input', () => {
  it.each<[string, Uint8Array]>([
    ['a lone Windows-1250 š', Buffer.from([0x9a])],
    ['Windows-1250 text in front matter', Buffer.concat([Buffer.from('---\ntitle: Ko'), Buffer.from([0x9a]), Buffer.from('ta\n---\n')])],
    ['Windows-1250 text in the body', Buffer.concat([Buffer.from('---\ntitle: a\n---\n'), Buffer.from([0x9e, 0xe8, 0xe6]), Buffer.from('\n')])],
    ['UTF-16LE text', Buffer.from('\uFEFF---\ntitle: a\n---\n', 'utf16le')],
    ['a truncated UTF-8 sequence', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xc5])],
  ])('refuses %s, naming the file and UTF-8', (_name, bytes) => {
    const error = errorOf(bytes);
    expect(error.file).toBe(FILE);
    expect(error.message).toContain(FILE);
    expect(error.message).toContain('UTF-8');
    expect(error.detail).toMatch(/Windows-1250/);
  });

  it.each<[string, string]>([
    ['no front matter at all', '# Title\n\nText\n'],
    ['an empty file', ''],
    ['an unclosed front matter block', '---\ntitle: a\n\nText\n'],
    ['front matter not at the start', '\n---\ntitle: a\n---\n'],
    ['a fence with four dashes', '----\ntitle: a\n----\n'],
    ['TOML-style fences', '+++\ntitle = "a"\n+++\n'],
  ])('refuses %s', (_name, text) => {
    const error = errorOf(utf8(text));
    expect(error.file).toBe(FILE);
    expect(error.message).toContain(FILE);
    expect(error.detail).toContain('front matter');
    expect(error.detail).toContain('---');
  });

  it.each<[string, string, number]>([
    // Line numbers are of the file: the opening fence is line 1.
    ['a duplicated key', '---\ntitle: a\ntitle: b\n---\n', 3],
    ['a bad indentation', '---\ntitle: a\ndescription: b\n  c: d\n---\n', 4],
    ['an unclosed flow list', '---\ntitle: a\ntags: [a, b\ndate: 2025-01-01\n---\n', 4],
    ['a tab for indentation', '---\ncover:\n\tsrc: a.jpg\n---\n', 3],
  ])('reports %s with the file name and line %i', (_name, text, line) => {
    for (const bytes of [utf8(text), utf8(`\uFEFF${text.replace(/\n/g, '\r\n')}`)]) {
      const error = errorOf(bytes);
      expect(error.file).toBe(FILE);
      expect(error.message).toContain(FILE);
      expect(error.detail).toContain('YAML');
      expect(error.detail).toContain(`line ${line}`);
    }
  });

  it.each<[string, string]>([
    ['a plain string', '---\njust some text\n---\n'],
    ['a list', '---\n- a\n- b\n---\n'],
    ['a number', '---\n42\n---\n'],
  ])('refuses front matter that is %s', (_name, text) => {
    const error = errorOf(utf8(text));
    expect(error.file).toBe(FILE);
    expect(error.detail).toContain('field: value');
  });

  it('uses the file name it is given', () => {
    expect(errorOf(Buffer.from([0x9a]), 'content/en/index.md').message).toMatch(/^content\/en\/index\.md: /);
  });
});

describe('frontMatterText', () => {
  it('is the YAML parseContentFile reads, BOM and CRLF normalised, without parsing it', () => {
    const bytes = utf8('\uFEFF---\r\ntitle: Naslov\r\ntags: [a, b]\r\n---\r\nTekst.\r\n');
    expect(frontMatterText(bytes)).toBe('title: Naslov\ntags: [a, b]');
    expect(parseContentFile('a.md', bytes).data).toEqual({ title: 'Naslov', tags: ['a', 'b'] });
    expect(frontMatterText(utf8('---\ntitle: [unclosed\n---\n'))).toBe('title: [unclosed');
    expect(frontMatterText(utf8('---\n---\nTekst.'))).toBe('');
  });

  it('is undefined without a front matter block or for text that is not UTF-8', () => {
    expect(frontMatterText(utf8('Tekst bez zaglavlja.'))).toBeUndefined();
    expect(frontMatterText(new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x9a, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a]))).toBeUndefined();
  });
});
