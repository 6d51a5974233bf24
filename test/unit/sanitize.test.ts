import markdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../src/markdown/markdown';
import { sanitizeArticleHtml, sanitizePlugin } from '../../src/markdown/sanitize';

// The policy alone, on markdown-it's own output (the site's other plugins have their own tests;
// here an author's <img> keeps its own src instead of being resolved into a placeholder)…
const plain = markdownIt({ html: true }).use(sanitizePlugin, { rawImage: (attributes) => ({ ...attributes }) });
// …and the renderer the site really uses, for what must hold end to end.
const site = createMarkdown();
const render = (src: string) => plain.render(src);

describe('the raw-HTML policy of articles', () => {
  it('keeps the documented foreign-language marker', () => {
    for (const md of [plain, site]) {
      expect(md.render('Zovu ga „<span lang="en">human in the loop</span>“.')).toBe('<p>Zovu ga „<span lang="en">human in the loop</span>“.</p>\n');
    }
  });

  it('applies to the renderer the site uses', () => {
    const out = site.render('<script>alert(1)</script>\n\n<b onclick="alert(1)">b</b> <iframe src="https://example.com/"></iframe> {{ 7*7 }}');
    expect(out).not.toMatch(/script|onclick|iframe|alert/);
    expect(out).toContain('{{ 7*7 }}');
  });

  it.each([
    ['<script>alert(1)</script>', /script|alert/],
    ['Text <script>alert(1)</script> more', /script|alert/],
    ['<img src="x.png" alt="a" onerror="alert(1)">', /onerror|alert/],
    ['<b onclick="alert(1)">b</b> <span onmouseover="alert(1)">s</span>', /onclick|onmouseover|alert/],
    ['<a href="javascript:alert(1)">x</a>', /javascript|alert/],
    ['[x](javascript:alert(1))', /href="javascript/],
    ['<a href="JaVaScRiPt:alert(1)">x</a>', /javascript|alert/i],
    ['<a href="vbscript:msgbox(1)">x</a>', /vbscript/],
    ['<a href="data:text/html,<script>alert(1)</script>">x</a>', /data:|alert/],
    ['<iframe src="https://example.com/">fallback</iframe>', /iframe|example|fallback/],
    ['<object data="x.swf">fallback</object>', /object|swf|fallback/],
    ['<embed src="x.swf">', /embed|swf/],
    ['<style>body{display:none}</style>', /style|display/],
    ['<span style="color:red">x</span>', /style=|color/],
    ['<form action="https://example.com/"><input name="q"></form>', /form|input|example/],
    ['<svg><script>alert(1)</script></svg>', /svg|script|alert/],
    ['<math><mi xlink:href="javascript:alert(1)">x</mi></math>', /math|javascript/],
    ['<img src="https://tracker.example/pixel.gif" alt="">', /tracker|<img/],
    ['<img src="//tracker.example/pixel.gif" alt="">', /tracker|<img/],
    ['<base href="https://example.com/">', /base|example/],
    ['<meta http-equiv="refresh" content="0;url=https://example.com/">', /meta|example/],
    ['<link rel="stylesheet" href="https://example.com/x.css">', /link|example/],
  ])('drops %s', (source, forbidden) => {
    expect(render(source)).not.toMatch(forbidden);
  });

  it('renders template syntax literally', () => {
    expect(site.render('Rezultat je {{ 7*7 }} i {% raw %}.')).toBe('<p>Rezultat je {{ 7*7 }} i {% raw %}.</p>\n');
  });

  it('gives every outbound link rel="noopener noreferrer", and no internal one', () => {
    const out = render('[a](https://example.org/) [b](/sr/clanci/) [c](http://example.org/x) <a href="https://example.org/" rel="opener">d</a>');
    expect(out).toContain('<a href="https://example.org/" rel="noopener noreferrer">a</a>');
    expect(out).toContain('<a href="/sr/clanci/">b</a>');
    expect(out).toContain('<a href="http://example.org/x" rel="noopener noreferrer">c</a>');
    expect(out).toContain('<a href="https://example.org/" rel="noopener noreferrer">d</a>');
    expect(out).not.toContain('opener"');
  });

  it('drops an image it cannot resolve: only the site\'s placeholders and resolved pictures are kept', () => {
    expect(sanitizeArticleHtml('<p><img src="slika.jpg" alt="x"></p>')).toBe('<p></p>');
  });

  it('keeps what Markdown itself produces', () => {
    const out = render('## Naslov\n\n*a* **b** `c` ~~d~~\n\n> q\n\n1. one\n2. two\n\n```\ncode <b>\n```\n\n---\n\n![Opis slike](slika.jpg "t")\n\nline  \nbreak');
    for (const part of ['<h2>Naslov</h2>', '<em>a</em>', '<strong>b</strong>', '<code>c</code>', '<s>d</s>', '<blockquote>', '<ol>', '<pre><code>code &lt;b&gt;\n</code></pre>', '<hr>', '<img src="slika.jpg" alt="Opis slike"', 'line<br>']) {
      expect(out).toContain(part);
    }
  });

  it('turns table alignment into classes (the CSP refuses style attributes)', () => {
    const out = render('| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |');
    expect(out).not.toContain('style=');
    expect(out).toContain('<th class="align-left">a</th>');
    expect(out).toContain('<td class="align-center">2</td>');
    expect(out).toContain('<td class="align-right">3</td>');
  });

  it('keeps classes only from the site\'s own plugins', () => {
    expect(sanitizeArticleHtml('<pre class="code"><code class="hljs language-bash"><span class="hljs-keyword">if</span></code></pre>')).toBe(
      '<pre class="code"><code class="hljs language-bash"><span class="hljs-keyword">if</span></code></pre>',
    );
    expect(sanitizeArticleHtml('<h2 id="x"><a class="heading-anchor" href="#x">X</a></h2>')).toBe('<h2 id="x"><a class="heading-anchor" href="#x">X</a></h2>');
    expect(sanitizeArticleHtml('<span class="evil" id="main">x</span>')).toBe('<span>x</span>');
  });

  it('escapes text that looks like markup once it has been decoded', () => {
    expect(render('&lt;script&gt;alert(1)&lt;/script&gt;')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n');
  });
});
