import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import type { NotificationView } from '../../api/notifications';
import ar from '../../i18n/ar.json';
import en from '../../i18n/en.json';
import { notificationText } from './notificationText';

async function translator(language: 'en' | 'ar') {
  const instance = i18next.createInstance();
  await instance.init({ lng: language, resources: { en: { translation: en }, ar: { translation: ar } } });
  return instance.t;
}

/** A title or name as the sentences isolate it (first-strong isolate … pop). */
const iso = (text: string) => `\u2068${text}\u2069`;

const request = (payload: Record<string, unknown>): NotificationView => ({
  id: '00000000-0000-4000-8000-000000000001',
  kind: 'introduction_request',
  payload: { positionTitle: 'Speech ML Engineer', organisationName: 'Falcon Vision Labs', ...payload },
  link: '/introductions',
  createdAt: '2026-11-27T00:00:00.000Z',
  readAt: null,
});

describe('introduction request notifications', () => {
  it('tell a request, its withdrawal, and its withdrawal by closure apart, in English and Arabic', async () => {
    const t = await translator('en');
    expect(notificationText(request({}), t)).toBe(
      `${iso('Falcon Vision Labs')} asks to be introduced to you about ${iso('Speech ML Engineer')}`,
    );
    expect(notificationText(request({ status: 'cancelled', because: 'withdrawn' }), t)).toBe(
      `${iso('Falcon Vision Labs')} withdrew its introduction request about ${iso('Speech ML Engineer')}`,
    );
    expect(notificationText(request({ status: 'cancelled', because: 'position_closed' }), t)).toBe(
      `${iso('Speech ML Engineer')} has closed, so ${iso('Falcon Vision Labs')}'s introduction request was withdrawn`,
    );
    const tAr = await translator('ar');
    expect(notificationText(request({ status: 'cancelled', because: 'withdrawn' }), tAr)).toBe(
      `سحبت ${iso('Falcon Vision Labs')} طلب التعارف بشأن ${iso('Speech ML Engineer')}`,
    );
  });
});
