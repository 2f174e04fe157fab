import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchReference } from '../../api/salaries';
import { useLoad } from '../../lib/useLoad';
import { Card } from '../../ui/Card';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { TableScroll } from '../employer/TableScroll';
import { FxNote } from './FxNote';
import { useSalaryFormat } from './useSalaryFormat';

/** The career guide's published table, kept apart from the measured figures and labelled with its source. */
export function ReferenceSection({ currency }: { currency: string }) {
  const { t } = useTranslation();
  const format = useSalaryFormat();
  const load = useCallback(() => fetchReference(currency), [currency]);
  const state = useLoad(load);
  return (
    <Card
      title={t('salaries.reference.title')}
      description={t('salaries.reference.intro')}
      className="salary-section salary-section--reference"
    >
      <LoadBoundary state={state}>
        {(answer) => {
          const shown = answer.fx.currency;
          const band = (min: number, max: number, openEnded: boolean) =>
            openEnded
              ? t('salaries.reference.openEnded', { amount: format.money(min, shown) })
              : format.moneyRange(min, max, shown);
          const caption = t('salaries.reference.caption', { year: answer.source.year });
          return (
            <div className="salary-section__body">
              <p className="salary-source">
                {t('salaries.reference.source', { title: answer.source.title, year: answer.source.year })}
              </p>
              <FxNote fx={answer.fx} />
              <TableScroll label={caption}>
                <table className="table salary-table">
                  <caption className="visually-hidden">{caption}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('salaries.table.level')}</th>
                      <th scope="col">{t('salaries.reference.years')}</th>
                      <th scope="col" className="table__num">
                        {t('salaries.reference.global')}
                      </th>
                      <th scope="col" className="table__num">
                        {t('salaries.reference.gulf')}
                      </th>
                      <th scope="col">{t('salaries.reference.premium')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {answer.rows.map((row) => (
                      <tr key={row.level}>
                        <th scope="row">{t(`profile.levels.${row.level}`)}</th>
                        <td>
                          {t('salaries.reference.yearsValue', { years: format.numericText(row.years) })}
                        </td>
                        <td className="table__num">{band(row.global.min, row.global.max, row.openEnded)}</td>
                        <td className="table__num">{band(row.gulf.min, row.gulf.max, row.openEnded)}</td>
                        <td>
                          {t('salaries.reference.premiumValue', {
                            premium: format.signedPercent(row.premium.fraction),
                            label: row.premium.label,
                          })}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
              <p className="salary-note">{t('salaries.reference.basis')}</p>
            </div>
          );
        }}
      </LoadBoundary>
    </Card>
  );
}
