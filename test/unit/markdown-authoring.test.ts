import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { publishedAlt } from '../../src/images/alt-text';
import { PLACEHOLDER_PREFIX, replaceImagePlaceholders } from '../../src/images/placeholder';
import { resolveImageSource } from '../../src/images/sources';
import { createMarkdown } from '../../src/markdown/markdown';
import { renderFactsOf } from '../../src/markdown/render-facts';
import { renderToc, tableOfContents } from '../../src/markdown/toc';

const contentDir = '/site/content';
const md = createMarkdown({ content: contentDir });
const env = { page: { inputPath: '/site/content/sr/articles/clanak.md' } };
const render = (text: string) => md.render(text, env);

describe('heading anchors', () => {
  it('gives ASCII ids from either script, unique, and leaves the heading plain text (no Tab stop)', () => {
    const out = render('## Čuvanje podataka\n\n## Чување података\n\n### Đorđe\n');
    expect(out).toContain('<h2 id="cuvanje-podataka">Čuvanje podataka</h2>');
    expect(out).not.toContain('<a');
    expect(out).toContain('<h2 id="cuvanje-podataka-1">');
    expect(out).toContain('<h3 id="djordje">');
  });
});

describe('table of contents', () => {
  render('## Jedan\n\n## Dva\n\n### Pod\n\n## Tri &amp; <em>pola</em>\n\n## Četiri\n');
  const four = renderFactsOf(env.page.inputPath)?.headings ?? [];
  it('lists the ## headings with their ids and text, as rendering recorded them', () => {
    expect(tableOfContents(four)).toEqual([
      { id: 'jedan', text: 'Jedan' },
      { id: 'dva', text: 'Dva' },
      { id: 'tri-pola', text: 'Tri & pola' },
      { id: 'cetiri', text: 'Četiri' },
    ]);
  });
  it('is rendered from four headings on, escaped', () => {
    const nav = renderToc(tableOfContents(four), 'Sadržaj').value;
    expect(nav).toContain('<h2 id="toc-heading">Sadržaj</h2>');
    expect(nav).toContain('<a href="#tri-pola">Tri &amp; pola</a>');
    render('## A\n\n## B\n\n## C\n');
    expect(renderToc(tableOfContents(renderFactsOf(env.page.inputPath)?.headings ?? []), 'Sadržaj').value).toBe('');
  });
});

describe('code highlighting', () => {
  it('uses classes for known languages and escapes the rest', () => {
    const out = render('```js\nconst a = "<b>";\n```\n\n```nepoznat\n<b>x</b>\n```\n');
    expect(out).toContain('<pre class="code"><code class="hljs language-js"><span class="hljs-keyword">const</span>');
    expect(out).toContain('<span class="hljs-string">"&lt;b&gt;"</span>');
    expect(out).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(out).not.toContain('style=');
  });
});

describe('Markdown images', () => {
  it('leave a placeholder with the source relative to content/ and the alt text', () => {
    const out = render('![Most na Drini](slike/most.jpg)');
    expect(out).toContain(`<img src="${PLACEHOLDER_PREFIX}sr/articles/slike/most.jpg" alt="Most na Drini" sizes="`);
    expect(render('![Ukras](/images/ukras.png)')).toContain(`src="${PLACEHOLDER_PREFIX}images/ukras.png"`);
  });

  it('have a placeholder prefix no author can write: it is chosen at random for each build', () => {
    expect(PLACEHOLDER_PREFIX).toMatch(/^\/_picture-[A-Za-z0-9_-]{12}\/$/);
  });

  it('written as raw HTML are resolved the same way, and never pass for a placeholder', () => {
    expect(render('<figure><img src="most.jpg" alt="Most"><figcaption>Most</figcaption></figure>')).toContain(`<img src="${PLACEHOLDER_PREFIX}sr/articles/most.jpg" alt="Most" sizes="`);
    expect(render('<p><img src="/images/ukras.png" alt=""></p>')).toContain(`src="${PLACEHOLDER_PREFIX}images/ukras.png" alt=""`);
    // An old or guessed placeholder path is just a path, and outside content/.
    expect(() => render('<div><img/src="/_picture/../../x.png" alt="a"></div>')).toThrow(/clanak\.md: image \/_picture\/\.\.\/\.\.\/x\.png must be beside the article/);
    expect(() => render('<p><img src="../../../../etc/x.png" alt="a"></p>')).toThrow(/is outside content\//);
    expect(() => render('<p><img src="most.jpg"></p>')).toThrow(/has no alt text/);
    expect(() => render('<p><img src="https://example.org/t.gif" alt="t"></p>')).toThrow(/another site/);
  });

  it('refuse a missing alt text, naming the file, and accept the decorative marker', () => {
    expect(() => render('![](most.jpg)')).toThrow(/clanak\.md: image most\.jpg has no alt text/);
    expect(render('![""](most.jpg)')).toContain('alt=""');
    expect(publishedAlt('  ')).toBeUndefined();
    expect(publishedAlt('""')).toBe('');
  });

  it('refuse pictures on other sites or outside content/', () => {
    expect(() => render('![Slika](https://example.org/a.jpg)')).toThrow(/another site/);
    expect('error' in resolveImageSource('../../../etc/x.jpg', env.page.inputPath, contentDir)).toBe(true);
    expect(resolveImageSource('moja%20slika.jpg', env.page.inputPath, contentDir)).toEqual({ file: path.join(contentDir, 'sr/articles/moja slika.jpg') });
  });

  it('are replaced by what the renderer makes, in place', async () => {
    const page = `<p>a ${render('![A & B](x.jpg)').trim()} b</p>`;
    const out = await replaceImagePlaceholders(page, {
      picture: async (view) => `[${view.file}|${view.alt}]`,
      social: async () => '',
    });
    expect(out).toBe('<p>a <p>[sr/articles/x.jpg|A & B]</p> b</p>');
  });
});
