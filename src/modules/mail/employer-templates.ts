import type { Locale } from '../../contracts/common.js';
import type { OutgoingMail } from './mailer.js';

// Plain-text mails of the employer side, in the recipient's language.
interface Vars {
  organisation: string;
  link: string;
  /** Invitation: who invited; closure: the position's title. */
  detail: string;
}
type Template = (vars: Vars) => { subject: string; text: string };
type Kind = 'invitation' | 'domainVerification' | 'positionExpired';

const templates: Record<Kind, Record<Locale, Template>> = {
  invitation: {
    en: ({ organisation, link, detail }) => ({
      subject: `${detail} invited you to ${organisation} on AI Talent Hub`,
      text: `Hello,\n\n${detail} invited you to join ${organisation} on AI Talent Hub. Sign in or create an account with this email address, then accept here:\n\n${link}\n\nThe invitation works for 7 days and once. If you did not expect it, ignore this message.\n\nAI Talent Hub`,
    }),
    ar: ({ organisation, link, detail }) => ({
      subject: `دعاك ${detail} للانضمام إلى ${organisation} في AI Talent Hub`,
      text: `مرحبًا،\n\nدعاك ${detail} للانضمام إلى ${organisation} في AI Talent Hub. سجّل الدخول أو أنشئ حسابًا بهذا البريد الإلكتروني ثم اقبل الدعوة من هنا:\n\n${link}\n\nتعمل الدعوة مرة واحدة ولمدة 7 أيام. إن لم تكن تتوقعها فتجاهل هذه الرسالة.\n\nAI Talent Hub`,
    }),
  },
  domainVerification: {
    en: ({ organisation, link }) => ({
      subject: `Confirm that ${organisation} uses this email domain`,
      text: `Hello,\n\nA member of ${organisation} on AI Talent Hub asked to prove that the organisation controls this email domain. If that was you, confirm here:\n\n${link}\n\nThe link works for 24 hours and once. If it was not you, ignore this message.\n\nAI Talent Hub`,
    }),
    ar: ({ organisation, link }) => ({
      subject: `أكّد أن ${organisation} تستخدم نطاق البريد هذا`,
      text: `مرحبًا،\n\nطلب عضو في ${organisation} على AI Talent Hub إثبات أن المؤسسة تملك نطاق البريد هذا. إن كنت أنت فأكّد من هنا:\n\n${link}\n\nيعمل الرابط مرة واحدة ولمدة 24 ساعة. إن لم تكن أنت فتجاهل هذه الرسالة.\n\nAI Talent Hub`,
    }),
  },
  positionExpired: {
    en: ({ organisation, link, detail }) => ({
      subject: `Expired: ${detail} at ${organisation}`,
      text: `Hello,\n\nThe position "${detail}" at ${organisation} has closed: its valid-through day has passed, so candidates no longer see it. To keep hiring, re-post it from your positions dashboard:\n\n${link}\n\nAI Talent Hub`,
    }),
    ar: ({ organisation, link, detail }) => ({
      subject: `انتهت: ${detail} لدى ${organisation}`,
      text: `مرحبًا،\n\nأُغلقت الوظيفة «${detail}» لدى ${organisation} لانقضاء آخر موعد لها، فلم يعد المرشحون يرونها. لمواصلة التوظيف أعد نشرها من لوحة الوظائف:\n\n${link}\n\nAI Talent Hub`,
    }),
  },
};

export function renderEmployerMail(kind: Kind, locale: Locale, to: string, vars: Vars): OutgoingMail {
  return { to, ...templates[kind][locale](vars) };
}
