import { describe, expect, it } from 'vitest';
import { renderDigestMail, renderInstantMail } from './notification-templates.js';

const footer = { name: 'Omar', unsubscribeUrl: 'https://x.test/u', settingsUrl: 'https://x.test/s' };
const about = { positionTitle: 'Speech ML Engineer', organisationName: 'Falcon Vision Labs' };
const line = (payload: Record<string, unknown>) =>
  ({ kind: 'introduction_request', payload, url: 'https://x.test/introductions' }) as const;

describe('introduction request mails', () => {
  it('say a request was withdrawn, not that it was made, in English and Arabic', () => {
    const withdrawn = line({ ...about, status: 'cancelled', because: 'withdrawn' });
    expect(renderInstantMail('en', 'o@x.test', withdrawn, footer).subject).toBe(
      'An introduction request was withdrawn: Speech ML Engineer (Falcon Vision Labs)',
    );
    expect(renderInstantMail('ar', 'o@x.test', withdrawn, footer).subject).toBe(
      'سُحب طلب تعارف: Speech ML Engineer (Falcon Vision Labs)',
    );
    expect(renderDigestMail('en', 'o@x.test', '2026-11-27', [withdrawn], footer).text).toContain(
      '- An introduction request was withdrawn: Speech ML Engineer',
    );
  });

  it('still announce a new request as one', () => {
    expect(renderInstantMail('en', 'o@x.test', line(about), footer).subject).toBe(
      'An employer asks to be introduced to you: Speech ML Engineer (Falcon Vision Labs)',
    );
    expect(renderInstantMail('ar', 'o@x.test', line({}), footer).subject).toBe('صاحب عمل يطلب التعرّف إليك');
  });
});
