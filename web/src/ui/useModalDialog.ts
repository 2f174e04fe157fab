import { type SyntheticEvent, useEffect, useRef } from 'react';

/**
 * A native modal <dialog> driven by `open`: shown with showModal (the browser traps focus, closes it
 * on Escape, makes the page behind inert and returns focus to the opener) and closed when `open`
 * turns false. `onClose` on the element calls back only for this dialog's own close: React passes
 * a nested dialog's close event up its component tree, which would otherwise close both.
 */
export function useModalDialog(open: boolean, onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const handleClose = (event: SyntheticEvent<HTMLDialogElement>) => {
    if (event.target === event.currentTarget) onClose();
  };
  return { ref, onClose: handleClose };
}
