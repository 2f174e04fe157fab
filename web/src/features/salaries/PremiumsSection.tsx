import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchPremiums, type SalaryPremiumsResponse } from '../../api/salaries';
import { useLoad } from '../../lib/useLoad';
import { Card } from '../../ui/Card';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { TableScroll } from '../employer/TableScroll';
import { PremiumChart, type PremiumRow } from './PremiumChart';
import { premiumsQuery, type SalaryFilters } from './salaryQuery';
import { useSalaryFormat } from './useSalaryFormat';
import { useSalaryText } from './useSalaryText';

function PremiumsBody({ answer, filters }: { answer: SalaryPremiumsResponse; filters: SalaryFilters }) {
  const { t } = useTranslation();
  const format = useSalaryFormat();
  const text = useSalaryText();
  const source = answer.reference.source;
  const sourceName = t('salaries.reference.sourceName', { year: source.year });
  const measured = answer.measured.filter((p) => p.sufficient && p.premium !== null && p.interval !== null);
  const insufficient = answer.measured.filter((p) => !measured.includes(p));
  const published = answer.reference.rows.filter((r) => !filters.level || r.level === filters.level);
  const publishedLabel = (row: (typeof published)[number]) =>
    t('salaries.premiums.publishedLabel', { label: row.label, level: t(`profile.levels.${row.level}`) });
  const rows: PremiumRow[] = [
    ...measured.map(
      (p): PremiumRow => ({
        key: `measured-${p.skill}`,
        label: p.skillName,
        kind: 'measured',
        value: p.premium ?? 0,
        low: p.interval?.low ?? 0,
        high: p.interval?.high ?? 0,
      }),
    ),
    ...published.map(
      (r): PremiumRow => ({
        key: `published-${r.level}`,
        label: publishedLabel(r),
        kind: 'published',
        value: r.fraction,
      }),
    ),
  ];
  const measuredSource = t('salaries.premiums.measuredSource', { place: text.scopeName(answer.scope) });
  const caption = t('salaries.premiums.caption', { place: text.scopeName(answer.scope) });

  return (
    <div className="salary-section__body" data-testid="premiums-section">
      <ul className="salary-legend" aria-hidden="true">
        <li>
          <span className="salary-legend__mark salary-legend__mark--measured" />
          {t('salaries.premiums.legendMeasured')}
        </li>
        <li>
          <span className="salary-legend__mark salary-legend__mark--published" />
          {t('salaries.premiums.legendPublished', { source: sourceName })}
        </li>
      </ul>
      {rows.length > 0 ? <PremiumChart rows={rows} /> : null}
      <TableScroll label={caption}>
        <table className="table salary-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('salaries.premiums.columns.skill')}</th>
              <th scope="col">{t('salaries.premiums.columns.source')}</th>
              <th scope="col" className="table__num">
                {t('salaries.premiums.columns.premium')}
              </th>
              <th scope="col" className="table__num">
                {t('salaries.premiums.columns.interval')}
              </th>
              <th scope="col" className="table__num">
                {t('salaries.premiums.columns.records')}
              </th>
            </tr>
          </thead>
          <tbody>
            {measured.map((p) => (
              <tr key={`measured-${p.skill}`}>
                <th scope="row">{p.skillName}</th>
                <td>{measuredSource}</td>
                <td className="table__num">{format.signedPercent(p.premium ?? 0)}</td>
                <td className="table__num">
                  {p.interval ? format.percentRange(p.interval.low, p.interval.high) : ''}
                </td>
                <td className="table__num">
                  {t('salaries.premiums.withWithout', {
                    with: format.whole(p.nWith),
                    without: format.whole(p.nWithout),
                  })}
                </td>
              </tr>
            ))}
            {published.map((r) => (
              <tr key={`published-${r.level}`}>
                <th scope="row">{publishedLabel(r)}</th>
                <td>{t('salaries.premiums.publishedSource', { source: sourceName })}</td>
                <td className="table__num">{format.signedPercent(r.fraction)}</td>
                <td className="table__num">{t('salaries.premiums.notPublished')}</td>
                <td className="table__num">{t('salaries.premiums.notPublished')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {measured.length === 0 ? (
        <p className="salary-note">
          {t('salaries.premiums.noneMeasured', { min: format.whole(answer.minEachSide) })}
        </p>
      ) : null}
      {insufficient.length > 0 ? (
        <div className="salary-insufficient">
          <h3 className="salary-insufficient__title">
            {t('salaries.premiums.insufficientTitle', { min: format.whole(answer.minEachSide) })}
          </h3>
          <ul>
            {insufficient.map((p) => (
              <li key={p.skill}>
                {t('salaries.premiums.insufficientItem', {
                  skill: p.skillName,
                  with: format.whole(p.nWith),
                  without: format.whole(p.nWithout),
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** Measured skill premiums with their intervals, beside the guide's published ones, each labelled. */
export function PremiumsSection({ filters }: { filters: SalaryFilters }) {
  const { t } = useTranslation();
  const key = JSON.stringify(premiumsQuery(filters));
  // biome-ignore lint/correctness/useExhaustiveDependencies: the serialised query is the trigger.
  const load = useCallback(() => fetchPremiums(premiumsQuery(filters)), [key]);
  const state = useLoad(load);
  return (
    <Card
      title={t('salaries.premiums.title')}
      description={t('salaries.premiums.intro')}
      className="salary-section"
    >
      <LoadBoundary state={state}>
        {(answer) => <PremiumsBody answer={answer} filters={filters} />}
      </LoadBoundary>
    </Card>
  );
}
