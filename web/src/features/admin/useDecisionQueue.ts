import { useCallback, useState } from 'react';
import type { Decision } from '../../api/adminVerification';
import { useLoad } from '../../lib/useLoad';
import type { PendingDecision } from './DecisionDialog';

/** A review queue shown by one state at a time, and the decision an administrator is taking on a row. */
export function useDecisionQueue<F extends string, T>(
  fetch: (filter: F) => Promise<T[]>,
  filters: readonly [F, ...F[]],
  onDecided: () => void,
) {
  const [filter, setFilter] = useState<F>(filters[0]);
  const load = useCallback(() => fetch(filter), [fetch, filter]);
  const queue = useLoad(load);
  const [deciding, setDeciding] = useState<PendingDecision | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return {
    filters,
    filter,
    /** Shows the queue in the state a select's value names (the first state if it names none). */
    choose: (value: string) => setFilter(filters.find((f) => f === value) ?? filters[0]),
    queue,
    notice,
    deciding,
    close: () => setDeciding(null),
    /** Opens the dialog for `decision` on `subject`; once `send` succeeds, says `done` and reloads. */
    ask: (
      decision: Decision['decision'],
      subject: string,
      send: (body: Decision) => Promise<unknown>,
      done: string,
    ) =>
      setDeciding({
        decision,
        subject,
        run: async (body) => {
          await send(body);
          setNotice(done);
          queue.reload();
          onDecided();
        },
      }),
  };
}

export type DecisionQueue<F extends string, T> = ReturnType<typeof useDecisionQueue<F, T>>;
