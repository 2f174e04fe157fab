import { useId } from 'react';
import { useFormatters } from '../../lib/format';

interface CountTableProps {
  title: string;
  labelHeader: string;
  countHeader: string;
  empty: string;
  rows: Array<{ key: string; label: string; count: number }>;
}

export function CountTable({ title, labelHeader, countHeader, empty, rows }: CountTableProps) {
  const format = useFormatters();
  const headingId = useId();
  const total = rows.reduce((sum, row) => sum + row.count, 0);
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId} className="card__title">
        {title}
      </h2>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{labelHeader}</th>
                <th scope="col" className="table__num">
                  {countHeader}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  <th scope="row">
                    {row.label}
                    <span className="bar" aria-hidden="true">
                      <span
                        className="bar__fill"
                        style={{ inlineSize: `${total ? (row.count / total) * 100 : 0}%` }}
                      />
                    </span>
                  </th>
                  <td className="table__num">{format.number(row.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
