import type { ReactNode, Ref } from 'react';
import { Alert } from '../../ui/Alert';

/** Always mounted so that the alert region exists before a message is inserted into it. */
export function FormAlert({
  message,
  alertRef,
  children,
}: {
  message: string | null;
  alertRef: Ref<HTMLDivElement>;
  children?: ReactNode;
}) {
  if (!message) return null;
  return (
    <Alert tone="danger" ref={alertRef} className="form__alert">
      <p>{message}</p>
      {children}
    </Alert>
  );
}
