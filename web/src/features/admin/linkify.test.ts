import { describe, expect, it } from 'vitest';
import { linkify } from './linkify';

describe('linkify', () => {
  it('turns http(s) URLs into links and keeps the rest as text', () => {
    expect(linkify('Open https://a.test/verify?token=abc now')).toEqual([
      { kind: 'text', text: 'Open ' },
      { kind: 'link', href: 'https://a.test/verify?token=abc', text: 'https://a.test/verify?token=abc' },
      { kind: 'text', text: ' now' },
    ]);
  });

  it('leaves sentence punctuation after a URL outside the link', () => {
    const parts = linkify('See http://a.test/x.');
    expect(parts[1]).toEqual({ kind: 'link', href: 'http://a.test/x', text: 'http://a.test/x' });
    expect(parts[2]).toEqual({ kind: 'text', text: '.' });
  });

  it('never links other schemes', () => {
    for (const text of ['javascript:alert(1)', 'data:text/html,hi', 'ftp://a.test/file', 'mailto:a@b.test']) {
      expect(linkify(text)).toEqual([{ kind: 'text', text }]);
    }
  });

  it('returns nothing for empty text', () => {
    expect(linkify('')).toEqual([]);
  });
});
