import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { toCyrillicEdition, toLatinEdition } from '../../src/editions/page-rewriter';
import { serbianEditions } from '../../src/editions/serbian-page';
import { optionsFromData } from '../../src/i18n/transliterate';

const SITE = 'https://dmspot.net';
const transliteration = optionsFromData({ keepLatin: ['DM Spot', 'GitHub'] });

const jsonLd = {
  '@context': 'https://schema.org',
  '@type': 'BlogPosting',
  '@id': `${SITE}/sr/clanci/cuvanje-podataka/#article`,
  headline: 'Čuvanje podataka </script><script>alert(1)</script>',
  description: 'Kako čuvamo podatke\u2028i zašto',
  inLanguage: 'sr-Latn',
  url: `${SITE}/sr/clanci/cuvanje-podataka/`,
  datePublished: '2024-05-01T10:00:00+02:00',
  keywords: ['privatnost', 'podaci'],
  author: { '@type': 'Person', name: 'Dragan Marković', url: `${SITE}/sr/autor/` },
  publisher: { '@type': 'Organization', name: 'DM Spot', logo: { '@type': 'ImageObject', url: `${SITE}/assets/logo.png` } },
  workTranslation: { '@type': 'BlogPosting', inLanguage: 'en', headline: 'Keeping data safe', url: `${SITE}/en/articles/keeping-data/` },
};
/** What a template would write: `<` escaped so that the script element cannot be closed early. */
const jsonLdSource = JSON.stringify(jsonLd).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028');

const PAGE = `<!DOCTYPE html>
<html lang="sr-Latn" class="no-js">
<head>
  <meta charset="utf-8">
  <title>Čuvanje podataka &amp; privatnost | DM Spot</title>
  <meta name="description" content="Kako čuvamo vaše podatke &amp; zašto">
  <meta name="keywords" content="privatnost, podaci">
  <meta property="og:title" content="Čuvanje podataka">
  <meta property="og:description" content="Članak o privatnosti">
  <meta property="og:site_name" content="DM Spot">
  <meta property="og:image:alt" content="Ključ na stolu">
  <meta property="og:url" content="${SITE}/sr/clanci/cuvanje-podataka/">
  <meta property="og:image" content="${SITE}/assets/og/kljuc.png">
  <meta name="twitter:title" content="Čuvanje podataka">
  <meta name="twitter:description" content="Članak o privatnosti">
  <meta name="application-name" content="Moj sajt">
  <link rel="canonical" href="${SITE}/sr/clanci/cuvanje-podataka/">
  <link rel="alternate" hreflang="sr-Latn" href="${SITE}/sr/clanci/cuvanje-podataka/">
  <link rel="alternate" hreflang="sr-Cyrl" href="${SITE}/sr-cyrl/clanci/cuvanje-podataka/">
  <link rel="alternate" hreflang="en" href="${SITE}/en/articles/keeping-data/">
  <link rel="alternate" type="application/atom+xml" href="/sr/feed.xml" title="Članci (Atom)">
  <link rel="alternate" type="application/feed+json" href="/sr/feed.json" title="Članci (JSON)">
  <link rel="stylesheet" href="/assets/site.css">
  <style>.lead::before { content: "Napomena"; }</style>
  <script type="application/ld+json">${jsonLdSource}</script>
  <script src="/assets/site.js" defer></script>
  <script>window.label = "Pretraga";</script>
</head>
<body>
  <!-- Zaglavlje: ovaj komentar ostaje latinicom -->
  <header>
    <a href="/sr/" class="logo" aria-label="Početna stranica">DM Spot</a>
    <nav aria-label="Glavni meni">
      <a href="/sr/clanci/">Članci</a>
      <a href='/sr/oznake/' title='Sve oznake'>Oznake</a>
      <a href=/sr/pretraga/?q=ljubav#rezultati>Pretraga</a>
      <a href="/sr?ref=meni">Početna</a>
      <a href="/sr#vrh">Na vrh</a>
      <a href="/srpski/">Stranica srpski</a>
      <a href="/en/">English</a>
      <a href="https://github.com/dmspot">GitHub</a>
    </nav>
    <div class="script-switcher" data-label-menu="Izaberi pismo">
      <a href="/sr/clanci/cuvanje-podataka/" hreflang="sr-Latn" lang="sr-Latn" aria-current="page">latinica</a>
      <a href="/sr-cyrl/clanci/cuvanje-podataka/" hreflang="sr-Cyrl" lang="sr-Cyrl">ћирилица</a>
      <a href="/en/articles/keeping-data/" hreflang="en" lang="en">English</a>
    </div>
  </header>
  <main>
    <article>
      <h1>Čuvanje podataka</h1>
      <p class="lead" id="uvod">Ljubav&nbsp;prema podacima &mdash; i njihovoj zaštiti&#33; Pogledajte <a href="${SITE}/sr/clanci/drugi/">drugi članak</a>.</p>
      <p>Kod: <code>const ljubav = "džep";</code>, taster <kbd>Ctrl</kbd>, izlaz <samp>Greška</samp>, promenljiva <var>brojač</var>.</p>
      <pre><code class="language-js">let poruka = 'Zdravo';</code></pre>
      <p><span lang="en">Keep this in English <img src="/assets/flag.png" alt="English flag"> <span lang="sr">ali ovo je srpski</span></span>.</p>
      <p><span translate="no">Naziv proizvoda</span> i <span lang="sr-Latn">ostaje latinica</span>.</p>
      <p>Ćirilični tekst: Ђорђе. Brojevi: 1.000, 2024. i 50%.</p>
      <img src="/sr/slike/kljuc.png" alt="Ključ na stolu" title="Slika ključa">
      <img src="/assets/most.jpg" alt='Most "na Drini"' />
      <svg viewBox="0 0 10 10" aria-label="Ikonica pretrage"><title>Pretraga</title><text>Tekst</text></svg>
      <math><mi>x</mi><mtext>jednako</mtext></math>
      <video src="/sr/video/uvod.mp4" poster="/sr/video/uvod.jpg"></video>
      <div data-url="/sr/api/ocena" data-foo="Ljubav">Ocena</div>
      <br>
    </article>
    <form action="/sr/pretraga/" method="get">
      <input type="search" name="q" placeholder="Pretraži članke" value="ljubav">
      <input type="submit" value="Traži">
      <input type="reset" value="Obriši">
      <textarea name="poruka">Vaša poruka</textarea>
      <button type="submit" aria-description="Šalje upit">Pošalji</button>
    </form>
  </main>
</body>
</html>
`;

