import type { FieldErrors } from '../../i18n/errors';

/**
 * Client-side contract errors keyed to the control that shows them, the way the API's errors are:
 * `emailDomains.2` lands on the control named `emailDomains`, `requiredSkills.1.skillId` on the
 * fieldset named `requiredSkills.1`. Paths with no control keep their name, so the form says
 * "check the highlighted fields" instead of failing silently.
 */
export function toShownFields(errors: FieldErrors, form: HTMLFormElement | null): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    if (!message) continue;
    const segments = path.split('.');
    let field = path;
    for (let n = segments.length; n > 0; n--) {
      const candidate = segments.slice(0, n).join('.');
      if (form?.elements.namedItem(candidate)) {
        field = candidate;
        break;
      }
    }
    if (!(field in out)) out[field] = message;
  }
  return out;
}

/** Replaces the generic message of every error under a path prefix with a specific one. */
export function withMessages(errors: FieldErrors, messages: Record<string, string>): FieldErrors {
  const out: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const prefix = Object.keys(messages).find((p) => path === p || path.startsWith(`${p}.`));
    out[path] = prefix ? messages[prefix] : message;
  }
  return out;
}
