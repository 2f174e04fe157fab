import type { ReactNode } from 'react';
import { Alert } from '../../ui/Alert';
import { Card } from '../../ui/Card';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { SelectField } from '../../ui/SelectField';
import { TableScroll } from '../employer/TableScroll';
import { DecisionDialog } from './DecisionDialog';
import type { DecisionQueue } from './useDecisionQueue';

interface DecisionQueueCardProps<F extends string, T> {
  queue: DecisionQueue<F, T>;
  title: string;
  description: string;
  /** The state select: its label, form name and each state's option text. */
  show: { label: string; name: string; option: (filter: F) => string };
  empty: string;
  caption: (count: number) => string;
  columns: readonly string[];
  /** One `<tr>` (with its key) per item. */
  row: (item: T) => ReactNode;
}

/** A review queue's card: state select, last decision's notice, the table, and the decision dialog. */
export function DecisionQueueCard<F extends string, T>({
  queue,
  title,
  description,
  show,
  empty,
  caption,
  columns,
  row,
}: DecisionQueueCardProps<F, T>) {
  return (
    <Card
      title={title}
      description={description}
      actions={
        <SelectField
          label={show.label}
          name={show.name}
          value={queue.filter}
          onChange={(e) => queue.choose(e.target.value)}
        >
          {queue.filters.map((f) => (
            <option key={f} value={f}>
              {show.option(f)}
            </option>
          ))}
        </SelectField>
      }
    >
      {queue.notice ? (
        <Alert tone="success" className="card__notice">
          {queue.notice}
        </Alert>
      ) : null}
      <LoadBoundary state={queue.queue}>
        {(items) =>
          items.length === 0 ? (
            <p className="muted">{empty}</p>
          ) : (
            <TableScroll label={caption(items.length)}>
              <table className="table">
                <caption className="visually-hidden">{caption(items.length)}</caption>
                <thead>
                  <tr>
                    {columns.map((column) => (
                      <th key={column} scope="col">
                        {column}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>{items.map(row)}</tbody>
              </table>
            </TableScroll>
          )
        }
      </LoadBoundary>
      <DecisionDialog pending={queue.deciding} onClose={queue.close} />
    </Card>
  );
}
