import type { Locale } from '../../contracts/common.js';
import type { OutgoingMail } from './mailer.js';

// Plain-text mail only: nothing to sanitise, and every client shows it.
type Template = (vars: { name: string; link: string }) => { subject: string; text: string };

const templates: Record<'verifyEmail' | 'resetPassword' | 'accountExists', Record<Locale, Template>> = {
  verifyEmail: {
    en: ({ name, link }) => ({
      subject: 'Confirm your email for AI Talent Hub',
      text: `Hello ${name},\n\nConfirm your email address to finish creating your AI Talent Hub account:\n\n${link}\n\nThe link works for 24 hours. If you did not sign up, ignore this message.\n\nAI Talent Hub`,
    }),
    ar: ({ name, link }) => ({
      subject: 'أكّد بريدك الإلكتروني في AI Talent Hub',
      text: `مرحبًا ${name}،\n\nأكّد عنوان بريدك الإلكتروني لإكمال إنشاء حسابك في AI Talent Hub:\n\n${link}\n\nيعمل الرابط لمدة 24 ساعة. إن لم تقم بالتسجيل فتجاهل هذه الرسالة.\n\nAI Talent Hub`,
    }),
  },
  resetPassword: {
    en: ({ name, link }) => ({
      subject: 'Reset your AI Talent Hub password',
      text: `Hello ${name},\n\nSomeone asked to reset the password of your AI Talent Hub account. To choose a new password, open:\n\n${link}\n\nThe link works for one hour and once. If it was not you, ignore this message: your password stays as it is.\n\nAI Talent Hub`,
    }),
    ar: ({ name, link }) => ({
      subject: 'إعادة تعيين كلمة المرور في AI Talent Hub',
      text: `مرحبًا ${name}،\n\nطلب أحدهم إعادة تعيين كلمة مرور حسابك في AI Talent Hub. لاختيار كلمة مرور جديدة افتح:\n\n${link}\n\nيعمل الرابط مرة واحدة ولمدة ساعة. إن لم تكن أنت فتجاهل هذه الرسالة وستبقى كلمة مرورك كما هي.\n\nAI Talent Hub`,
    }),
  },
  accountExists: {
    en: ({ name, link }) => ({
      subject: 'You already have an AI Talent Hub account',
      text: `Hello ${name},\n\nSomeone tried to create an AI Talent Hub account with this email address, which already has one. If it was you, sign in or reset your password here:\n\n${link}\n\nIf it was not you, ignore this message.\n\nAI Talent Hub`,
    }),
    ar: ({ name, link }) => ({
      subject: 'لديك حساب في AI Talent Hub بالفعل',
      text: `مرحبًا ${name}،\n\nحاول أحدهم إنشاء حساب في AI Talent Hub بهذا البريد الإلكتروني المسجّل لدينا مسبقًا. إن كنت أنت فسجّل الدخول أو أعد تعيين كلمة المرور من هنا:\n\n${link}\n\nإن لم تكن أنت فتجاهل هذه الرسالة.\n\nAI Talent Hub`,
    }),
  },
};

/** Renders one of the account mails in the recipient's language. */
export function renderMail(
  kind: keyof typeof templates,
  locale: Locale,
  to: string,
  vars: { name: string; link: string },
): OutgoingMail {
  return { to, ...templates[kind][locale](vars) };
}
