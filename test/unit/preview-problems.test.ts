import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { refreshProblemBanners, renderProblemsBanner } from '../../src/content/preview-problems';

const PAGE = (banner = '') => `<!doctype html>\n<html lang="sr-Latn">\n<body>\n<header class="site-header">h</header>\n${banner}<main id="main">m</main>\n</body>\n</html>\n`;

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'dmspot-banners-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const intro = (rel: string) => (rel.startsWith('en/') ? 'Problems:' : rel.startsWith('sr-cyrl/') ? 'Грешке:' : 'Greške:');

describe('the preview list of content problems', () => {
  it('renders nothing without problems, and an English list with an intro in the page language', () => {
    expect(renderProblemsBanner('Greške:', []).value).toBe('');
    expect(renderProblemsBanner('Greške:', ['content/sr/articles/x.md: title is required']).value).toBe(
      '<div class="banner banner-problems" role="alert"><p>Greške:</p><ul lang="en"><li>content/sr/articles/x.md: title is required</li></ul></div>\n',
    );
  });

  it('brings every page up to date: adds, replaces and removes the list, leaving fresh pages alone', async () => {
    const old = renderProblemsBanner('Greške:', ['content/sr/articles/old.md: old problem']).value;
    const dir = site({ 'sr/index.html': PAGE(old), 'en/index.html': PAGE(), 'sr-cyrl/index.html': PAGE(), 'sr/fresh/index.html': PAGE('fresh'), 'feed.xml': '<feed/>' });
    const lines = ['content/sr/articles/new.md: category must be one of science-technology, life-style, republika-srpska (got "tech")'];
    const changed = await refreshProblemBanners(dir, lines, intro, new Set(['sr/fresh/index.html']));
    expect(changed).toBe(3);
    const read = (rel: string) => readFileSync(path.join(dir, rel), 'utf8');
    expect(read('sr/index.html')).toBe(PAGE(renderProblemsBanner('Greške:', lines).value));
    expect(read('en/index.html')).toBe(PAGE(renderProblemsBanner('Problems:', lines).value));
    expect(read('sr-cyrl/index.html')).toContain('<p>Грешке:</p>');
    expect(read('sr/fresh/index.html')).toBe(PAGE('fresh'));
    expect(read('feed.xml')).toBe('<feed/>');
    // Fixed: the list disappears everywhere.
    expect(await refreshProblemBanners(dir, [], intro)).toBe(3);
    expect(read('sr/index.html')).toBe(PAGE());
    expect(read('sr-cyrl/index.html')).toBe(PAGE());
  });
});