const out = toCyrillicEdition(PAGE, { siteUrl: SITE, transliteration });
const $ = cheerio.load(out);

describe('toCyrillicEdition', () => {
  describe('rule 1: root language', () => {
    it('sets lang="sr-Cyrl" on <html> and keeps its other attributes', () => {
      expect($('html').attr('lang')).toBe('sr-Cyrl');
      expect(out).toContain('<html lang="sr-Cyrl" class="no-js">');
    });
  });

  describe('rule 2: text nodes', () => {
    it('transliterates headings, paragraphs, links and the title', () => {
      expect($('head > title').text()).toBe('Чување података & приватност | DM Spot');
      expect($('h1').text()).toBe('Чување података');
      expect($('nav a').first().text()).toBe('Чланци');
      expect($('p.lead').text()).toBe('Љубав\u00a0према подацима — и њиховој заштити! Погледајте други чланак.');
    });
    it('never transliterates entity names and re-encodes &, < and >', () => {
      expect(out).toContain('<title>Чување података &amp; приватност | DM Spot</title>');
      expect(out).not.toMatch(/&[а-шђјљњћџ]+;/);
      expect(out).toContain('Љубав&nbsp;према');
    });
    it('keeps Cyrillic, numbers and punctuation', () => {
      expect($('p').filter((_, element) => $(element).text().startsWith('Ћирилични')).text()).toBe(
        'Ћирилични текст: Ђорђе. Бројеви: 1.000, 2024. и 50%.',
      );
    });
    it('keeps keepLatin entries', () => {
      expect($('a.logo').text()).toBe('DM Spot');
    });
  });

  describe('rule 3: protected elements', () => {
    it('leaves code, pre, kbd, samp, var, textarea, script and style alone', () => {
      expect($('p code').text()).toBe('const ljubav = "džep";');
      expect($('pre code').text()).toBe("let poruka = 'Zdravo';");
      expect($('kbd').text()).toBe('Ctrl');
      expect($('samp').text()).toBe('Greška');
      expect($('var').text()).toBe('brojač');
      expect($('textarea').text()).toBe('Vaša poruka');
      expect(out).toContain('<style>.lead::before { content: "Napomena"; }</style>');
      expect(out).toContain('<script>window.label = "Pretraga";</script>');
    });
    it('leaves svg and math alone, including their attributes', () => {
      expect($('svg title').text()).toBe('Pretraga');
      expect($('svg text').text()).toBe('Tekst');
      expect($('svg').attr('aria-label')).toBe('Ikonica pretrage');
      expect($('math mtext').text()).toBe('jednako');
    });
    it('leaves translate="no" and foreign-language passages alone, sr-Latn included', () => {
      expect($('span[translate="no"]').text()).toBe('Naziv proizvoda');
      expect($('span[lang="sr-Latn"]').text()).toBe('ostaje latinica');
      expect($('span[lang="en"]').contents().first().text()).toBe('Keep this in English ');
      expect($('span[lang="en"] img').attr('alt')).toBe('English flag');
    });
    it('transliterates a Serbian passage inside a foreign one again', () => {
      expect($('span[lang="sr"]').text()).toBe('али ово је српски');
    });
    it('keeps the switcher labels as written', () => {
      expect($('a[hreflang="sr-Latn"]').text()).toBe('latinica');
      expect($('a[hreflang="sr-Cyrl"]').text()).toBe('ћирилица');
      expect($('a[hreflang="en"]').text()).toBe('English');
    });
    it('leaves comments and the doctype alone', () => {
      expect(out.startsWith('<!DOCTYPE html>\n')).toBe(true);
      expect(out).toContain('<!-- Zaglavlje: ovaj komentar ostaje latinicom -->');
    });
  });

  describe('rule 4: prose attributes', () => {
    it('transliterates alt, title, aria-label, aria-description, placeholder and data-label-*', () => {
      expect($('img[src="/sr-cyrl/slike/kljuc.png"]').attr('alt')).toBe('Кључ на столу');
      expect($('img[src="/sr-cyrl/slike/kljuc.png"]').attr('title')).toBe('Слика кључа');
      expect($('a.logo').attr('aria-label')).toBe('Почетна страница');
      expect($('nav').attr('aria-label')).toBe('Главни мени');
      expect($('button').attr('aria-description')).toBe('Шаље упит');
      expect($('input[type="search"]').attr('placeholder')).toBe('Претражи чланке');
      expect($('.script-switcher').attr('data-label-menu')).toBe('Изабери писмо');
      expect($('a[title]').attr('title')).toBe('Све ознаке');
    });
    it('keeps the quoting of each attribute', () => {
      expect(out).toContain(`title='Све ознаке'`);
      expect(out).toContain(`alt='Мост "на Дрини"'`);
      expect(out).toContain('<img src="/assets/most.jpg" alt=\'Мост "на Дрини"\' />');
    });
    it('transliterates button values but not typed values', () => {
      expect($('input[type="submit"]').attr('value')).toBe('Тражи');
      expect($('input[type="reset"]').attr('value')).toBe('Обриши');
      expect($('input[type="search"]').attr('value')).toBe('ljubav');
    });
    it('transliterates the prose meta tags only', () => {
      expect($('meta[name="description"]').attr('content')).toBe('Како чувамо ваше податке & зашто');
      expect(out).toContain('content="Како чувамо ваше податке &amp; зашто"');
      expect($('meta[property="og:title"]').attr('content')).toBe('Чување података');
      expect($('meta[property="og:description"]').attr('content')).toBe('Чланак о приватности');
      expect($('meta[property="og:site_name"]').attr('content')).toBe('DM Spot');
      expect($('meta[property="og:image:alt"]').attr('content')).toBe('Кључ на столу');
      expect($('meta[name="twitter:title"]').attr('content')).toBe('Чување података');
      expect($('meta[name="twitter:description"]').attr('content')).toBe('Чланак о приватности');
      expect($('meta[name="application-name"]').attr('content')).toBe('Мој сајт');
      expect($('meta[name="keywords"]').attr('content')).toBe('privatnost, podaci');
    });
    it('never transliterates classes, ids or other attributes', () => {
      expect($('p.lead').attr('id')).toBe('uvod');
      expect($('[data-foo]').attr('data-foo')).toBe('Ljubav');
      expect($('form input[type="search"]').attr('name')).toBe('q');
    });
  });

  describe('rule 5: URLs', () => {
    it('moves /sr/ URLs to /sr-cyrl/', () => {
      expect($('link[rel="canonical"]').attr('href')).toBe(`${SITE}/sr-cyrl/clanci/cuvanje-podataka/`);
      expect($('meta[property="og:url"]').attr('content')).toBe(`${SITE}/sr-cyrl/clanci/cuvanje-podataka/`);
      expect($('a.logo').attr('href')).toBe('/sr-cyrl/');
      expect($('nav a').eq(0).attr('href')).toBe('/sr-cyrl/clanci/');
      expect($('nav a').eq(1).attr('href')).toBe('/sr-cyrl/oznake/');
      expect($('nav a').eq(2).attr('href')).toBe('/sr-cyrl/pretraga/?q=ljubav#rezultati');
      expect($('nav a').eq(3).attr('href')).toBe('/sr-cyrl?ref=meni');
      expect($('nav a').eq(4).attr('href')).toBe('/sr-cyrl#vrh');
      expect($('p.lead a').attr('href')).toBe(`${SITE}/sr-cyrl/clanci/drugi/`);
      expect($('form').attr('action')).toBe('/sr-cyrl/pretraga/');
      expect($('video').attr('src')).toBe('/sr-cyrl/video/uvod.mp4');
      expect($('video').attr('poster')).toBe('/sr-cyrl/video/uvod.jpg');
      expect($('[data-url]').attr('data-url')).toBe('/sr-cyrl/api/ocena');
      expect(out).toContain('<a href=/sr-cyrl/pretraga/?q=ljubav#rezultati>');
    });
    it('leaves other URLs alone', () => {
      expect($('nav a').eq(5).attr('href')).toBe('/srpski/');
      expect($('nav a').eq(6).attr('href')).toBe('/en/');
      expect($('nav a').eq(7).attr('href')).toBe('https://github.com/dmspot');
      expect($('link[rel="stylesheet"]').attr('href')).toBe('/assets/site.css');
      expect($('meta[property="og:image"]').attr('content')).toBe(`${SITE}/assets/og/kljuc.png`);
    });
    it('leaves hreflang alternates and switcher links alone', () => {
      expect($('link[hreflang="sr-Latn"]').attr('href')).toBe(`${SITE}/sr/clanci/cuvanje-podataka/`);
      expect($('link[hreflang="sr-Cyrl"]').attr('href')).toBe(`${SITE}/sr-cyrl/clanci/cuvanje-podataka/`);
      expect($('link[hreflang="en"]').attr('href')).toBe(`${SITE}/en/articles/keeping-data/`);
      expect($('a[hreflang="sr-Latn"]').attr('href')).toBe('/sr/clanci/cuvanje-podataka/');
    });
  });

  describe('rule 6: the switchers mark the Cyrillic edition as current', () => {
    it('moves aria-current="page" from the Latin to the Cyrillic link', () => {
      expect($('a[hreflang="sr-Latn"]').attr('aria-current')).toBeUndefined();
      expect($('a[hreflang="sr-Cyrl"]').attr('aria-current')).toBe('page');
      expect($('a[hreflang="en"]').attr('aria-current')).toBeUndefined();
      expect(out).toContain('<a href="/sr/clanci/cuvanje-podataka/" hreflang="sr-Latn" lang="sr-Latn">latinica</a>');
      expect(out).toContain('<a href="/sr-cyrl/clanci/cuvanje-podataka/" hreflang="sr-Cyrl" lang="sr-Cyrl" aria-current="page">ћирилица</a>');
    });
    it('does not duplicate aria-current when the Cyrillic link already has it', () => {
      const html = '<html lang="sr-Latn"><body><a href="/sr-cyrl/" hreflang="sr-Cyrl" aria-current="page">ћирилица</a></body></html>';
      const result = toCyrillicEdition(html, { siteUrl: SITE });
      expect(result.match(/aria-current/g)).toHaveLength(1);
      expect(cheerio.load(result)('a').attr('aria-current')).toBe('page');
    });
  });

  describe('rule 7: JSON-LD', () => {
    const script = $('script[type="application/ld+json"]');
    const raw = script.html() ?? '';
    const data = JSON.parse(raw) as typeof jsonLd;
    it('cannot be broken out of', () => {
      expect(raw).not.toMatch(/<\/script/i);
      expect(raw).not.toContain('<');
      expect(raw).not.toContain('\u2028');
      expect(raw).toContain('\\u2028');
      expect($('script').length).toBe(3);
    });
    it('transliterates prose and keeps types, ids, dates and URLs as data', () => {
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe('BlogPosting');
      expect(data.headline.startsWith('Чување података </script>')).toBe(true);
      expect(data.description).toBe('Како чувамо податке\u2028и зашто');
      expect(data.keywords).toEqual(['приватност', 'подаци']);
      expect(data.author.name).toBe('Драган Марковић');
      expect(data.author['@type']).toBe('Person');
      expect(data.publisher.name).toBe('DM Spot');
      expect(data.datePublished).toBe('2024-05-01T10:00:00+02:00');
    });
    it('switches inLanguage and /sr/ URLs to the Cyrillic edition', () => {
      expect(data.inLanguage).toBe('sr-Cyrl');
      expect(data.url).toBe(`${SITE}/sr-cyrl/clanci/cuvanje-podataka/`);
      expect(data['@id']).toBe(`${SITE}/sr-cyrl/clanci/cuvanje-podataka/#article`);
      expect(data.author.url).toBe(`${SITE}/sr-cyrl/autor/`);
      expect(data.publisher.logo.url).toBe(`${SITE}/assets/logo.png`);
    });
    it('leaves an object in another language as it is', () => {
      expect(data.workTranslation).toEqual(jsonLd.workTranslation);
    });
    it('leaves invalid JSON alone', () => {
      const html = '<html lang="sr-Latn"><head><script type="application/ld+json">{ "name": "Ljubav", </script></head></html>';
      expect(toCyrillicEdition(html, { siteUrl: SITE })).toBe(html.replace('sr-Latn', 'sr-Cyrl'));
    });
    it('keeps pretty-printing', () => {
      const pretty = JSON.stringify({ '@type': 'WebSite', name: 'Moj sajt' }, null, 2);
      const html = `<html lang="sr-Latn"><head><script type="application/ld+json">\n${pretty}\n</script></head></html>`;
      const result = toCyrillicEdition(html, { siteUrl: SITE });
      expect(result).toContain(`\n${JSON.stringify({ '@type': 'WebSite', name: 'Мој сајт' }, null, 2)}\n</script>`);
    });
  });

  describe('rule 8: feeds', () => {
    it('announces the Cyrillic feeds', () => {
      expect($('link[type="application/atom+xml"]').attr('href')).toBe('/sr-cyrl/feed.xml');
      expect($('link[type="application/feed+json"]').attr('href')).toBe('/sr-cyrl/feed.json');
      expect($('link[type="application/atom+xml"]').attr('title')).toBe('Чланци (Атом)');
    });
  });

  describe('markup is otherwise unchanged', () => {
    it('is byte-identical when there is nothing to change', () => {
      const html = '<!doctype html>\n<html lang="en"><head><title>Hello</title></head><body><p class=x>Hi <b>there</b><br/><img src=a.png></p><!-- c --></body></html>';
      expect(toCyrillicEdition(html, { siteUrl: SITE })).toBe(html);
    });
    it('changes only what the rules change', () => {
      // Undo every expected change on a copy of the output: what remains must be the input.
      const tokenise = (html: string) => html.split(/(<[^>]*>)/).filter((piece) => piece.startsWith('<')).map((tag) => tag.replace(/=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/g, '=…'));
      const before = tokenise(PAGE);
      const after = tokenise(out);
      // The same tags in the same order, with the same attribute names and quoting.
      expect(after.length).toBe(before.length);
      const differing = before.filter((tag, index) => after[index] !== tag);
      expect(differing).toEqual(['<a href=… hreflang=… lang=… aria-current=…>', '<a href=… hreflang=… lang=…>']);
    });
    it('keeps void elements, self-closing syntax and whitespace', () => {
      expect(out).toContain('<meta charset="utf-8">');
      expect(out).toContain('<br>\n    </article>');
      expect(out.split('\n').length).toBe(PAGE.split('\n').length);
    });
    it('handles unclosed and implied elements', () => {
      const html = '<html lang="sr-Latn"><body><ul><li>Prvi<li>Drugi</ul><p>Jedan<p>Dva</p></p><code>kod<p>Ljubav</body></html>';
      const result = cheerio.load(toCyrillicEdition(html, { siteUrl: SITE }));
      expect(result('li').map((_, element) => result(element).text()).get()).toEqual(['Први', 'Други']);
      expect(result('body > p').first().text()).toBe('Један');
    });
  });

  it('leaves no Serbian Latin outside protected elements', () => {
    const page = cheerio.load(out);
    page('code, pre, kbd, samp, var, script, style, textarea, svg, math, [translate="no"]').remove();
    page('[lang]')
      .filter((_, element) => !/^sr(?:-cyrl)?(?:-[a-z]{2})?$/i.test(page(element).attr('lang') ?? ''))
      .not('html')
      .each((_, element) => {
        // A Serbian passage inside a foreign one is not protected: keep it, drop the rest.
        const serbian = page(element).find('[lang="sr"]').clone();
        page(element).replaceWith(serbian);
      });
    const text = page('html').text();
    // Latin that the rules keep on purpose: keepLatin entries and acronyms.
    const rest = text.replace(/DM Spot|GitHub|JSON/g, '');
    expect(rest).not.toMatch(/[A-Za-zČĆŽŠĐčćžšđ]/);
    for (const selector of ['[alt]', '[title]', '[aria-label]', '[placeholder]']) {
      page(selector).each((_, element) => {
        const value = page(element).attr(selector.slice(1, -1)) ?? '';
        expect(value.replace(/DM Spot|GitHub|JSON/g, '')).not.toMatch(/[A-Za-zČĆŽŠĐčćžšđ]/);
      });
    }
  });

  it('runs without transliteration options', () => {
    const html = '<html lang="sr-Latn"><body><p>Ljubav</p></body></html>';
    expect(toCyrillicEdition(html, { siteUrl: `${SITE}/` })).toBe('<html lang="sr-Cyrl"><body><p>Љубав</p></body></html>');
  });
});

