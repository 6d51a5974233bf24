import { describe, expect, it } from 'vitest';
import { lighthouseMarkdown, type LighthousePage, type LighthouseReport } from '../../bench/lighthouse-report';

function page(edition: string, performance: number, tbtMs: number): LighthousePage {
  return {
    edition,
    page: 'home',
    url: `/${edition}/`,
    scores: { performance, accessibility: 100, 'best-practices': 100, seo: 100 },
    metrics: { fcpMs: 800, lcpMs: 1300, tbtMs, cls: 0, speedIndexMs: 900 },
    failing: [],
    runWarnings: [],
    performanceRuns: [performance],
  };
}

const report = (withoutCoop: LighthousePage[]): LighthouseReport => ({
  lighthouseVersion: '12.2.3',
  chromium: 'Chromium',
  pages: [page('en', 96, 227), page('sr', 94, 280)],
  allHundred: false,
  control: { performance: 95, tbtMs: 247, performanceRuns: [95, 95] },
  withoutOpenerPolicy: {
    control: { performance: 100, tbtMs: 12, performanceRuns: [100] },
    pages: withoutCoop.map((p) => ({ edition: p.edition, page: p.page, url: p.url, scores: p.scores, tbtMs: p.metrics.tbtMs })),
    allHundred: withoutCoop.every((p) => p.scores['performance'] === 100),
  },
});

describe("the benchmark's Lighthouse section", () => {
  it('shows the control page and the same pages without Cross-Origin-Opener-Policy beside the real headers', () => {
    const markdown = lighthouseMarkdown(report([page('en', 100, 12), page('sr', 100, 39)]));
    expect(markdown).toContain('| en | home | 96 | 100 | 100 | 100 |');
    expect(markdown).toContain('performance 95, TBT 247 ms (runs 95 → 95). Below 100: with these headers');
    expect(markdown).toContain('Without `Cross-Origin-Opener-Policy` (the same server, headers and pages, that one header left out): control page 100 (TBT 12 ms); 100 in all four categories on 2 of 2 pages, TBT 12–39 ms.');
    expect(markdown).not.toContain('Below 100 without it');
  });

  it('names the pages still below 100 without the header', () => {
    const markdown = lighthouseMarkdown(report([page('en', 100, 12), page('sr', 97, 160)]));
    expect(markdown).toContain('on 1 of 2 pages');
    expect(markdown).toContain('Below 100 without it: sr home (97 / 100 / 100 / 100).');
  });
});
