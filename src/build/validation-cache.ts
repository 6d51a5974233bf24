import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { PageValidationResult } from './page-validation';

/** One page's verdict, as the validator returned it. */
export type PageVerdict = { problems: PageValidationResult['problems']; facts: PageValidationResult['facts'] };

/**
 * Page verdicts of the output check, kept between builds. A verdict depends only on the page's
 * HTML, its path, the site's origin and the validator (html-validate's version, our config and
 * our rule's code), so that is the key: an unchanged page is not validated again. The file
 * keeps only the verdicts of the last build, so it never grows beyond the site.
 */
export class ValidationCache {
  private readonly previous: Record<string, PageVerdict>;
  private readonly next: Record<string, PageVerdict> = {};

  constructor(
    private readonly file: string,
    private readonly validatorVersion: string,
  ) {
    let previous: Record<string, PageVerdict> = {};
    try {
      if (existsSync(file)) {
        const stored = JSON.parse(readFileSync(file, 'utf8')) as { version?: string; pages?: Record<string, PageVerdict> };
        if (stored.version === validatorVersion && stored.pages) previous = stored.pages;
      }
    } catch {
      // A damaged cache is only a slower build.
    }
    this.previous = previous;
  }

  /** The key of a page: what its verdict depends on. */
  key(rel: string, origin: string, html: string): string {
    return createHash('sha256').update(rel).update('\0').update(origin).update('\0').update(html).digest('base64url');
  }

  get(key: string): PageVerdict | undefined {
    const verdict = this.previous[key];
    if (verdict) this.next[key] = verdict;
    return verdict;
  }

  set(key: string, verdict: PageVerdict): void {
    this.next[key] = verdict;
  }

  /** Writes the verdicts of this build (write, then rename: never a half-written cache). */
  save(): void {
    mkdirSync(path.dirname(this.file), { recursive: true });
    const partial = `${this.file}.${process.pid}.tmp`;
    writeFileSync(partial, JSON.stringify({ version: this.validatorVersion, pages: this.next }));
    renameSync(partial, this.file);
  }
}

/** What the validator is: html-validate's version, our configuration and our rule's source. */
export function validatorVersion(htmlValidateVersion: string, ...sources: string[]): string {
  const hash = createHash('sha256').update(htmlValidateVersion);
  for (const source of sources) hash.update('\0').update(source);
  return hash.digest('base64url');
}
