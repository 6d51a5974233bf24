/**
 * What `bench/lighthouse.ts` measures, and the Markdown the benchmark's results show of it.
 */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export const METRICS = {
  fcpMs: 'first-contentful-paint',
  lcpMs: 'largest-contentful-paint',
  tbtMs: 'total-blocking-time',
  cls: 'cumulative-layout-shift',
  speedIndexMs: 'speed-index',
} as const;

export interface FailingAudit {
  readonly category: string;
  readonly id: string;
  readonly title: string;
  readonly score: number | null;
  readonly displayValue?: string;
}

export interface LighthousePage {
  readonly edition: string;
  readonly page: string;
  readonly url: string;
  /** 0–100 per category. */
  readonly scores: Record<string, number | null>;
  readonly metrics: Record<keyof typeof METRICS, number | null>;
  /** Audits below a full score that count towards a category below 100. */
  readonly failing: FailingAudit[];
  readonly runWarnings: string[];
  /** Performance score of each run (a second run only when the first was below 100). */
  readonly performanceRuns: number[];
  /** Why Lighthouse gave no result for the page (after three attempts). */
  readonly error?: string;
}

/** The machine's floor: a page with nothing of ours, measured the same way before the site's pages. */
export interface ControlPage {
  readonly performance: number | null;
  readonly tbtMs: number | null;
  readonly performanceRuns: number[];
}

export interface LighthouseReport {
  readonly lighthouseVersion: string;
  readonly chromium: string;
  readonly pages: LighthousePage[];
  readonly allHundred: boolean;
  /** Absent when Lighthouse gave no result for it. */
  readonly control?: ControlPage;
  /**
   * The same control page and pages served without `Cross-Origin-Opener-Policy` (issue #6 asks
   * for `same-origin`): the header makes Chromium put the page in a new browsing context group,
   * so a new renderer process starts inside the measured load, and simulated throttling
   * multiplies that work by four. What the site's own pages score apart from that cost.
   */
  readonly withoutOpenerPolicy?: {
    readonly control?: ControlPage;
    readonly pages: { edition: string; page: string; url: string; scores: Record<string, number | null>; tbtMs: number | null }[];
    readonly allHundred: boolean;
  };
}

/** The header measured apart: it makes Chromium start the page in a new renderer process. */
export const OPENER_POLICY = 'Cross-Origin-Opener-Policy';

/** The Markdown table and the failing audits of pages below 100. */
export function lighthouseMarkdown(report: LighthouseReport): string {
  const ms = (v: number | null) => (v == null ? '–' : `${(v / 1000).toFixed(2)} s`);
  const lines = [
    '| edition | page | perf | a11y | best pr. | SEO | FCP | LCP | TBT | CLS | Speed Index |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...report.pages.map(
      (p) =>
        `| ${p.edition} | ${p.page} | ${CATEGORIES.map((c) => p.scores[c] ?? '–').join(' | ')} | ${ms(p.metrics.fcpMs)} | ${ms(p.metrics.lcpMs)} | ${p.metrics.tbtMs == null ? '–' : `${Math.round(p.metrics.tbtMs)} ms`} | ${p.metrics.cls == null ? '–' : p.metrics.cls.toFixed(3)} | ${ms(p.metrics.speedIndexMs)} |`,
    ),
  ];
  if (report.control) {
    const c = report.control;
    lines.push('', `Control page (a heading and a paragraph, no CSS, same server and browser), measured first: performance ${c.performance ?? '–'}, TBT ${c.tbtMs == null ? '–' : `${Math.round(c.tbtMs)} ms`}${c.performanceRuns.length > 1 ? ` (runs ${c.performanceRuns.join(' → ')})` : ''}.${c.performance !== null && c.performance < 100 ? ' Below 100: with these headers, on this machine no page can score 100 for performance.' : ''}`);
  }
  const open = report.withoutOpenerPolicy;
  if (open) {
    const tbt = open.pages.map((p) => p.tbtMs).filter((v): v is number => v != null);
    const hundred = open.pages.filter((p) => CATEGORIES.every((c) => p.scores[c] === 100)).length;
    lines.push(
      '',
      `Without \`${OPENER_POLICY}\` (the same server, headers and pages, that one header left out): control page ${open.control?.performance ?? '–'} (TBT ${open.control?.tbtMs == null ? '–' : `${Math.round(open.control.tbtMs)} ms`}); 100 in all four categories on ${hundred} of ${open.pages.length} pages${tbt.length ? `, TBT ${Math.round(Math.min(...tbt))}–${Math.round(Math.max(...tbt))} ms` : ''}. ` +
        'The header makes Chromium start the page in a new renderer process, inside the measured load.',
    );
    const below = open.pages.filter((p) => !CATEGORIES.every((c) => p.scores[c] === 100));
    if (below.length) lines.push('', `Below 100 without it: ${below.map((p) => `${p.edition} ${p.page} (${CATEGORIES.map((c) => p.scores[c] ?? '–').join(' / ')})`).join(', ')}.`);
  }
  const twice = report.pages.filter((p) => p.performanceRuns.length > 1);
  if (twice.length) lines.push('', `Measured twice (performance below 100 on the first run, the better run shown): ${twice.map((p) => `${p.edition} ${p.page} (${p.performanceRuns.join(' → ')})`).join(', ')}.`);
  const failing = report.pages.filter((p) => p.failing.length || p.error);
  if (failing.length) {
    lines.push('', 'Failing audits (pages below 100):', '');
    for (const p of failing) {
      const audits = p.error ? `Lighthouse failed: ${p.error}` : p.failing.map((a) => `\`${a.id}\` ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''} [${a.category}]`).join('; ');
      lines.push(`- ${p.edition} ${p.page} (${p.url}): ${audits}`);
    }
  }
  return lines.join('\n');
}
