import type { ReactNode, Ref } from 'react';
import { cx } from '../lib/cx';
import { AlertIcon, CheckIcon, InfoIcon } from './icons';

export type AlertTone = 'info' | 'success' | 'warning' | 'danger';

interface AlertProps {
  tone?: AlertTone;
  title?: string;
  children?: ReactNode;
  actions?: ReactNode;
  /** Lets forms move focus here after a failed submit. */
  ref?: Ref<HTMLDivElement>;
  className?: string;
}

const icons = { info: InfoIcon, success: CheckIcon, warning: AlertIcon, danger: AlertIcon };

export function Alert({ tone = 'info', title, children, actions, ref, className }: AlertProps) {
  const Icon = icons[tone];
  // Errors interrupt; everything else is announced politely.
  const role = tone === 'danger' ? 'alert' : 'status';
  return (
    <div ref={ref} role={role} tabIndex={-1} className={cx('alert', `alert--${tone}`, className)}>
      <Icon className="alert__icon" />
      <div className="alert__body">
        {title ? <p className="alert__title">{title}</p> : null}
        {children ? <div className="alert__text">{children}</div> : null}
        {actions ? <div className="alert__actions">{actions}</div> : null}
      </div>
    </div>
  );
}
