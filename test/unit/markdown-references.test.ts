import { describe, expect, it } from 'vitest';
import { bodyStartLine, markdownReferences } from '../../src/content/markdown-references';

describe('links and images of a Markdown body, with the line they are on', () => {
  it('counts lines through paragraphs, soft breaks, lists and raw HTML, from the line the body starts on', () => {
    const body = '# T\n\nPara [a](/sr/) and\nmore ![pic](x.png) and <a href="/y/">y</a>\nthird [b](#anchor)\n\n<img src="z.png">\n\n- item [c](https://e.org)\n';
    expect(markdownReferences(body, 5)).toEqual([
      { kind: 'link', url: '/sr/', line: 7 },
      { kind: 'image', url: 'x.png', line: 8, alt: 'pic' },
      { kind: 'link', url: '/y/', line: 8, html: true },
      { kind: 'link', url: '#anchor', line: 9 },
      { kind: 'image', url: 'z.png', line: 11, alt: undefined, html: true },
      { kind: 'link', url: 'https://e.org', line: 13 },
    ]);
  });

  it('reads raw HTML as a browser does: no pattern to slip past', () => {
    expect(markdownReferences('<div><img/src="/_picture/../../x.png" alt="a"></div>\n\nText <IMG\nSRC=y.jpg alt=b> and <a\thref=/z/>z</a>\n')).toEqual([
      { kind: 'image', url: '/_picture/../../x.png', line: 1, alt: 'a', html: true },
      { kind: 'image', url: 'y.jpg', line: 3, alt: 'b', html: true },
      { kind: 'link', url: '/z/', line: 4, html: true },
    ]);
  });

  it('finds where the body starts after the front matter', () => {
    const text = '---\ntitle: T\ndate: 2026-01-01\n---\nFirst line.\n';
    expect(bodyStartLine(text, 'First line.\n')).toBe(5);
  });
});
