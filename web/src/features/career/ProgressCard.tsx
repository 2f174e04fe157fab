import { useTranslation } from 'react-i18next';
import type { CareerSnapshot } from '../../api/career';
import { Card } from '../../ui/Card';
import { TableScroll } from '../employer/TableScroll';
import { ProgressChart } from './ProgressChart';
import { useCareerFormat } from './useCareerFormat';
import { useCareerText } from './useCareerText';

/** Readiness over time, one point per recorded look, with the table of snapshots (newest first). */
export function ProgressCard({ snapshots }: { snapshots: readonly CareerSnapshot[] }) {
  const { t } = useTranslation();
  const format = useCareerFormat();
  const text = useCareerText();
  const caption = t('career.progress.caption');
  return (
    <Card title={t('career.progress.title')} description={t('career.progress.intro')} className="career-card">
      {snapshots.length === 0 ? (
        <p className="career-empty">{t('career.progress.none')}</p>
      ) : (
        <>
          <ProgressChart snapshots={snapshots} />
          <TableScroll label={caption}>
            <table className="table career-table">
              <caption className="visually-hidden">{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('career.progress.columns.when')}</th>
                  <th scope="col">{t('career.progress.columns.stage')}</th>
                  <th scope="col">{t('career.progress.columns.target')}</th>
                  <th scope="col" className="table__num">
                    {t('career.progress.columns.readiness')}
                  </th>
                  <th scope="col">{t('career.progress.columns.gaps')}</th>
                </tr>
              </thead>
              <tbody>
                {[...snapshots].reverse().map((s) => (
                  <tr key={s.takenAt}>
                    <th scope="row">{format.date(s.takenAt)}</th>
                    <td>{s.stage ? text.targetName(s.stage) : t('career.progress.noStage')}</td>
                    <td>{s.target ? text.targetName(s.target) : '—'}</td>
                    <td className="table__num">{format.readiness(s.readiness)}</td>
                    <td>{format.list(s.topGaps.slice(0, 3).map((g) => g.name))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </>
      )}
    </Card>
  );
}
