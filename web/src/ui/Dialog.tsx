import { type ReactNode, useId } from 'react';
import { useModalDialog } from './useModalDialog';

interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A modal built on the native <dialog>: the browser traps focus, closes it with Escape, makes the page
 * behind it inert and returns focus to the control that opened it.
 */
export function Dialog({ open, title, onClose, children }: DialogProps) {
  const modal = useModalDialog(open, onClose);
  const titleId = useId();

  return (
    <dialog ref={modal.ref} className="dialog" aria-labelledby={titleId} onClose={modal.onClose}>
      {open ? (
        <div className="dialog__body">
          <h2 id={titleId} className="dialog__title">
            {title}
          </h2>
          {children}
        </div>
      ) : null}
    </dialog>
  );
}
