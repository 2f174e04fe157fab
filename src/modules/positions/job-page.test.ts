import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { labels } from './job-page.js';

// The public job page is rendered on the server, apart from the app's translations; a visitor who
// signs in afterwards must meet the same level names.
const appArabic = JSON.parse(
  readFileSync(new URL('../../../web/src/i18n/ar.json', import.meta.url), 'utf8'),
) as { profile: { levels: Record<string, string> } };

describe('the public job page', () => {
  it('names levels in Arabic as the app does', () => {
    expect(labels.ar.level).toEqual(appArabic.profile.levels);
  });
});
