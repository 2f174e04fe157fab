import { useTranslation } from 'react-i18next';
import type { SalaryBenchmark } from '../../api/salaries';
import { TableScroll } from '../employer/TableScroll';
import { useSalaryFormat } from './useSalaryFormat';
import { useSalaryText } from './useSalaryText';

export interface DistributionTableRow {
  key: string;
  label: string;
  benchmark: SalaryBenchmark;
}

interface DistributionTableProps {
  caption: string;
  /** The first column's heading: "Level", "Region". */
  rowHeader: string;
  rows: readonly DistributionTableRow[];
}

/** The numbers behind a box-plot chart, one row per box: what screen readers read. */
export function DistributionTable({ caption, rowHeader, rows }: DistributionTableProps) {
  const { t } = useTranslation();
  const format = useSalaryFormat();
  const text = useSalaryText();
  // The caption and the legend name the currency; bare numbers keep the columns narrow.
  const money = (value: number) => format.whole(value);
  return (
    <TableScroll label={caption}>
      <table className="table salary-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeader}</th>
            <th scope="col" className="table__num">
              {t('salaries.table.n')}
            </th>
            <th scope="col" className="table__num">
              {t('salaries.table.p10')}
            </th>
            <th scope="col" className="table__num">
              {t('salaries.table.p25')}
            </th>
            <th scope="col" className="table__num">
              {t('salaries.table.p50')}
            </th>
            <th scope="col" className="table__num">
              {t('salaries.table.p75')}
            </th>
            <th scope="col" className="table__num">
              {t('salaries.table.p90')}
            </th>
            <th scope="col" className="table__num">
              {t('salaries.table.interval')}
            </th>
            <th scope="col">{t('salaries.table.geography')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, label, benchmark }) => {
            const stats = benchmark.stats;
            const fallback = text.fallbackSentence(benchmark);
            return (
              <tr key={key} data-row={key}>
                <th scope="row">{label}</th>
                {stats ? (
                  <>
                    <td className="table__num" data-stat="n">
                      {format.whole(stats.n)}
                    </td>
                    <td className="table__num" data-stat="p10">
                      {money(stats.p10)}
                    </td>
                    <td className="table__num" data-stat="p25">
                      {money(stats.p25)}
                    </td>
                    <td className="table__num" data-stat="p50">
                      {money(stats.p50)}
                    </td>
                    <td className="table__num" data-stat="p75">
                      {money(stats.p75)}
                    </td>
                    <td className="table__num" data-stat="p90">
                      {money(stats.p90)}
                    </td>
                    <td className="table__num">
                      {format.range(stats.medianInterval.low, stats.medianInterval.high)}
                    </td>
                  </>
                ) : (
                  <td colSpan={7}>{t('salaries.chart.tooFew')}</td>
                )}
                <td className="salary-table__scope">{fallback ?? text.scopeName(benchmark.scope)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
