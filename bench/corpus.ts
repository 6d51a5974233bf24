import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../src/config/paths';
import { CATEGORIES } from '../src/config/routes';

/**
 * A deterministic corpus of realistic articles for the benchmark: half Serbian (ijekavian,
 * Latin, with diacritics and lj/nj/dž), half English, ~800 words each, with headings, lists,
 * links, code blocks, tags and translation pairs, plus a few library items. Written into a
 * folder of its own (never into `content/`).
 */

/** mulberry32: a tiny seeded PRNG, so the same N always gives the same corpus. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SR_WORDS = (
  'ljudi znanje posao džep vrijeme mlijeko djevojka lijepo uvijek svjedočiti razumjeti bezbjednost podaci ' +
  'dobavljač rizik upravljanje zaštita lozinka mreža računar sistem korisnik usluga ugovor pregled ' +
  'nadživjeti podžanr konjugacija injekcija čitanje učenje ćevapi kajmak Đorđe Trebinje Banjaluka Višegrad ' +
  'Kozara Jahorina rijeka most planina selo grad kuća porodica prijatelj jutro veče kafa knjiga ' +
  'odgovornost povjerenje iskustvo savjet rješenje odluka promjena navika zdravlje odmor putovanje ' +
  'njegov njihov ljubav šuma žena čovjek ćerka đak džemper'
).split(' ');
const EN_WORDS = (
  'people knowledge work pocket time milk girl beautiful always witness understand security data vendor ' +
  'risk management protection password network computer system user service contract review reading ' +
  'learning coffee book river bridge mountain village city house family friend morning evening trust ' +
  'experience advice solution decision change habit health rest travel breach breaches backup team leader'
).split(' ');
/** The most frequent words of running text. */
const SR_FUNCTION_WORDS = 'i je u da se na za od ne to što sa kao su ali iz bi kad samo ili još već po ako do sve koji koja'.split(' ');
const EN_FUNCTION_WORDS = 'the of and to a in is that it for as with was on be by this are or not from at but have an which'.split(' ');

/**
 * The benchmark's search query of each language (bench/first-query.ts) sits at this frequency
 * rank: a topic word found in about one article in ten, as a reader's query usually is, rather
 * than a word on every page.
 */
export const QUERY_WORDS = { sr: 'zaštita', en: 'security' } as const;
const QUERY_RANK = 400;

/** Word-like strings from syllables of the language: the long tail of a real vocabulary. */
function pseudoWords(lang: 'sr' | 'en', rnd: () => number, count: number, taken: ReadonlySet<string>): string[] {
  const onsets = lang === 'sr'
    ? ['b', 'v', 'g', 'd', 'đ', 'ž', 'z', 'j', 'k', 'l', 'lj', 'm', 'n', 'nj', 'p', 'r', 's', 't', 'ć', 'f', 'h', 'c', 'č', 'dž', 'š', 'br', 'dr', 'gr', 'kr', 'pr', 'sl', 'st', 'tr', 'zv', 'sv', 'pl', 'dj']
    : ['b', 'c', 'd', 'f', 'g', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'y', 'st', 'tr', 'ch', 'sh', 'th', 'br', 'cl', 'gr', 'pl', 'sp', 'wh'];
  const vowels = lang === 'sr' ? ['a', 'e', 'i', 'o', 'u', 'ije', 'je'] : ['a', 'e', 'i', 'o', 'u', 'ea', 'ou', 'ai', 'ee'];
  const endings = lang === 'sr' ? ['', '', 'a', 'e', 'i', 'u', 'om', 'ima', 'ost', 'ski', 'nje', 'ti'] : ['', '', 's', 'ed', 'ing', 'tion', 'er', 'ly', 'ness', 'al'];
  const pick = <T,>(list: readonly T[]) => list[Math.floor(rnd() * list.length)] as T;
  const words: string[] = [];
  const seen = new Set(taken);
  while (words.length < count) {
    let word = '';
    for (let syllables = 1 + Math.floor(rnd() * 3); syllables > 0; syllables--) word += pick(onsets) + pick(vowels);
    word += pick(endings);
    if (word.length < 3 || seen.has(word)) continue;
    seen.add(word);
    words.push(word);
  }
  return words;
}

