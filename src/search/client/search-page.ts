/**
 * The search page: reads the search from the URL, searches the reader's edition as they type,
 * keeps the search in the URL, and lets the keyboard do everything (`/` to the field, arrows
 * through the results, Enter to open, Escape to clear).
 */
import { isEdition, type Edition } from '../../config/editions';
import { toEditionUrl } from '../../config/routes';
import { optionsFromData, type TransliterationData } from '../../i18n/transliterate';
import { displayText } from '../display';
import { normaliseQuery, searchLanguageOf } from '../normalise';
import { loadPagefind, type PagefindModule, type PagefindResult } from './pagefind-api';
import { renderResult } from './render';
import { readState, writeState, type SearchState } from './url-state';

/**
 * Results rendered at once; "show more" adds as many again. Five, as Pagefind's own UI: each shown
 * result downloads its page's text (2.5–3.5 KB compressed), and the first query's budget is 150 KB (measured by `npm run bench`).
 */
const PAGE_SIZE = 5;
/** Typing pause before a search, in milliseconds. */
const TYPING_DELAY = 150;

function required<T extends Element>(root: ParentNode, selector: string): T {
  const found = root.querySelector<T>(selector);
  if (!found) throw new Error(`search page: ${selector} is missing`);
  return found;
}

function isTypingTarget(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
}

/** Wires up the search page rendered by `src/pages/search.ts`. */
export function startSearchPage(root: HTMLElement): void {
  const lang = document.documentElement.lang;
  const edition: Edition = isEdition(lang) ? lang : 'en';
  const language = searchLanguageOf(edition);
  const input = required<HTMLInputElement>(root, '#search-q');
  const category = required<HTMLSelectElement>(root, '#search-category');
  const kind = required<HTMLSelectElement>(root, '#search-kind');
  const status = required<HTMLElement>(root, '#search-status');
  const list = required<HTMLOListElement>(root, '#search-results');
  const more = required<HTMLButtonElement>(root, '#search-more');
  const labels = root.dataset;
  const plurals = new Intl.PluralRules(language);
  // Serbian results come from the Latin pages' index: the Cyrillic edition shows them in its
  // script (with the author's exceptions, as its pages) and at its own URLs.
  const script = edition === 'sr-Cyrl' ? 'Cyrl' : 'Latn';
  const transliteration = script === 'Cyrl' ? optionsFromData(JSON.parse(labels['transliteration'] ?? '{}') as TransliterationData) : undefined;
  const text = (indexed: string) => displayText(indexed, script, transliteration);
  const url = (indexed: string) => toEditionUrl(indexed, edition);

  // Progressive enhancement: the no-script note goes, the filters and the keyboard hint come.
  root.classList.add('search-ready');
  for (const hidden of root.querySelectorAll<HTMLElement>('.search-filters, .search-hint')) hidden.hidden = false;

  let pagefind: Promise<PagefindModule> | undefined;
  let sequence = 0;
  let results: readonly PagefindResult[] = [];
  let shown = 0;
  let query = '';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const state = (): SearchState => ({ q: input.value, category: category.value, kind: kind.value });
  const show = (next: SearchState) => {
    input.value = next.q;
    category.value = [...category.options].some((o) => o.value === next.category) ? next.category : '';
    kind.value = [...kind.options].some((o) => o.value === next.kind) ? next.kind : '';
  };
  const label = (filter: string, value: string) =>
    [...(filter === 'category' ? category : kind).options].find((option) => option.value === value)?.textContent ?? undefined;
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('.search-result h2 a')];

  const clear = () => {
    results = [];
    shown = 0;
    list.replaceChildren();
    status.textContent = '';
    more.parentElement!.hidden = true;
  };

  const showMore = async (mine: number) => {
    const page = results.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(page.map((result) => result.data()));
    if (mine !== sequence) return;
    shown += page.length;
    for (const item of data) list.append(renderResult(item, { edition, language, query, label, text, url }));
    more.parentElement!.hidden = shown >= results.length;
  };

  const search = async (updateUrl: boolean) => {
    clearTimeout(timer);
    const current = state();
    if (updateUrl) history.replaceState(history.state, '', `${location.pathname}${writeState(current)}`);
    const mine = ++sequence;
    query = current.q;
    const term = normaliseQuery(current.q, language);
    if (term === '') {
      clear();
      return;
    }
    status.textContent = labels['labelLoading'] ?? '';
    root.setAttribute('aria-busy', 'true');
    try {
      pagefind ??= loadPagefind(labels['pagefindUrl'] ?? '/pagefind/pagefind.js');
      const filters: Record<string, string> = {};
      if (current.category) filters['category'] = current.category;
      if (current.kind) filters['kind'] = current.kind;
      const found = await (await pagefind).search(term, { filters });
      if (mine !== sequence || !found) return;
      results = found.results;
      shown = 0;
      list.replaceChildren();
      await showMore(mine);
      if (mine !== sequence) return;
      const count = results.length;
      status.textContent =
        count === 0
          ? (labels['labelEmpty'] ?? '').replace('{0}', current.q)
          : (labels[`labelResults${plurals.select(count) === 'one' ? 'One' : plurals.select(count) === 'few' ? 'Few' : 'Other'}`] ?? '').replace('{0}', String(count));
    } catch (error) {
      if (mine === sequence) status.textContent = labels['labelError'] ?? '';
      pagefind = undefined;
      throw error;
    } finally {
      if (mine === sequence) root.removeAttribute('aria-busy');
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void search(true), TYPING_DELAY);
  });
  category.addEventListener('change', () => void search(true));
  kind.addEventListener('change', () => void search(true));
  input.form!.addEventListener('submit', (event) => {
    event.preventDefault();
    void search(true);
  });
  more.addEventListener('click', () => {
    const first = shown;
    void showMore(sequence).then(() => links()[first]?.focus());
  });
  window.addEventListener('popstate', () => {
    show(readState(location.search));
    void search(false);
  });

  document.addEventListener('keydown', (event) => {
    if (event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(event.target)) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
  root.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(event.target as HTMLAnchorElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      input.value = '';
      void search(true);
      input.focus();
    } else if (event.key === 'ArrowDown' && (event.target === input || at >= 0)) {
      const next = all[at + 1];
      if (next) {
        event.preventDefault();
        next.focus();
      }
    } else if (event.key === 'ArrowUp' && at >= 0) {
      event.preventDefault();
      (all[at - 1] ?? input).focus();
    }
  });

  show(readState(location.search));
  if (input.value.trim() !== '') void search(false);
}
