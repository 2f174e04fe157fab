import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchLevels } from '../../api/salaries';
import { useLoad } from '../../lib/useLoad';
import { Card } from '../../ui/Card';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { DistributionChart } from './DistributionChart';
import { DistributionTable } from './DistributionTable';
import { FxNote } from './FxNote';
import { levelsQuery, type SalaryFilters } from './salaryQuery';

/** Box plots of the slice at every level, and their table. */
export function LevelsSection({ filters, place }: { filters: SalaryFilters; place: string }) {
  const { t } = useTranslation();
  const key = JSON.stringify(levelsQuery(filters));
  // biome-ignore lint/correctness/useExhaustiveDependencies: the serialised query is the trigger.
  const load = useCallback(() => fetchLevels(levelsQuery(filters)), [key]);
  const state = useLoad(load);
  return (
    <Card
      title={t('salaries.levels.title')}
      description={t('salaries.levels.intro', { place })}
      className="salary-section"
    >
      <LoadBoundary state={state}>
        {(answer) => {
          const first = answer.levels[0]?.benchmark;
          const currency = first?.fx.currency ?? filters.currency;
          const rows = answer.levels.map(({ level, benchmark }) => ({
            key: level,
            label: t(`profile.levels.${level}`),
            benchmark,
            stats: benchmark.stats,
            fallback: benchmark.fallback !== null,
          }));
          const approximate = answer.levels.some((l) => l.benchmark.levelApproximate);
          return (
            <div className="salary-section__body" data-testid="levels-section">
              {first ? <FxNote fx={first.fx} /> : null}
              <p className="salary-chart__legend">{t('salaries.chart.legend', { currency })}</p>
              <DistributionChart rows={rows} />
              <DistributionTable
                caption={t('salaries.levels.caption', { place, currency })}
                rowHeader={t('salaries.table.level')}
                rows={rows}
              />
              {rows.some((r) => r.fallback) ? (
                <p className="salary-note">{t('salaries.chart.fallbackMark')}</p>
              ) : null}
              {approximate ? <p className="salary-note">{t('salaries.levelApproximate')}</p> : null}
            </div>
          );
        }}
      </LoadBoundary>
    </Card>
  );
}