describe('serbianEditions', () => {
  const options = { siteUrl: SITE, transliteration, search: true };
  // The page above as the author wrote it in Latin (its only Cyrillic is the switcher's own label).
  const LATIN_PAGE = PAGE.replace('Ђорђе', 'Đorđe');
  const latinTwin = toCyrillicEdition(LATIN_PAGE, options);

  it('gives a page written in Latin as its own Latin edition, byte for byte', () => {
    const pages = serbianEditions(LATIN_PAGE, options);
    expect(pages.latin).toBe(LATIN_PAGE);
    expect(toLatinEdition(LATIN_PAGE, options)).toBe(LATIN_PAGE);
    expect(pages.cyrillic).toBe(latinTwin);
  });

  it('rewrites a page holding Cyrillic into Latin, with the same Cyrillic twin as its Latin source', () => {
    // The same page with its first paragraph typed in Cyrillic.
    const mixed = LATIN_PAGE.replace(/<p>([^<]*)<\/p>/, (_, text: string) => `<p>${toCyrillicEdition(`<p>${text}</p>`, options).slice(3, -4)}</p>`);
    expect(mixed).not.toBe(LATIN_PAGE);
    const fromMixed = serbianEditions(mixed, options);
    const fromLatin = serbianEditions(LATIN_PAGE, options);
    expect(fromMixed.latin).toBe(LATIN_PAGE);
    expect(fromMixed.cyrillic).toBe(fromLatin.cyrillic);
  });
});
