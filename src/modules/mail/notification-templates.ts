import type { Locale } from '../../contracts/common.js';
import type { NotificationKind } from '../../contracts/notifications.js';
import type { OutgoingMail } from './mailer.js';

// Plain-text notification mails, in the recipient's language. A payload is what the feature that
// notified wrote; positionTitle and organisationName are read when present, so a mail names what it
// is about without this file knowing each feature.

interface Context {
  /** The position or organisation the notification is about, when its payload says. */
  about: string | null;
  /** The payload's status: an introduction request's 'cancelled' tells of its withdrawal. */
  status: string | null;
}

/** A mail's line: what happened, then what it is about when the payload says. */
const titled = (text: string, about: string | null) => (about ? `${text}: ${about}` : text);

const en: Record<NotificationKind, (c: Context) => string> = {
  strong_match: ({ about }) => titled('A strong new match', about),
  introduction_request: ({ about, status }) =>
    titled(
      status === 'cancelled'
        ? 'An introduction request was withdrawn'
        : 'An employer asks to be introduced to you',
      about,
    ),
  introduction_answer: ({ about }) => titled('A candidate answered your introduction request', about),
  application_received: ({ about }) => titled('A new application', about),
  stage_change: ({ about }) => titled('Application update', about),
  message: ({ about }) => (about ? `A new message about ${about}` : 'A new message'),
  position_closed: ({ about }) => titled('A position closed', about),
  offer: ({ about }) => titled('News about an offer', about),
};

const ar: Record<NotificationKind, (c: Context) => string> = {
  strong_match: ({ about }) => titled('تطابق قوي جديد', about),
  introduction_request: ({ about, status }) =>
    titled(status === 'cancelled' ? 'سُحب طلب تعارف' : 'صاحب عمل يطلب التعرّف إليك', about),
  introduction_answer: ({ about }) => titled('ردّ مرشح على طلب التعارف', about),
  application_received: ({ about }) => titled('طلب توظيف جديد', about),
  stage_change: ({ about }) => titled('تحديث على طلب توظيف', about),
  message: ({ about }) => (about ? `رسالة جديدة بشأن ${about}` : 'رسالة جديدة'),
  position_closed: ({ about }) => titled('أُغلقت وظيفة', about),
  offer: ({ about }) => titled('مستجدات عرض عمل', about),
};

const lines: Record<Locale, Record<NotificationKind, (c: Context) => string>> = { en, ar };

function contextOf(payload: Record<string, unknown>): Context {
  const title = typeof payload.positionTitle === 'string' ? payload.positionTitle : null;
  const organisation = typeof payload.organisationName === 'string' ? payload.organisationName : null;
  const about = title && organisation ? `${title} (${organisation})` : (title ?? organisation);
  return { about, status: typeof payload.status === 'string' ? payload.status : null };
}

export interface NotificationLine {
  kind: NotificationKind;
  payload: Record<string, unknown>;
  /** An absolute URL into the web app. */
  url: string;
}

interface Footer {
  name: string;
  unsubscribeUrl: string;
  settingsUrl: string;
}

/** The link opens the unsubscribe page, which confirms with a POST (no one-click List-Unsubscribe-Post). */
const listHeaders = (unsubscribeUrl: string) => ({ 'List-Unsubscribe': `<${unsubscribeUrl}>` });

/** One notification, sent as it happens. */
export function renderInstantMail(
  locale: Locale,
  to: string,
  item: NotificationLine,
  footer: Footer,
): OutgoingMail {
  const summary = lines[locale][item.kind](contextOf(item.payload));
  const text =
    locale === 'ar'
      ? `مرحبًا ${footer.name}،\n\n${summary}\n\n${item.url}\n\n—\nلإيقاف رسائل هذا النوع: ${footer.unsubscribeUrl}\nإعدادات التنبيهات: ${footer.settingsUrl}\n\nAI Talent Hub`
      : `Hello ${footer.name},\n\n${summary}\n\n${item.url}\n\n—\nStop emails of this kind: ${footer.unsubscribeUrl}\nNotification settings: ${footer.settingsUrl}\n\nAI Talent Hub`;
  return { to, subject: summary, text, headers: listHeaders(footer.unsubscribeUrl) };
}

/** The day's notifications of the kinds set to daily, in one mail. */
export function renderDigestMail(
  locale: Locale,
  to: string,
  day: string,
  items: readonly NotificationLine[],
  footer: Footer,
): OutgoingMail {
  const list = items
    .map((item) => `- ${lines[locale][item.kind](contextOf(item.payload))}\n  ${item.url}`)
    .join('\n');
  const mail =
    locale === 'ar'
      ? {
          subject: `ملخص AI Talent Hub ليوم ${day} (${items.length})`,
          text: `مرحبًا ${footer.name}،\n\nإليك تنبيهات يوم ${day}:\n\n${list}\n\n—\nلإيقاف كل رسائل التنبيه: ${footer.unsubscribeUrl}\nإعدادات التنبيهات: ${footer.settingsUrl}\n\nAI Talent Hub`,
        }
      : {
          subject: `Your AI Talent Hub digest for ${day} (${items.length})`,
          text: `Hello ${footer.name},\n\nHere is what happened on ${day}:\n\n${list}\n\n—\nStop all notification emails: ${footer.unsubscribeUrl}\nNotification settings: ${footer.settingsUrl}\n\nAI Talent Hub`,
        };
  return { to, ...mail, headers: listHeaders(footer.unsubscribeUrl) };
}
