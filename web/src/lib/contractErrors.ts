import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { FieldErrors } from '../i18n/errors';

const URL_FIELDS = new Set(['repository', 'demo', 'modelCard', 'dataset', 'paper', 'url', 'credentialUrl']);
const DATE_FIELDS = new Set(['startDate', 'endDate', 'issueDate', 'expiryDate', 'lastUsed']);

/** One translated message for a problem the shared contract found in what the form would send. */
export function issueMessage(issue: z.core.$ZodIssue, t: TFunction): string {
  const last = String(issue.path.at(-1) ?? '');
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return t('validation.required');
      if (issue.origin === 'array') return t('validation.required');
      return t('validation.min', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t('validation.maxLength', { max: Number(issue.maximum) });
      if (issue.origin === 'array') return t('validation.maxItems', { max: Number(issue.maximum) });
      return t('validation.max', { max: Number(issue.maximum) });
    case 'invalid_type':
      return issue.expected === 'number' || issue.expected === 'int'
        ? t('validation.number')
        : t('validation.invalid');
    case 'invalid_format':
      if (URL_FIELDS.has(last) || issue.format === 'url') return t('validation.url');
      if (DATE_FIELDS.has(last)) return t('validation.partialDate');
      if (last === 'doi') return t('validation.doi');
      if (last === 'arxivId') return t('validation.arxiv');
      if (/^\d+$/.test(last) && issue.path.includes('blockedDomains')) return t('validation.domain');
      return t('validation.invalid');
    default:
      return t('validation.invalid');
  }
}

/**
 * Checks a request body against its shared zod contract before it is sent. Field errors are keyed by
 * the dotted path the API would report (`links.repository`, `results.0.metric`), which is also the
 * `name` of the control that edits it.
 */
export function checkContract<S extends z.ZodType>(
  schema: S,
  body: unknown,
  t: TFunction,
): { ok: true; data: z.infer<S> } | { ok: false; errors: FieldErrors } {
  const result = schema.safeParse(body);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    if (!(path in errors)) errors[path] = issueMessage(issue, t);
  }
  return { ok: false, errors };
}
