import { useTranslation } from 'react-i18next';
import type { CareerPageResponse } from '../../api/career';
import { Badge } from '../../ui/Badge';
import { Card } from '../../ui/Card';
import { TableScroll } from '../employer/TableScroll';
import { ReadinessBars } from './ReadinessBars';
import { SalaryBenchmarkLink } from './SalaryBenchmarkLink';
import { useCareerFormat } from './useCareerFormat';
import { useCareerText } from './useCareerText';

/** The four tracks beyond senior side by side: readiness as bars, then top gaps and pay links in a table. */
export function TrackComparison({ career }: { career: CareerPageResponse }) {
  const { t } = useTranslation();
  const format = useCareerFormat();
  const text = useCareerText();
  if (career.tracks.length === 0) return null;
  const caption = t('career.tracks.caption');
  return (
    <Card title={t('career.tracks.title')} description={t('career.tracks.intro')} className="career-card">
      {career.tracks.some((track) => track.preferred) ? (
        <ul className="salary-legend" aria-hidden="true">
          <li>
            <span className="salary-legend__mark career-legend--met" />
            {t('career.tracks.preferred')}
          </li>
        </ul>
      ) : null}
      <ReadinessBars
        bars={career.tracks.map((track) => ({
          key: track.track,
          label: text.targetName(track.track),
          value: track.readiness,
          highlight: track.preferred,
        }))}
      />
      <TableScroll label={caption}>
        <table className="table career-table">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('career.tracks.columns.track')}</th>
              <th scope="col" className="table__num">
                {t('career.tracks.columns.readiness')}
              </th>
              <th scope="col">{t('career.tracks.columns.gaps')}</th>
              <th scope="col">{t('career.tracks.columns.pay')}</th>
            </tr>
          </thead>
          <tbody>
            {career.tracks.map((track) => (
              <tr key={track.track}>
                <th scope="row">
                  {text.targetName(track.track)}
                  <span className="career-table__sub">{text.model(track.title)}</span>
                  {track.preferred ? <Badge tone="accent">{t('career.tracks.preferred')}</Badge> : null}
                </th>
                <td className="table__num">{format.readiness(track.readiness)}</td>
                <td>
                  {track.topGaps.length
                    ? format.list(track.topGaps.map((g) => g.name))
                    : t('career.tracks.noGaps')}
                </td>
                <td>
                  <SalaryBenchmarkLink link={track.salaryBenchmark} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </Card>
  );
}
