import type { ReactNode, SelectHTMLAttributes } from 'react';
import { describedBy, FieldShell } from './FieldShell';
import { useFieldIds } from './useFieldIds';

interface SelectFieldProps
  extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'aria-invalid' | 'aria-describedby'> {
  label: string;
  name: string;
  hint?: ReactNode;
  error?: string;
}

export function SelectField({ label, hint, error, id, children, ...select }: SelectFieldProps) {
  const ids = useFieldIds(id);
  return (
    <FieldShell ids={ids} label={label} hint={hint} error={error}>
      <select
        id={ids.id}
        className="field__input field__select"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(ids, hint, error)}
        {...select}
      >
        {children}
      </select>
    </FieldShell>
  );
}
