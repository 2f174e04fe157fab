import { describe, expect, it } from 'vitest';
import { safeNext } from './safeNext';

describe('safeNext', () => {
  it('keeps same-site paths', () => {
    expect(safeNext('/account')).toBe('/account');
    expect(safeNext('/admin/outbox?x=1')).toBe('/admin/outbox?x=1');
  });

  it('refuses anything that could leave the site', () => {
    for (const next of [
      null,
      '',
      'https://evil.test',
      '//evil.test',
      '/\\evil.test',
      'javascript:alert(1)',
    ]) {
      expect(safeNext(next)).toBe('/');
    }
  });
});