/**
 * A language's vocabulary with Zipf's law (exponent 1.07) over ranks: function words first, the
 * topic words spread over ranks 30–3,000 (the query word at {@link QUERY_RANK}), then 12,000
 * generated words. An 800-word article then holds about 400 distinct words, and a site of
 * thousands of articles tens of thousands, as real prose does; a few dozen words repeated on
 * every page would give Pagefind an index unlike any real site's.
 */
interface Vocabulary {
  readonly words: readonly string[];
  pick(): string;
}

function vocabulary(lang: 'sr' | 'en', rnd: () => number): Vocabulary {
  const functionWords = lang === 'sr' ? SR_FUNCTION_WORDS : EN_FUNCTION_WORDS;
  const query = QUERY_WORDS[lang];
  const topics = (lang === 'sr' ? SR_WORDS : EN_WORDS).filter((w) => w !== query);
  const tail = pseudoWords(lang, rnd, 12_000, new Set([...functionWords, ...topics, query]));
  const ranked = [...functionWords];
  const step = Math.floor((3000 - 30) / topics.length);
  let t = 0;
  let k = 0;
  while (t < tail.length || k < topics.length) {
    const rank = ranked.length + 1;
    if (rank === QUERY_RANK) ranked.push(query);
    else if (k < topics.length && rank >= 30 && (rank - 30) % step === 0) ranked.push(topics[k++] as string);
    else if (t < tail.length) ranked.push(tail[t++] as string);
    else ranked.push(topics[k++] as string);
  }
  const cumulative: number[] = [];
  let total = 0;
  for (let rank = 1; rank <= ranked.length; rank++) cumulative.push((total += 1 / rank ** 1.07));
  return {
    words: ranked,
    pick: () => {
      const target = rnd() * total;
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((cumulative[mid] as number) < target) lo = mid + 1;
        else hi = mid;
      }
      return ranked[lo] as string;
    },
  };
}

const SR_TAGS = ['bezbjednost', 'privatnost', 'rukovodjenje', 'putovanja', 'hrana', 'knjige', 'zdravlje', 'istorija'];
const EN_TAGS = ['security', 'privacy', 'leadership', 'travel', 'food', 'books', 'health', 'history'];

function sentence(words: Vocabulary, _rnd: () => number, length: number): string {
  const out: string[] = [];
  for (let i = 0; i < length; i++) out.push(words.pick());
  const text = out.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1) + '.';
}

function body(words: Vocabulary, rnd: () => number, links: string[]): string {
  const parts: string[] = [];
  for (let section = 0; section < 5; section++) {
    parts.push(`## ${sentence(words, rnd, 3).slice(0, -1)}`);
    for (let p = 0; p < 2; p++) {
      const sentences: string[] = [];
      for (let s = 0; s < 6; s++) sentences.push(sentence(words, rnd, 10 + Math.floor(rnd() * 6)));
      parts.push(sentences.join(' '));
    }
    if (section === 1) parts.push(['- ' + sentence(words, rnd, 5), '- ' + sentence(words, rnd, 6), '- ' + sentence(words, rnd, 4)].join('\n'));
    if (section === 2 && links[0]) parts.push(`${sentence(words, rnd, 6)} [${sentence(words, rnd, 2).slice(0, -1)}](${links[0]}).`);
    if (section === 3) parts.push('```bash\nrestic backup /home --tag daily\nrestic check\n```');
  }
  return parts.join('\n\n') + '\n';
}

/** Two in three indexes are a translated pair; the others exist in one language only. */
function isPaired(i: number): boolean {
  return i % 3 !== 2;
}

function hasArticle(i: number, lang: 'sr' | 'en'): boolean {
  return isPaired(i) || (lang === 'sr' ? i % 2 === 0 : i % 2 === 1);
}

export interface CorpusOptions {
  /** Number of articles, split evenly between Serbian and English. */
  readonly articles: number;
  readonly dir: string;
  readonly seed?: number;
}

