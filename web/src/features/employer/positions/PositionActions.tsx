import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type PositionView, transitionPosition } from '../../../api/positions';
import { Button } from '../../../ui/Button';
import { isolate } from '../isolate';
import { actionsFor, needsFunding, type OwnerAction } from './lifecycle';
import { TransitionDialog } from './TransitionDialog';
import { transitionErrorMessage } from './transitionError';

interface PositionActionsProps {
  position: PositionView;
  onChanged: (position: PositionView) => void;
}

/** The status changes a position allows now; closing and renewing ask for details first. */
export function PositionActions({ position, onChanged }: PositionActionsProps) {
  const { t } = useTranslation();
  const id = useId();
  const [pending, setPending] = useState<OwnerAction | null>(null);
  const [dialog, setDialog] = useState<'close' | 'renew' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const actions = actionsFor(position.status);
  const containerRef = useRef<HTMLDivElement>(null);

  // A change can remove the very button that had focus (closing leaves no actions); keep keyboard
  // users here, next to the announcement, instead of at the top of the page.
  const keepFocus = () =>
    window.requestAnimationFrame(() => {
      const active = document.activeElement;
      if (!active || active === document.body || !active.isConnected) containerRef.current?.focus();
    });
  const fundingMissing = needsFunding(position);

  const run = async (action: 'submit' | 'withdraw' | 'pause' | 'resume') => {
    setPending(action);
    setError(null);
    setDone(null);
    try {
      const updated = await transitionPosition(position.id, { action });
      setDone(t(`employer.positions.done.${action}`, { title: isolate(position.title) }));
      onChanged(updated);
      keepFocus();
    } catch (caught) {
      setError(transitionErrorMessage(caught, t));
    } finally {
      setPending(null);
    }
  };

  return (
    <div ref={containerRef} tabIndex={-1} className="position-actions">
      {/* Kept even when no action is left (after closing), so the outcome is still announced. */}
      <p className="visually-hidden" role="status">
        {done ?? ''}
      </p>
      {actions.length === 0 ? null : (
        <div className="button-row button-row--tight">
          {actions.map((action) => {
            const label = t(`employer.positions.actions.${action}`);
            const ariaLabel = t('employer.positions.actionLabel', { action: label, title: position.title });
            if (action === 'close' || action === 'renew')
              return (
                <Button
                  key={action}
                  size="sm"
                  variant={action === 'close' ? 'danger' : 'secondary'}
                  aria-label={ariaLabel}
                  onClick={() => setDialog(action)}
                >
                  {label}
                </Button>
              );
            const blocked = action === 'submit' && fundingMissing;
            return (
              <Button
                key={action}
                size="sm"
                variant={action === 'submit' ? 'primary' : 'secondary'}
                aria-label={ariaLabel}
                aria-describedby={blocked ? `${id}-funding` : undefined}
                disabled={blocked || (pending !== null && pending !== action)}
                pending={pending === action}
                onClick={() => void run(action)}
              >
                {label}
              </Button>
            );
          })}
        </div>
      )}
      {actions.includes('submit') && fundingMissing ? (
        <p id={`${id}-funding`} className="position-actions__hint">
          {t('employer.positions.fundingFirst')}
        </p>
      ) : null}
      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
      <TransitionDialog
        kind={dialog}
        position={position}
        onClose={() => setDialog(null)}
        onDone={(updated) => {
          setDialog(null);
          setDone(t(`employer.positions.done.${dialog ?? 'close'}`, { title: isolate(position.title) }));
          onChanged(updated);
          keepFocus();
        }}
      />
    </div>
  );
}
