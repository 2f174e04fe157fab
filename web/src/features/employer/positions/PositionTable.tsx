import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchJobDocument, type PositionView } from '../../../api/positions';
import { errorMessage } from '../../../i18n/errors';
import { downloadJson } from '../../../lib/download';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { useJobFormat } from '../../jobs/useJobFormat';
import { TableScroll } from '../TableScroll';
import { FUNDING_TONES, linksFor, STATUS_TONES, showsEndDate } from './lifecycle';
import { PositionActions } from './PositionActions';

interface PositionTableProps {
  positions: PositionView[];
  onChanged: (position: PositionView) => void;
}

export function PositionTable({ positions, onChanged }: PositionTableProps) {
  const { t } = useTranslation();
  const format = useJobFormat();
  return (
    <TableScroll label={t('employer.positions.tableLabel')}>
      <table className="table position-table">
        <thead>
          <tr>
            <th scope="col">{t('employer.positions.columns.title')}</th>
            <th scope="col">{t('employer.positions.columns.status')}</th>
            <th scope="col">{t('employer.positions.columns.funding')}</th>
            <th scope="col">{t('employer.positions.columns.validThrough')}</th>
            <th scope="col">{t('employer.positions.columns.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {positions.map((position) => (
            <tr key={position.id}>
              <th scope="row">
                <Link to={`/positions/${position.id}/edit`} className="position-table__title" dir="auto">
                  {position.title}
                </Link>
                <span className="position-table__sub">
                  {t(`profile.goals.roleFamilies.${position.roleFamily}`)} ·{' '}
                  {t(`profile.levels.${position.level}`)}
                </span>
                <RowLinks position={position} />
              </th>
              <td>
                <Badge tone={STATUS_TONES[position.status]}>
                  {t(`employer.positions.status.${position.status}`)}
                </Badge>
                {position.status === 'closed' && position.closeReason ? (
                  <span className="position-table__sub">
                    {t(`employer.positions.closeReasons.${position.closeReason}`)}
                  </span>
                ) : null}
              </td>
              <td>
                <Badge tone={FUNDING_TONES[position.funding.status]}>
                  {t(`employer.funding.status.${position.funding.status}`)}
                </Badge>
              </td>
              <td className="nowrap">
                {showsEndDate(position.status) ? (
                  format.day(position.validThrough)
                ) : (
                  <span title={t('employer.positions.noEndDate')}>
                    <span aria-hidden="true">—</span>
                    <span className="visually-hidden">{t('employer.positions.noEndDate')}</span>
                  </span>
                )}
              </td>
              <td>
                <div className="position-table__actions">
                  <PositionActions position={position} onChanged={onChanged} />
                  <DownloadJobButton position={position} />
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Links under a position's title: see linksFor. */
function RowLinks({ position }: { position: PositionView }) {
  const { t } = useTranslation();
  const links = linksFor(position);
  if (!links.candidates && !links.pipeline && !links.publicPage) return null;
  return (
    <span className="position-table__links">
      {links.candidates ? (
        <Link
          to={`/positions/${position.id}/candidates`}
          className="position-table__public"
          aria-label={t('matching.candidates.linkLabel', { title: position.title })}
        >
          {t('matching.candidates.link')}
        </Link>
      ) : null}
      {links.pipeline ? (
        <Link
          to={`/positions/${position.id}/pipeline`}
          className="position-table__public"
          aria-label={t('pipeline.linkLabel', { title: position.title })}
        >
          {t('pipeline.link')}
        </Link>
      ) : null}
      {links.publicPage ? (
        <a href={`/jobs/${encodeURIComponent(position.slug)}`} className="position-table__public">
          {t('employer.positions.publicPage')}
        </a>
      ) : null}
    </span>
  );
}

/** The position as a JSON Resume job document, to share with other tools. */
function DownloadJobButton({ position }: { position: PositionView }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div>
      <Button
        variant="ghost"
        size="sm"
        pending={pending}
        aria-label={t('employer.positions.downloadLabel', { title: position.title })}
        onClick={async () => {
          setPending(true);
          setError(null);
          try {
            downloadJson(await fetchJobDocument(position.id), `${position.slug}.job.json`);
          } catch (caught) {
            setError(errorMessage(caught, t));
          } finally {
            setPending(false);
          }
        }}
      >
        {t('employer.positions.download')}
      </Button>
      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
