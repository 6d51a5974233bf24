import type { Page } from 'playwright-core';

/** Waits until the page's fonts and pictures are in, so that what is measured is what a reader sees. */
export async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const img of document.querySelectorAll('img')) img.loading = 'eager';
    const loaded = (img: HTMLImageElement) =>
      new Promise((done) => {
        img.addEventListener('load', done, { once: true });
        img.addEventListener('error', done, { once: true });
      });
    await Promise.all([...document.images].map((img) => (img.complete ? undefined : loaded(img))));
    await document.fonts.ready;
  });
}

/** `rgb(…)`/`rgba(…)` as computed by the browser → [r, g, b, a] (0–255, alpha 0–1). */
export function parseColor(css: string): [number, number, number, number] {
  const match = /rgba?\(([^)]+)\)/.exec(css);
  if (!match) throw new Error(`not an rgb() colour: ${css}`);
  const [r, g, b, a] = match[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
  return [r!, g!, b!, a ?? 1];
}

function luminance([r, g, b]: readonly number[]): number {
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

/** WCAG contrast ratio of two opaque computed colours. */
export function contrast(a: string, b: string): number {
  const [x, y] = [luminance(parseColor(a)), luminance(parseColor(b))].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

/** Relative luminance of a computed colour (0 black … 1 white). */
export function lightness(color: string): number {
  return luminance(parseColor(color));
}

/** Where the page's first `<h1>` starts, where the header ends, and how wide the document is. */
export async function topOfPage(page: Page): Promise<{ h1Top: number; headerBottom: number; scrollWidth: number; viewport: number }> {
  return page.evaluate(() => {
    window.scrollTo(0, 0);
    const h1 = document.querySelector('h1');
    const header = document.querySelector('.site-header');
    if (!h1 || !header) throw new Error('no <h1> or header');
    return {
      h1Top: h1.getBoundingClientRect().top,
      headerBottom: header.getBoundingClientRect().bottom,
      scrollWidth: document.documentElement.scrollWidth,
      viewport: document.documentElement.clientWidth,
    };
  });
}

/**
 * Characters per line of the article's paragraphs, as laid out: every character's line is found
 * from its box, and each paragraph's last line (usually short) is left out.
 */
export async function charactersPerLine(page: Page, selector = '.prose > p'): Promise<number[]> {
  return page.evaluate((sel) => {
    const counts: number[] = [];
    for (const p of document.querySelectorAll(sel)) {
      const lines = new Map<number, number>();
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          const top = Math.round(rect.top);
          lines.set(top, (lines.get(top) ?? 0) + 1);
        }
      }
      const tops = [...lines.keys()].sort((a, b) => a - b);
      for (const top of tops.slice(0, -1)) counts.push(lines.get(top)!);
    }
    return counts;
  }, selector);
}

/** The middle value. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** Pages in a PDF made by Chromium: one `/Type /Page` object each. */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}