/** Writes the corpus site (content/ and _data/) into `dir`, replacing what was there. */
export function generateCorpus(options: CorpusOptions): { articles: number; dir: string } {
  const rnd = random(options.seed ?? 2026);
  const vocabularies = { sr: vocabulary('sr', rnd), en: vocabulary('en', rnd) };
  const dir = path.resolve(options.dir);
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ['content/sr/articles', 'content/en/articles', 'content/sr/library', 'content/en/library', 'content/files', '_data']) mkdirSync(path.join(dir, sub), { recursive: true });
  for (const file of ['site.yaml', 'recommendations.yaml', 'transliteration.json']) cpSync(path.join(REPO_ROOT, '_data', file), path.join(dir, '_data', file));
  for (const lang of ['sr', 'en'] as const) {
    for (const page of ['index', 'author']) cpSync(path.join(REPO_ROOT, 'content', lang, `${page}.md`), path.join(dir, 'content', lang, `${page}.md`));
  }
  cpSync(path.join(REPO_ROOT, 'content/files'), path.join(dir, 'content/files'), { recursive: true });
  // Library items of every format, pointing at the repository's sample files.
  const items = [
    { slug: 'vodic', format: 'pdf', file: 'content/files/vendor-risk-checklist.pdf' },
    { slug: 'rezervne-kopije', format: 'pdf', file: 'content/files/backup-guide.pdf' },
    { slug: 'ogledi', format: 'epub', file: 'content/files/essays-on-trust.epub' },
    { slug: 'okvir', format: 'web', url: 'https://www.nist.gov/cyberframework' },
  ];
  for (const lang of ['sr', 'en'] as const) {
    const words = vocabularies[lang];
    for (const item of items) {
      const lines = ['---', `title: "${sentence(words, rnd, 3).slice(0, -1)}"`, 'authors: ["D. M."]', `description: "${sentence(words, rnd, 12)}"`, 'year: 2025', `format: ${item.format}`];
      lines.push(item.file ? `file: ${item.file}` : `url: ${item.url}`, `translationKey: item-${item.slug}`, '---', '', sentence(words, rnd, 40), '');
      writeFileSync(path.join(dir, 'content', lang, 'library', `${item.slug}.md`), lines.join('\n'));
    }
  }
  // Each index gives a translated pair (two in three) or one article: about 5/3 articles an index.
  const indexes = Math.ceil((options.articles * 3) / 5);
  let written = 0;
  const start = Date.UTC(2020, 0, 1);
  for (let i = 0; i < indexes && written < options.articles; i++) {
    const perLang = indexes;
    const date = new Date(start + Math.floor((i / perLang) * 6.8 * 365) * 86_400_000).toISOString().slice(0, 10);
    const category = CATEGORIES[i % CATEGORIES.length] as string;
    const paired = isPaired(i);
    for (const lang of ['sr', 'en'] as const) {
      if (written >= options.articles) break;
      if (!hasArticle(i, lang)) continue;
      const words = vocabularies[lang];
      const tags = lang === 'sr' ? SR_TAGS : EN_TAGS;
      const slug = `${lang === 'sr' ? 'clanak' : 'article'}-${String(i).padStart(5, '0')}`;
      const previous = i > 0 ? `/${lang}/${lang === 'sr' ? 'clanci' : 'articles'}/${lang === 'sr' ? 'clanak' : 'article'}-${String(i - 1).padStart(5, '0')}/` : '';
      const title = sentence(words, rnd, 4).slice(0, -1).replace(/"/g, '');
      const frontMatter = [
        '---',
        `title: "${title} ${i}"`,
        `description: "${sentence(words, rnd, 14).replace(/"/g, '')}"`,
        `date: ${date}`,
        `category: ${category}`,
        `tags: [${tags[i % tags.length]}, ${tags[(i * 7 + 3) % tags.length]}]`,
        ...(paired ? [`translationKey: pair-${i}`] : []),
        '---',
        '',
      ].join('\n');
      writeFileSync(path.join(dir, 'content', lang, 'articles', `${slug}.md`), frontMatter + body(words, rnd, previous && hasArticle(i - 1, lang) ? [previous] : []));
      written++;
    }
  }
  return { articles: written, dir };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const n = Number(process.argv[2] ?? 500);
  const out = process.argv[3] ?? `/dev/shm/dmspot-corpus-${n}`;
  const result = generateCorpus({ articles: n, dir: out });
  console.log(`Wrote ${result.articles} articles into ${result.dir}`);
}
