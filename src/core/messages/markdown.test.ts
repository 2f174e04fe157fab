import { describe, expect, it } from 'vitest';
import { renderMessageMarkdown } from './markdown.js';

describe('message Markdown', () => {
  it('renders emphasis, lists, code and line breaks', () => {
    expect(renderMessageMarkdown('Hello **Sara**,\nsee *below*:\n\n- one\n- `two`')).toBe(
      '<p>Hello <strong>Sara</strong>,<br />\nsee <em>below</em>:</p>\n<ul>\n<li>one</li>\n<li><code>two</code></li>\n</ul>',
    );
  });

  it('keeps headings and rules as plain text', () => {
    expect(renderMessageMarkdown('# Big\n\n---')).toBe('<p># Big</p>\n<p>---</p>');
  });

  it('never passes raw HTML, scripts or event handlers', () => {
    const html = renderMessageMarkdown('<script>alert(1)</script><img src=x onerror=alert(1)> <b>x</b>');
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;');
  });

  it('keeps absolute links with rel, and drops javascript: and relative ones to text', () => {
    expect(renderMessageMarkdown('[site](https://example.com)')).toBe(
      '<p><a href="https://example.com" rel="nofollow noopener ugc">site</a></p>',
    );
    expect(renderMessageMarkdown('[x](javascript:alert(1)) [y](/admin)')).toBe(
      '<p>[x](javascript:alert(1)) y</p>',
    );
  });

  it('shows an image as its alt text', () => {
    expect(renderMessageMarkdown('![a pixel](https://t.example/p.gif)')).toBe('<p>a pixel</p>');
  });
});
