import { BuiltSite } from '../helpers/site';

/** The first URL of the built site that matches, or an error naming what is missing. */
function first(urls: readonly string[], pattern: RegExp, what: string): string {
  const url = urls.find((u) => pattern.test(u));
  if (!url) throw new Error(`the fixture site has no ${what} (${pattern})`);
  return url;
}

/**
 * One page of every kind, in all three editions, plus the pages outside the editions: what
 * the browser tests visit. Taken from the built fixture site, so a new kind of page shows up as
 * soon as its pattern is added here.
 */
export function pageKinds(site: BuiltSite): { kind: string; url: string }[] {
  const urls = site.htmlUrls();
  const kinds: { kind: string; url: string }[] = [
    { kind: 'landing', url: '/' },
    { kind: 'not found', url: '/404.html' },
  ];
  const editions = [
    { prefix: '/en/', articles: 'articles', category: 'science-technology', tags: 'tags', author: 'author', library: 'elibrary', recommendations: 'recommendations', search: 'search' },
    { prefix: '/sr/', articles: 'clanci', category: 'nauka-i-tehnologija', tags: 'oznake', author: 'autor', library: 'ebiblioteka', recommendations: 'preporuke', search: 'pretraga' },
    { prefix: '/sr-cyrl/', articles: 'clanci', category: 'nauka-i-tehnologija', tags: 'oznake', author: 'autor', library: 'ebiblioteka', recommendations: 'preporuke', search: 'pretraga' },
  ];
  for (const e of editions) {
    const p = e.prefix;
    const add = (kind: string, url: string) => kinds.push({ kind: `${kind} ${p}`, url });
    add('home', first(urls, new RegExp(`^${p}$`), 'home'));
    add('article list', first(urls, new RegExp(`^${p}${e.articles}/$`), 'article list'));
    add('category', first(urls, new RegExp(`^${p}${e.category}/$`), 'category page'));
    add('article', first(urls, new RegExp(`^${p}${e.articles}/[a-z0-9-]+/$`), 'article'));
    add('tag', first(urls, new RegExp(`^${p}${e.tags}/[a-z0-9-]+/$`), 'tag page'));
    add('tag index', first(urls, new RegExp(`^${p}${e.tags}/$`), 'index of tags'));
    add('author', first(urls, new RegExp(`^${p}${e.author}/$`), 'author page'));
    add('eLibrary', first(urls, new RegExp(`^${p}${e.library}/$`), 'eLibrary'));
    add('eLibrary item', first(urls, new RegExp(`^${p}${e.library}/[a-z0-9-]+/$`), 'eLibrary item'));
    add('recommendations', first(urls, new RegExp(`^${p}${e.recommendations}/$`), 'recommendations'));
    add('search', first(urls, new RegExp(`^${p}${e.search}/$`), 'search page'));
  }
  return kinds;
}
