import i18n, { type TFunction } from 'i18next';
import { ApiError } from '../api/errors';
import en from './en.json';

export type FieldErrors = Partial<Record<string, string>>;
type KnownCode = keyof (typeof en)['errors'];
type KnownFieldCode = keyof (typeof en)['fieldErrors'];

function isKnownCode(code: string): code is KnownCode {
  return Object.hasOwn(en.errors, code);
}

function isKnownFieldCode(code: string): code is KnownFieldCode {
  return Object.hasOwn(en.fieldErrors, code);
}

/** Fields whose values are web addresses, wherever they appear in a form. */
const URL_FIELDS = new Set(['repository', 'demo', 'modelCard', 'dataset', 'paper', 'url', 'credentialUrl']);

/** A translated message for any thrown value, preferring our wording for the API's stable codes. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiError)) return t('errors.unknown');
  if (error.code === 'rate_limited' && error.retryAfterSeconds !== null) {
    return t('errors.rateLimitedRetry', { count: error.retryAfterSeconds });
  }
  if (isKnownCode(error.code)) return t(`errors.${error.code}`);
  return error.problem.detail ?? error.problem.title ?? t('errors.unknown');
}

/**
 * The message for one field problem from the API: our wording for codes we know, otherwise the
 * API's English text where the interface is English, and a plain request to check the value elsewhere.
 */
export function fieldIssueMessage(issue: { path: string; message: string; code?: string }, t: TFunction) {
  const code = issue.code ?? '';
  if (isKnownFieldCode(code)) return t(`fieldErrors.${code}`);
  const last = issue.path.split('.').at(-1) ?? '';
  if (code === 'invalid_format' && URL_FIELDS.has(last)) return t('validation.url');
  if ((i18n.resolvedLanguage ?? i18n.language ?? 'en').startsWith('en')) return issue.message;
  return t('validation.invalid');
}

/** The most specific shown field for a dotted path: `links.repository`, else `links`. */
function shownField(path: string, isShown: (field: string) => boolean): string | null {
  const segments = path.split(/[./]/).filter(Boolean);
  for (let n = segments.length; n > 0; n--) {
    const candidate = segments.slice(0, n).join('.');
    if (isShown(candidate)) return candidate;
  }
  return null;
}

/** Splits an API failure into a form-level message and messages for individual fields. */
export function describeError(
  error: unknown,
  t: TFunction,
  isShown: (field: string) => boolean = () => true,
): { message: string; fieldErrors: FieldErrors } {
  if (!(error instanceof ApiError)) return { message: errorMessage(error, t), fieldErrors: {} };
  const fieldErrors: FieldErrors = {};
  for (const issue of error.problem.errors ?? []) {
    // Problems about fields the form does not show (e.g. "body") belong in the alert instead.
    const field = shownField(issue.path, isShown);
    if (field && !(field in fieldErrors)) fieldErrors[field] = fieldIssueMessage(issue, t);
  }
  if (error.code === 'weak_password' && isShown('password')) fieldErrors.password = t('errors.weak_password');
  const hasFields = Object.keys(fieldErrors).length > 0;
  return { message: hasFields ? t('form.fixErrors') : errorMessage(error, t), fieldErrors };
}
