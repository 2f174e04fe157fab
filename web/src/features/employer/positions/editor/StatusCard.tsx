import { useTranslation } from 'react-i18next';
import type { PositionView } from '../../../../api/positions';
import { Badge } from '../../../../ui/Badge';
import { ButtonLink } from '../../../../ui/ButtonLink';
import { Card } from '../../../../ui/Card';
import { useJobFormat } from '../../../jobs/useJobFormat';
import { STATUS_TONES } from '../lifecycle';
import { PositionActions } from '../PositionActions';

/** Where the position is in its life, and the next steps it allows. */
export function StatusCard({
  position,
  onChanged,
}: {
  position: PositionView;
  onChanged: (p: PositionView) => void;
}) {
  const { t } = useTranslation();
  const format = useJobFormat();
  return (
    <Card
      title={t('employer.status.title')}
      actions={
        <Badge tone={STATUS_TONES[position.status]}>
          {t(`employer.positions.status.${position.status}`)}
        </Badge>
      }
    >
      <div className="stack">
        <p className="muted">{t(`employer.status.explain.${position.status}`)}</p>
        {position.status === 'closed' && position.closeReason ? (
          <p>
            {t('employer.status.closedBecause', {
              reason: t(`employer.positions.closeReasons.${position.closeReason}`),
            })}
            {position.closeNote ? <span dir="auto"> — {position.closeNote}</span> : null}
          </p>
        ) : null}
        <p>{t('employer.status.validThrough', { date: format.day(position.validThrough) })}</p>
        {position.status === 'open' ? (
          <p className="button-row">
            <ButtonLink to={`/positions/${position.id}/candidates`} size="sm">
              {t('matching.candidates.link')}
            </ButtonLink>
            <a href={`/jobs/${encodeURIComponent(position.slug)}`}>{t('employer.positions.publicPage')}</a>
          </p>
        ) : null}
        <PositionActions position={position} onChanged={onChanged} />
      </div>
    </Card>
  );
}
