import type { TFunction } from 'i18next';
import { ApiError } from '../api/errors';
import en from './en.json';

export type FieldErrors = Partial<Record<string, string>>;
type KnownCode = keyof (typeof en)['errors'];

function isKnownCode(code: string): code is KnownCode {
  return Object.hasOwn(en.errors, code);
}

/** A translated message for any thrown value, preferring our wording for the API's stable codes. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('errors.unknown');
  if (error.code === 'rate_limited' && error.retryAfterSeconds !== null) {
    return t('errors.rateLimitedRetry', { count: error.retryAfterSeconds });
  }
  if (isKnownCode(error.code)) return t(`errors.${error.code}`);
  return error.problem.detail ?? error.problem.title ?? t('errors.unknown');
}

/** Splits an API failure into a form-level message and messages for individual fields. */
export function describeError(
  error: unknown,
  t: TFunction,
  isShown: (field: string) => boolean = () => true,
): { message: string; fieldErrors: FieldErrors } {
  if (!(error instanceof ApiError)) return { message: errorMessage(error, t), fieldErrors: {} };
  const fieldErrors: FieldErrors = {};
  for (const [field, message] of Object.entries(error.fieldErrors())) {
    // Problems about fields the form does not show (e.g. "body") belong in the alert instead.
    if (isShown(field)) fieldErrors[field] = message;
  }
  if (error.code === 'weak_password' && isShown('password')) fieldErrors.password = t('errors.weak_password');
  const hasFields = Object.keys(fieldErrors).length > 0;
  return { message: hasFields ? t('form.fixErrors') : errorMessage(error, t), fieldErrors };
}
