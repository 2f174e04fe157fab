import type { TFunction } from 'i18next';
import { emailSchema, passwordSchema } from '../../../src/contracts/common.js';
import type { FieldErrors } from '../i18n/errors';

export const PASSWORD_MIN_LENGTH = 12;

export function checkEmail(value: string, t: TFunction): string | undefined {
  if (value.trim() === '') return t('validation.emailRequired');
  return emailSchema.safeParse(value).success ? undefined : t('validation.emailInvalid');
}

/** Mirrors the server's length rules; the common-password check only the server can make. */
export function checkNewPassword(value: string, t: TFunction): string | undefined {
  if (value === '') return t('validation.passwordRequired');
  const result = passwordSchema.safeParse(value);
  if (result.success) return undefined;
  return result.error.issues[0]?.code === 'too_big'
    ? t('validation.passwordTooLong')
    : t('validation.passwordTooShort');
}

export function checkRequired(value: string, message: string): string | undefined {
  return value.trim() === '' ? message : undefined;
}

/** Drops fields without a message so that "no errors" is simply an empty object. */
export function compact(errors: FieldErrors): FieldErrors {
  const out: FieldErrors = {};
  for (const [field, message] of Object.entries(errors)) if (message) out[field] = message;
  return out;
}
