import type { InputHTMLAttributes, ReactNode, Ref } from 'react';
import { describedBy, FieldShell } from './FieldShell';
import { useFieldIds } from './useFieldIds';

export interface TextFieldProps
  extends Omit<InputHTMLAttributes<HTMLInputElement>, 'aria-invalid' | 'aria-describedby' | 'children'> {
  label: string;
  name: string;
  hint?: ReactNode;
  error?: string;
  /** Rendered next to the input inside the same box, e.g. a show-password toggle. */
  addon?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

export function TextField({ label, hint, error, addon, id, type = 'text', ...input }: TextFieldProps) {
  const ids = useFieldIds(id);
  const control = (
    <input
      id={ids.id}
      type={type}
      className="field__input"
      aria-invalid={error ? true : undefined}
      aria-describedby={describedBy(ids, hint, error)}
      {...input}
    />
  );
  return (
    <FieldShell ids={ids} label={label} hint={hint} error={error}>
      {addon ? (
        <div className="field__control">
          {control}
          {addon}
        </div>
      ) : (
        control
      )}
    </FieldShell>
  );
}
