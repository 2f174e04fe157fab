import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../../src/contracts/admin.js';
import { useFormatters } from '../../lib/format';
import { CountTable } from './CountTable';
import { StatCard } from './StatCard';
import { stageLabel } from './stageLabel';

export function OverviewContent({ overview }: { overview: Overview }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const stats = [
    { key: 'candidates', value: overview.accounts.candidates },
    { key: 'employers', value: overview.accounts.employers },
    { key: 'admins', value: overview.accounts.admins },
    { key: 'organisations', value: overview.organisations.total },
    { key: 'positions', value: overview.positions.total },
  ] as const;

  return (
    <div className="stack stack--lg">
      <ul className="stat-grid" aria-label={t('admin.overview.statsLabel')}>
        {stats.map((stat) => (
          <StatCard
            key={stat.key}
            label={t(`admin.overview.stats.${stat.key}`)}
            value={format.number(stat.value)}
          />
        ))}
      </ul>
      <div className="two-column">
        <CountTable
          title={t('admin.overview.byCountry.title')}
          labelHeader={t('admin.overview.byCountry.country')}
          countHeader={t('admin.overview.byCountry.count')}
          empty={t('admin.overview.empty')}
          rows={overview.organisations.byCountry.map((row) => ({
            key: row.country,
            label: format.country(row.country),
            count: row.count,
          }))}
        />
        <CountTable
          title={t('admin.overview.byStage.title')}
          labelHeader={t('admin.overview.byStage.stage')}
          countHeader={t('admin.overview.byStage.count')}
          empty={t('admin.overview.empty')}
          rows={overview.candidatesByStage.map((row) => ({
            key: row.stage,
            label: stageLabel(row.stage, t),
            count: row.count,
          }))}
        />
      </div>
    </div>
  );
}
