import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchRegions } from '../../api/salaries';
import { useLoad } from '../../lib/useLoad';
import { Card } from '../../ui/Card';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { DistributionChart } from './DistributionChart';
import { DistributionTable } from './DistributionTable';
import { FxNote } from './FxNote';
import { regionsQuery, type SalaryFilters } from './salaryQuery';
import { useSalaryText } from './useSalaryText';

/** The slice in each region and worldwide, side by side. */
export function RegionsSection({ filters }: { filters: SalaryFilters }) {
  const { t } = useTranslation();
  const text = useSalaryText();
  const key = JSON.stringify(regionsQuery(filters));
  // biome-ignore lint/correctness/useExhaustiveDependencies: the serialised query is the trigger.
  const load = useCallback(() => fetchRegions(regionsQuery(filters)), [key]);
  const state = useLoad(load);
  return (
    <Card
      title={t('salaries.regions.title')}
      description={t('salaries.regions.intro')}
      className="salary-section"
    >
      <LoadBoundary state={state}>
        {(answer) => {
          const first = answer.regions[0]?.benchmark;
          const currency = first?.fx.currency ?? filters.currency;
          const rows = answer.regions.map(({ region, benchmark }) => ({
            key: region,
            label: text.scopeName(region === 'global' ? { kind: 'global' } : { kind: 'region', region }),
            benchmark,
            stats: benchmark.stats,
            fallback: benchmark.fallback !== null,
          }));
          return (
            <div className="salary-section__body" data-testid="regions-section">
              {first ? <FxNote fx={first.fx} /> : null}
              <p className="salary-chart__legend">{t('salaries.chart.legend', { currency })}</p>
              <DistributionChart rows={rows} />
              <DistributionTable
                caption={t('salaries.regions.caption', { currency })}
                rowHeader={t('salaries.table.region')}
                rows={rows}
              />
              {rows.some((r) => r.fallback) ? (
                <p className="salary-note">{t('salaries.chart.fallbackMark')}</p>
              ) : null}
            </div>
          );
        }}
      </LoadBoundary>
    </Card>
  );
}
