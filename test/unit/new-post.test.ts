import { describe, expect, it } from 'vitest';
import { localIsoDate, NewPostError, planNewPost } from '../../src/authoring/new-post';
import { addTranslationKey, markdownHeadings, planTranslation, readTranslationSource } from '../../src/authoring/translate';
import { parseContentFile } from '../../src/content/front-matter';
import { articleSchema, libraryItemSchema } from '../../src/content/schema';

const today = new Date(2026, 10, 29, 12, 0, 0);
const bytes = (text: string) => new TextEncoder().encode(text);

describe('planNewPost', () => {
  it.each([
    ['Čuvanje podataka', 'cuvanje-podataka'],
    ['Чување података', 'cuvanje-podataka'],
    ['Ђорђе и Љубав', 'djordje-i-ljubav'],
  ])('makes the slug of %s', (title, slug) => {
    const planned = planNewPost({ kind: 'article', lang: 'sr', title, category: 'life-style', today });
    expect(planned.slug).toBe(slug);
    expect(planned.file).toBe(`content/sr/articles/${slug}.md`);
    expect(planned.urls).toEqual([`/sr/clanci/${slug}/`, `/sr-cyrl/clanci/${slug}/`]);
  });

  it('writes complete front matter that the schema accepts, with today and draft: true', () => {
    const planned = planNewPost({ kind: 'article', lang: 'sr', title: 'Чување података', category: 'life-style', today });
    const { data, body } = parseContentFile(planned.file, bytes(planned.contents));
    // The title as typed, in Cyrillic; the placeholders in the same script.
    expect(data).toMatchObject({ title: 'Чување података', date: '2026-11-29', category: 'life-style', draft: true });
    expect(articleSchema.safeParse(data).success).toBe(true);
    expect(body.trim()).toBe('TODO: текст.');
    expect(planNewPost({ kind: 'article', lang: 'sr', title: 'Čuvanje podataka', category: 'life-style', today }).contents).toContain('TODO: tekst.');
  });

  it('plans an English eLibrary item with its file under content/files/', () => {
    const planned = planNewPost({ kind: 'library', lang: 'en', title: 'Backup guide', format: 'epub', today });
    expect(planned.file).toBe('content/en/library/backup-guide.md');
    expect(planned.urls).toEqual(['/en/elibrary/backup-guide/']);
    const { data } = parseContentFile(planned.file, bytes(planned.contents));
    expect(data).toMatchObject({ format: 'epub', file: 'content/files/backup-guide.epub', year: 2026, draft: true });
    expect(libraryItemSchema.safeParse(data).success).toBe(true);
    expect(planned.nextSteps.join(' ')).toContain('content/files/backup-guide.epub');
  });

  it('quotes titles that YAML would otherwise misread', () => {
    const planned = planNewPost({ kind: 'article', lang: 'en', title: 'Yes: "no" # maybe', category: 'life-style', today });
    expect(parseContentFile(planned.file, bytes(planned.contents)).data.title).toBe('Yes: "no" # maybe');
  });

  it('refuses an article without a category and a title without letters', () => {
    expect(() => planNewPost({ kind: 'article', lang: 'sr', title: 'Naslov', today })).toThrow(NewPostError);
    expect(() => planNewPost({ kind: 'article', lang: 'sr', title: '?!', category: 'life-style', today })).toThrow(/no letters or digits/);
  });

  it('uses the local calendar day', () => {
    expect(localIsoDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});

describe('translation', () => {
  const source = `---
title: "Čuvanje podataka"
description: "Opis."
date: 2026-10-01
category: science-technology
tags: [podaci]
---

Uvod.

## Prvi naslov

\`\`\`sh
# not a heading
\`\`\`

### Podnaslov
`;

  it('reads the source headings outside code blocks', () => {
    expect(markdownHeadings(source)).toEqual(['## Prvi naslov', '### Podnaslov']);
  });

  it('plans the other language with the same key, category and date and the headings as skeleton', () => {
    const read = readTranslationSource('content/sr/articles/cuvanje-podataka.md', bytes(source));
    const planned = planTranslation(read, 'Keeping data', new Date(2026, 10, 29, 12));
    expect(planned.file).toBe('content/en/articles/keeping-data.md');
    expect(planned.sourceKeyToAdd).toBe('cuvanje-podataka');
    const { data, body } = parseContentFile(planned.file, bytes(planned.contents));
    expect(data).toMatchObject({ translationKey: 'cuvanje-podataka', category: 'science-technology', date: '2026-10-01', draft: true });
    expect(body).toContain('## Prvi naslov');
    expect(body).toContain('### Podnaslov');
    expect(body).not.toContain('not a heading');
  });

  it('keeps an existing key and adds a missing one to the source without touching the rest', () => {
    const withKey = source.replace('tags: [podaci]', 'tags: [podaci]\ntranslationKey: data-keeping');
    const read = readTranslationSource('content/sr/articles/cuvanje-podataka.md', bytes(withKey));
    const planned = planTranslation(read, 'Keeping data', today);
    expect(planned.sourceKeyToAdd).toBeUndefined();
    expect(planned.contents).toContain('translationKey: data-keeping');
    const added = addTranslationKey(source, 'cuvanje-podataka');
    expect(added).toBe(source.replace('tags: [podaci]\n', 'tags: [podaci]\ntranslationKey: cuvanje-podataka\n'));
  });

  it('refuses a file that is not an article or library item', () => {
    expect(() => readTranslationSource('content/sr/author.md', bytes(source))).toThrow(NewPostError);
  });
});
