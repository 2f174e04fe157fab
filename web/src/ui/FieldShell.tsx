import type { ReactNode } from 'react';
import { cx } from '../lib/cx';
import { AlertIcon } from './icons';

export interface FieldIds {
  id: string;
  hintId: string;
  errorId: string;
}

/** Ties a control to its label, hint and error so that screen readers announce all three. */
export function describedBy(ids: FieldIds, hint?: ReactNode, error?: string): string | undefined {
  const parts = [hint ? ids.hintId : null, error ? ids.errorId : null].filter(Boolean);
  return parts.length > 0 ? parts.join(' ') : undefined;
}

interface FieldShellProps {
  ids: FieldIds;
  label: string;
  hint?: ReactNode;
  error?: string;
  children: ReactNode;
}

export function FieldShell({ ids, label, hint, error, children }: FieldShellProps) {
  return (
    <div className={cx('field', error && 'field--invalid')}>
      <label htmlFor={ids.id} className="field__label">
        {label}
      </label>
      {hint ? (
        <p id={ids.hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={ids.errorId} className="field__error">
          <AlertIcon className="field__error-icon" />
          <span>{error}</span>
        </p>
      ) : null}
    </div>
  );
}
