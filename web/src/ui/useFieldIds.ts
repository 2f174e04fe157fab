import { useId } from 'react';
import type { FieldIds } from './FieldShell';

export function useFieldIds(explicitId?: string): FieldIds {
  const generated = useId();
  const id = explicitId ?? generated;
  return { id, hintId: `${id}-hint`, errorId: `${id}-error` };
}
