import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown.js';

const REL = 'rel="nofollow noopener ugc"';

describe('renderMarkdown: what it keeps', () => {
  it('renders paragraphs, emphasis, code, lists, quotes and line breaks', () => {
    expect(renderMarkdown('**b** *e* `c`')).toBe('<p><strong>b</strong> <em>e</em> <code>c</code></p>');
    expect(renderMarkdown('- a\n- b\n\n1. x\n2. y')).toBe(
      '<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<ol>\n<li>x</li>\n<li>y</li>\n</ol>',
    );
    expect(renderMarkdown('> quoted')).toBe('<blockquote>\n<p>quoted</p>\n</blockquote>');
    expect(renderMarkdown('line  \nbreak')).toBe('<p>line<br />\nbreak</p>');
  });

  it('keeps fenced code as code, escaped, without the language class', () => {
    expect(renderMarkdown('```js\nif (a < b) {}\n```')).toBe('<pre><code>if (a &lt; b) {}\n</code></pre>');
  });

  it('demotes #, ## and ### to h3 and deeper headings to h4', () => {
    expect(renderMarkdown('# One\n\n## Two\n\n### Three\n\n#### Four\n\n###### Six')).toBe(
      '<h3>One</h3>\n<h3>Two</h3>\n<h3>Three</h3>\n<h4>Four</h4>\n<h4>Six</h4>',
    );
  });

  it('marks http, https and mailto links as user content', () => {
    expect(renderMarkdown('[site](https://example.com "Title")')).toBe(
      `<p><a href="https://example.com" ${REL}>site</a></p>`,
    );
    expect(renderMarkdown('[mail](mailto:jobs@example.com)')).toBe(
      `<p><a href="mailto:jobs@example.com" ${REL}>mail</a></p>`,
    );
  });

  it('links bare addresses (linkify)', () => {
    expect(renderMarkdown('see www.example.com')).toBe(
      `<p>see <a href="http://www.example.com" ${REL}>www.example.com</a></p>`,
    );
  });

  it('leaves typography alone (typographer off)', () => {
    expect(renderMarkdown('"quotes" -- (c)')).toBe('<p>"quotes" -- (c)</p>');
  });

  it('gives an empty string for empty input', () => {
    expect(renderMarkdown('')).toBe('');
    expect(renderMarkdown('   \n\n')).toBe('');
  });
});

describe('renderMarkdown: what it refuses', () => {
  it('shows raw <script> as text', () => {
    expect(renderMarkdown('<script>alert(1)</script>')).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('shows a raw <img onerror> as text', () => {
    const html = renderMarkdown('Hi <img src=x onerror=alert(1)>');
    expect(html).toBe('<p>Hi &lt;img src=x onerror=alert(1)&gt;</p>');
    expect(html).not.toContain('<img');
  });

  it('replaces Markdown images with their alt text', () => {
    expect(renderMarkdown('![our office](https://tracker.example/pixel.gif)')).toBe('<p>our office</p>');
    expect(renderMarkdown('![](https://tracker.example/pixel.gif)')).toBe('');
    expect(renderMarkdown('![a <b>bold</b> alt](x.png)')).toBe('<p>a &lt;b&gt;bold&lt;/b&gt; alt</p>');
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '&#106;avascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
  ])('never links to %s', (target) => {
    const html = renderMarkdown(`[click](${target})`);
    expect(html).not.toContain('<a');
    expect(html).not.toContain('href');
  });

  it('turns relative and protocol-relative links into their text', () => {
    expect(renderMarkdown('[jobs](/jobs/x)')).toBe('<p>jobs</p>');
    expect(renderMarkdown('[evil](//evil.example)')).toBe('<p>evil</p>');
  });

  it('keeps HTML nested in Markdown inert, inside quotes, lists and links', () => {
    expect(renderMarkdown('> **b** <b onclick="x()">y</b>')).toBe(
      '<blockquote>\n<p><strong>b</strong> &lt;b onclick="x()"&gt;y&lt;/b&gt;</p>\n</blockquote>',
    );
    expect(renderMarkdown('- <iframe src="https://evil.example"></iframe>')).not.toContain('<iframe');
    expect(renderMarkdown('[<svg onload=alert(1)>](https://example.com)')).toBe(
      `<p><a href="https://example.com" ${REL}>&lt;svg onload=alert(1)&gt;</a></p>`,
    );
  });

  it('drops target and any attribute an author tries to add through raw HTML', () => {
    const html = renderMarkdown('<a href="https://x.example" target="_blank" onclick="y()">x</a>');
    expect(html).not.toMatch(/<a [^>]*target=/);
    expect(html).not.toMatch(/<a [^>]*onclick=/);
  });

  it('cannot break out of the href attribute', () => {
    const html = renderMarkdown('[x](https://example.com/"onmouseover="alert(1))');
    expect(html).toBe(`<p><a href="https://example.com/%22onmouseover=%22alert(1)" ${REL}>x</a></p>`);
  });

  it('leaves tables, strikethrough and rules as plain text', () => {
    expect(renderMarkdown('| a | b |\n|---|---|\n| 1 | 2 |')).toBe('<p>| a | b |\n|---|---|\n| 1 | 2 |</p>');
    expect(renderMarkdown('~~gone~~')).toBe('<p>~~gone~~</p>');
    expect(renderMarkdown('a\n\n---\n\nb')).toBe('<p>a</p>\n\n<p>b</p>');
  });
});
