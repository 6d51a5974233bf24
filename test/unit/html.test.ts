import { describe, expect, it } from 'vitest';
import { attr, escapeHtml, html, raw, SafeHtml, type HtmlValue } from '../../src/templates/html';

describe('escapeHtml', () => {
  it.each<[string, string]>([
    ['plain', 'plain'],
    ['<b>', '&lt;b&gt;'],
    ['a & b', 'a &amp; b'],
    ['&amp;', '&amp;amp;'],
    ['"quoted"', '&quot;quoted&quot;'],
    ["it's", 'it&#39;s'],
    ['</script><script>alert(1)</script>', '&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['„Čuvanje“ — ćirilica: Ђорђе', '„Čuvanje“ — ćirilica: Ђорђе'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe('html', () => {
  it.each<[string, HtmlValue, string]>([
    ['text', 'Zdravo', '<p>Zdravo</p>'],
    ['a tag', '<img src=x onerror=alert(1)>', '<p>&lt;img src=x onerror=alert(1)&gt;</p>'],
    ['an ampersand', 'R&D', '<p>R&amp;D</p>'],
    ['quotes', `"double" 'single'`, '<p>&quot;double&quot; &#39;single&#39;</p>'],
    ['a closing script tag', '</script>', '<p>&lt;/script&gt;</p>'],
    ['a number', 42, '<p>42</p>'],
    ['zero', 0, '<p>0</p>'],
    ['an empty string', '', '<p></p>'],
    ['null', null, '<p></p>'],
    ['undefined', undefined, '<p></p>'],
    ['false', false, '<p></p>'],
    ['true', true, '<p></p>'],
    ['raw HTML', raw('<em>x</em>'), '<p><em>x</em></p>'],
    ['nested html', html`<em>${'<'}</em>`, '<p><em>&lt;</em></p>'],
    ['an array', ['a', '<b>', raw('<i>c</i>')], '<p>a&lt;b&gt;<i>c</i></p>'],
    ['an array with holes', ['a', null, false, undefined, 'b'], '<p>ab</p>'],
    ['a nested array', [['<'], [raw('<br>'), [1, 2]]], '<p>&lt;<br>12</p>'],
    ['an empty array', [], '<p></p>'],
  ])('escapes %s', (_name, value, expected) => {
    expect(html`<p>${value}</p>`.toString()).toBe(expected);
  });

  it('escapes a value in an attribute so it cannot break out of the quotes', () => {
    const title = '" onmouseover="alert(1)';
    expect(String(html`<a title="${title}">x</a>`)).toBe('<a title="&quot; onmouseover=&quot;alert(1)">x</a>');
  });

  it('keeps a closing script tag inside a script from ending it', () => {
    const out = String(html`<script type="application/ld+json">${'{"name":"</script><script>alert(1)</script>"}'}</script>`);
    expect(out.match(/<\/script>/g)).toHaveLength(1);
  });

  it('returns SafeHtml so it is not escaped twice when nested', () => {
    const inner = html`<li>${'a & b'}</li>`;
    expect(inner).toBeInstanceOf(SafeHtml);
    expect(String(html`<ul>${inner}</ul>`)).toBe('<ul><li>a &amp; b</li></ul>');
  });

  it('handles several values and no values', () => {
    expect(String(html`<a href="${'/sr/'}">${'Početna'}</a>${'!'}`)).toBe('<a href="/sr/">Početna</a>!');
    expect(String(html`<hr>`)).toBe('<hr>');
    expect(String(html``)).toBe('');
  });

  it('renders lists built with map', () => {
    const items = ['<1>', '2'];
    expect(String(html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`)).toBe('<ul><li>&lt;1&gt;</li><li>2</li></ul>');
  });
});

describe('raw', () => {
  it('passes the value through untouched', () => {
    const value = '<p class="x">a & b</p>';
    expect(raw(value)).toBeInstanceOf(SafeHtml);
    expect(raw(value).value).toBe(value);
    expect(String(raw(value))).toBe(value);
  });
});

describe('attr', () => {
  it.each<[string, string | number | boolean | undefined, string]>([
    ['href', '/sr/clanci/', ' href="/sr/clanci/"'],
    ['title', 'a "quoted" <title> & more', ' title="a &quot;quoted&quot; &lt;title&gt; &amp; more"'],
    ['alt', "it's", ' alt="it&#39;s"'],
    ['alt', '', ' alt=""'],
    ['width', 640, ' width="640"'],
    ['tabindex', 0, ' tabindex="0"'],
    ['hidden', true, ' hidden'],
    ['hidden', false, ''],
    ['title', undefined, ''],
  ])('%s=%j → %j', (name, value, expected) => {
    const out = attr(name, value);
    expect(out).toBeInstanceOf(SafeHtml);
    expect(out.value).toBe(expected);
  });

  it('is not escaped again inside html', () => {
    expect(String(html`<img src="a.jpg"${attr('alt', 'Most & rijeka')}>`)).toBe('<img src="a.jpg" alt="Most &amp; rijeka">');
  });
});
