import { afterAll, describe, expect, it } from 'vitest';
import { EditionThread } from '../../src/editions/edition-thread';
import { serbianEditions } from '../../src/editions/serbian-page';
import { optionsFromData } from '../../src/i18n/transliterate';

const options = { siteUrl: 'https://dmspot.net', transliteration: optionsFromData({ keepLatin: ['DM Spot', 'GitHub'] }) };

/** A Serbian page as a template writes it, the `n`th of a site. */
function page(n: number): string {
  const ld = JSON.stringify({ '@context': 'https://schema.org', '@type': 'BlogPosting', headline: `Čuvanje podataka ${n}`, inLanguage: 'sr-Latn', url: `https://dmspot.net/sr/clanci/clanak-${n}/` });
  return `<!DOCTYPE html>
<html lang="sr-Latn"><head><meta charset="utf-8"><title>Čuvanje podataka ${n} · DM Spot</title>
<meta name="description" content="Kako čuvamo podatke i zašto">
<link rel="canonical" href="https://dmspot.net/sr/clanci/clanak-${n}/">
<script type="application/ld+json">${ld}</script></head>
<body><nav class="editions"><a href="/sr/clanci/clanak-${n}/" aria-current="page">Srpski</a> <a href="/sr-cyrl/clanci/clanak-${n}/">Српски</a></nav>
<main id="main"><article data-pagefind-body><h1 id="cuvanje">Čuvanje podataka ${n}</h1>
<p>Ljubav prema podacima, njihova zaštita i džep pun ključeva: DM Spot na GitHub-u.</p>
<p>Ћирилица коју је аутор написао остаје и у латиничком издању као латиница.</p>
<p><code>git log --oneline</code> i <span lang="en">human in the loop</span>.</p></article></main></body></html>`;
}

describe('the editions thread (large builds run the editions pass beside the render)', () => {
  const thread = new EditionThread(options);
  afterAll(() => thread.close());

  it.each([true, false])('gives exactly what the pass gives on the main thread (search copy: %s)', async (search) => {
    const html = page(1);
    const inline = serbianEditions(html, { ...options, search });
    expect(await thread.editions(html, search)).toEqual(inline);
    // The page really was rewritten: Cyrillic twin, Latin page, the author's exception kept.
    expect(inline.cyrillic).toContain('Љубав према подацима');
    expect(inline.cyrillic).toContain('DM Spot');
    expect(inline.latin).toContain('Ćirilica koju je autor napisao');
  });

  it('answers many pages in flight at once, each with its own', async () => {
    const pages = Array.from({ length: 50 }, (_, n) => page(n));
    const results = await Promise.all(pages.map((html) => thread.editions(html, true)));
    results.forEach((result, n) => expect(result).toEqual(serbianEditions(pages[n]!, { ...options, search: true })));
  });

  it('refuses pages once closed, rather than waiting for ever', async () => {
    const closed = new EditionThread(options);
    await closed.close();
    await expect(closed.editions(page(1), true)).rejects.toThrow(/closed/);
  });
});
