import type { Lang } from '../config/editions';
import type { ContentReport } from './validate';

/** One article or eLibrary item, as the status report needs it. */
export interface StatusEntry {
  /** Relative to the site root: `content/sr/articles/x.md`. */
  readonly file: string;
  readonly lang: Lang;
  readonly title: string;
  readonly translationKey?: string;
  /** Front matter `date` and `updated`, `YYYY-MM-DD`. */
  readonly date?: string;
  readonly updated?: string;
  /** Date of the file's last commit, when the site is in git. */
  readonly committed?: Date;
  readonly draft?: boolean;
}

/** When an entry last changed, and what says so. */
export interface Changed {
  readonly at: Date;
  readonly by: 'git' | 'updated' | 'date' | 'unknown';
}

export interface MissingRow {
  readonly file: string;
  readonly lang: Lang;
  readonly title: string;
  readonly draft: boolean;
}

export interface StaleRow {
  /** The translation that is behind. */
  readonly file: string;
  readonly changed: Changed;
  /** The newer side of the pair. */
  readonly source: string;
  readonly sourceChanged: Changed;
  readonly translationKey: string;
}

export interface TranslationStatus {
  readonly missing: MissingRow[];
  readonly stale: StaleRow[];
}

/**
 * The latest of the front matter's `updated`/`date` (a day, taken at its start in UTC) and the
 * file's last commit: a commit after the front matter date is a revision the author may not have
 * recorded in `updated`.
 */
export function lastChanged(entry: StatusEntry): Changed {
  const candidates: Changed[] = [];
  const day = entry.updated ?? entry.date;
  if (day) candidates.push({ at: new Date(`${day}T00:00:00Z`), by: entry.updated ? 'updated' : 'date' });
  if (entry.committed) candidates.push({ at: entry.committed, by: 'git' });
  const valid = candidates.filter((c) => !Number.isNaN(c.at.getTime()));
  if (!valid.length) return { at: new Date(0), by: 'unknown' };
  return valid.reduce((a, b) => (b.at.getTime() > a.at.getTime() ? b : a));
}

/**
 * Which entries have no translation (no other-language entry with the same `translationKey`),
 * and which translations are older than the other side of their pair. Sorted by file, so the
 * report is stable.
 */
export function translationStatus(entries: readonly StatusEntry[]): TranslationStatus {
  const byKey = new Map<string, StatusEntry[]>();
  for (const entry of entries) {
    if (!entry.translationKey) continue;
    byKey.set(entry.translationKey, [...(byKey.get(entry.translationKey) ?? []), entry]);
  }
  const missing: MissingRow[] = [];
  const stale: StaleRow[] = [];
  for (const entry of entries) {
    const pair = entry.translationKey ? (byKey.get(entry.translationKey) ?? []) : [];
    const translation = pair.find((other) => other.lang !== entry.lang);
    if (!translation) {
      missing.push({ file: entry.file, lang: entry.lang, title: entry.title, draft: entry.draft === true });
      continue;
    }
    const changed = lastChanged(entry);
    const sourceChanged = lastChanged(translation);
    if (changed.at.getTime() < sourceChanged.at.getTime()) {
      stale.push({ file: entry.file, changed, source: translation.file, sourceChanged, translationKey: entry.translationKey as string });
    }
  }
  const byFile = (a: { file: string }, b: { file: string }) => a.file.localeCompare(b.file);
  return { missing: missing.sort(byFile), stale: stale.sort(byFile) };
}

/** The status entries of a validated site; `committed` maps files to their last commit. */
export function statusEntries(report: Pick<ContentReport, 'articles' | 'libraryItems'>, committed: ReadonlyMap<string, Date>): StatusEntry[] {
  return [...report.articles, ...report.libraryItems].map((entry) => ({
    file: entry.file,
    lang: entry.lang,
    title: entry.data.title,
    translationKey: entry.data.translationKey,
    date: 'date' in entry.data ? entry.data.date : undefined,
    updated: 'updated' in entry.data ? entry.data.updated : undefined,
    committed: committed.get(entry.file),
    draft: entry.data.draft,
  }));
}

/** A plain-text table: a header row, a rule, and the rows, columns padded to their widths. */
export function textTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function describe(changed: Changed): string {
  if (changed.by === 'unknown') return 'unknown';
  const day = changed.at.toISOString().slice(0, 10);
  return changed.by === 'git' ? `${day} (commit)` : `${day} (${changed.by})`;
}

/** The report `npm run status` prints: what to translate, and what to bring up to date. */
export function formatTranslationStatus(status: TranslationStatus): string {
  const parts: string[] = [];
  if (status.stale.length) {
    parts.push(
      `Translations older than their source (${status.stale.length}): bring them up to date, then set updated: to today`,
      textTable(
        ['translation', 'changed', 'source', 'source changed'],
        status.stale.map((row) => [row.file, describe(row.changed), row.source, describe(row.sourceChanged)]),
      ),
    );
  }
  if (status.missing.length) {
    parts.push(
      `Without a translation (${status.missing.length}): npm run new -- --translate <file> "Title"`,
      textTable(
        ['file', 'lang', 'title'],
        status.missing.map((row) => [row.file, row.lang, `${row.title}${row.draft ? ' (draft)' : ''}`]),
      ),
    );
  }
  if (!parts.length) return 'Every article and eLibrary item has an up-to-date translation.';
  return parts.join('\n\n');
}
