import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/errors';
import { describeError, type FieldErrors } from '../i18n/errors';
import { compact } from './validate';

/**
 * Shared submit behaviour for every form: client checks first, then the API call, with field errors,
 * a form-level alert, a pending flag, and focus moved to the first problem so keyboard and
 * screen-reader users land where they need to act.
 */
export function useFormSubmit(options: { isShown?: (field: string) => boolean } = {}) {
  const { t } = useTranslation();
  const customIsShown = options.isShown;
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const pendingRef = useRef(false);
  const [pending, setPending] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [errorCode, setErrorCode] = useState<string | null>(null);
  const [failures, setFailures] = useState(0);

  useEffect(() => {
    if (failures === 0) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? alertRef.current)?.focus();
  }, [failures]);

  const submit = useCallback(
    async (validate: () => FieldErrors, action: () => Promise<void>) => {
      if (pendingRef.current) return;
      const isShown =
        customIsShown ?? ((field: string) => Boolean(formRef.current?.elements.namedItem(field)));
      const clientErrors = compact(validate());
      setFormError(null);
      setErrorCode(null);
      setFieldErrors(clientErrors);
      if (Object.keys(clientErrors).length > 0) {
        // A problem with no control to show it on still needs saying somewhere.
        if (Object.keys(clientErrors).some((field) => !isShown(field))) setFormError(t('form.fixErrors'));
        setFailures((n) => n + 1);
        return;
      }
      pendingRef.current = true;
      setPending(true);
      try {
        await action();
      } catch (error) {
        const described = describeError(error, t, isShown);
        setFieldErrors(described.fieldErrors);
        setFormError(described.message);
        setErrorCode(error instanceof ApiError ? error.code : null);
        setFailures((n) => n + 1);
      } finally {
        pendingRef.current = false;
        setPending(false);
      }
    },
    [t, customIsShown],
  );

  return { formRef, alertRef, pending, fieldErrors, formError, errorCode, submit };
}
