import type { ReactNode } from 'react';
import { Badge } from '../../../ui/Badge';

type Tone = 'neutral' | 'success' | 'warning' | 'info';

/** A check's heading with its state as a badge beside it. */
export function StatusLine({
  id,
  title,
  status,
  tone,
}: {
  id: string;
  title: string;
  status: ReactNode;
  tone: Tone;
}) {
  return (
    <div className="check-heading">
      <h3 id={id} className="check-heading__title">
        {title}
      </h3>
      <Badge tone={tone}>{status}</Badge>
    </div>
  );
}
