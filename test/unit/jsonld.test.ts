import { describe, expect, it } from 'vitest';
import { jsonLdScript, serializeJsonLd } from '../../src/seo/json-ld';
import { blogPosting, book, breadcrumbList, person, webSite, withContext } from '../../src/seo/structured-data';

const HOSTILE = 'A </script><script>alert(1)</script> "q" & \u2028 \u2029 <!-- end';

describe('serializeJsonLd', () => {
  it.each([
    ['</script>', '\\u003c/script>'],
    ['<!--', '\\u003c!--'],
    ['a\u2028b', 'a\\u2028b'],
    ['a\u2029b', 'a\\u2029b'],
  ])('escapes %j', (input, escaped) => {
    const out = serializeJsonLd({ name: input });
    expect(out).toContain(escaped);
    expect(out).not.toMatch(/[<\u2028\u2029]/);
  });

  it('round-trips to the same value', () => {
    const value = { name: HOSTILE, list: [HOSTILE, 1, true, null], nested: { x: HOSTILE } };
    expect(JSON.parse(serializeJsonLd(value))).toEqual(value);
  });

  it('cannot close the script element it is written into', () => {
    const script = jsonLdScript({ headline: HOSTILE }).value;
    expect(script.match(/<\/script/gi)).toHaveLength(1);
    expect(script.endsWith('</script>\n')).toBe(true);
    const body = script.slice('<script type="application/ld+json">'.length, script.lastIndexOf('</script>'));
    expect(JSON.parse(body)).toEqual({ headline: HOSTILE });
  });
});

describe('structured data', () => {
  const author = { name: 'D. M.', url: 'https://dmspot.net/sr/autor/' };

  it('writes a BlogPosting with every field search engines ask for', () => {
    const ld = withContext(
      blogPosting({
        url: 'https://dmspot.net/sr/clanci/x/',
        headline: 'Naslov',
        description: 'Opis',
        datePublished: new Date('2026-01-10T00:00:00Z'),
        author,
        inLanguage: 'sr-Latn',
        image: 'https://dmspot.net/sr/clanci/x/og.png',
        articleSection: 'Život i stil',
        keywords: ['a', 'b'],
      }),
    ) as Record<string, unknown>;
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'BlogPosting',
      headline: 'Naslov',
      datePublished: '2026-01-10T00:00:00Z',
      // No revision: modified is the publication date.
      dateModified: '2026-01-10T00:00:00Z',
      author: { '@type': 'Person', name: 'D. M.', url: author.url },
      inLanguage: 'sr-Latn',
      articleSection: 'Život i stil',
      keywords: ['a', 'b'],
    });
  });

  it('writes a Book with authors as people, an EBook format and a bare ISBN', () => {
    const ld = book({ url: 'https://dmspot.net/en/elibrary/x/', name: 'T', description: 'D', authors: ['A', 'B'], format: 'pdf', inLanguage: 'en', isbn: '978-0-306-40615-7', numberOfPages: 12, year: 2025 }) as Record<string, unknown>;
    expect(ld).toMatchObject({ '@type': 'Book', bookFormat: 'https://schema.org/EBook', isbn: '9780306406157', numberOfPages: 12, inLanguage: 'en', datePublished: '2025' });
    expect(ld.author).toEqual([{ '@type': 'Person', name: 'A' }, { '@type': 'Person', name: 'B' }]);
  });

  it('numbers breadcrumbs from 1 and puts several nodes in a @graph', () => {
    const ld = withContext(webSite({ name: 'S', url: 'https://dmspot.net/en/', description: 'D', inLanguage: 'en', author }), breadcrumbList([{ name: 'Home', url: 'https://dmspot.net/en/' }, { name: 'X', url: 'https://dmspot.net/en/x/' }])) as { '@graph': Record<string, unknown>[] };
    expect(ld['@graph'][0]).toMatchObject({ '@type': 'WebSite' });
    expect(ld['@graph'][1]).toMatchObject({ itemListElement: [{ position: 1, name: 'Home' }, { position: 2, name: 'X', item: 'https://dmspot.net/en/x/' }] });
  });

  it('leaves sameAs out when there are no profiles', () => {
    expect(person({ name: 'D. M.', sameAs: [] })).toEqual({ '@type': 'Person', name: 'D. M.' });
    expect(person({ name: 'D. M.', sameAs: ['https://example.com/dm'] })).toMatchObject({ sameAs: ['https://example.com/dm'] });
  });
});
