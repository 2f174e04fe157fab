import type { ReactNode } from 'react';
import { cx } from '../lib/cx';

type BadgeTone = 'neutral' | 'success' | 'warning' | 'info' | 'accent';

export function Badge({ tone = 'neutral', children }: { tone?: BadgeTone; children: ReactNode }) {
  return <span className={cx('badge', `badge--${tone}`)}>{children}</span>;
}
