/**
 * The search as it appears in the address bar (`?q=…&category=…&kind=…`), so a search can be
 * shared and comes back with the back button. Pure: unit tested.
 */
export interface SearchState {
  readonly q: string;
  readonly category: string;
  readonly kind: string;
}

/** The state in a URL's query string; missing parameters are empty. */
export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  return { q: params.get('q') ?? '', category: params.get('category') ?? '', kind: params.get('kind') ?? '' };
}

/** The query string for a state (with `?`), empty parameters left out; `''` for an empty search. */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  if (state.category !== '') params.set('category', state.category);
  if (state.kind !== '') params.set('kind', state.kind);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}
