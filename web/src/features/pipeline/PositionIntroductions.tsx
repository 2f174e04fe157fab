import { useTranslation } from 'react-i18next';
import type { IntroductionView } from '../../api/applications';
import { cancelIntroduction } from '../../api/pipeline';
import { useFormatters } from '../../lib/format';
import { Badge } from '../../ui/Badge';
import { ConfirmAction } from '../employer/ConfirmAction';
import { TableScroll } from '../employer/TableScroll';

const TONES = { pending: 'warning', accepted: 'success', declined: 'neutral', cancelled: 'neutral' } as const;

/** The introductions this position asked for, and how each candidate answered; pending ones can be withdrawn. */
export function PositionIntroductions({
  introductions,
  onChanged,
}: {
  introductions: IntroductionView[];
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (introductions.length === 0) return null;
  return (
    <section className="card position-introductions" aria-labelledby="position-introductions-title">
      <h2 id="position-introductions-title" className="card__title">
        {t('pipeline.introductions.title')}
      </h2>
      <TableScroll label={t('pipeline.introductions.title')}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('pipeline.introductions.candidate')}</th>
              <th scope="col">{t('pipeline.introductions.status')}</th>
              <th scope="col">{t('pipeline.introductions.asked')}</th>
              <th scope="col">{t('pipeline.introductions.answer')}</th>
            </tr>
          </thead>
          <tbody>
            {introductions.map((i) => (
              <tr key={i.id}>
                <th scope="row" dir="auto">
                  {i.candidateName ?? t('pipeline.anonymous')}
                </th>
                <td>
                  <Badge tone={TONES[i.status]}>{t(`pipeline.introductions.statuses.${i.status}`)}</Badge>
                </td>
                <td>
                  {i.requestedBy ? <span dir="auto">{i.requestedBy}</span> : null}{' '}
                  <span className="muted">{format.date(i.createdAt)}</span>
                </td>
                <td>
                  {i.declineReason ? t(`applications.introductions.reasons.${i.declineReason}`) : null}
                  {i.declineNote ? (
                    <span className="muted" dir="auto">
                      {' '}
                      “{i.declineNote}”
                    </span>
                  ) : null}
                  {i.respondedAt ? <span className="muted"> {format.date(i.respondedAt)}</span> : null}
                  {i.status === 'pending' ? (
                    // Final for the position (the candidate is not asked again), so it asks first.
                    <ConfirmAction
                      label={t('pipeline.introductions.withdraw')}
                      ariaLabel={t('pipeline.introductions.withdrawLabel', {
                        name: i.candidateName ?? t('pipeline.anonymous'),
                        date: format.date(i.createdAt),
                      })}
                      question={t('pipeline.introductions.withdrawConfirm')}
                      confirmLabel={t('pipeline.introductions.withdrawYes')}
                      variant="ghost"
                      onConfirm={async () => {
                        try {
                          await cancelIntroduction(i.id);
                        } finally {
                          // Also when the candidate answered first (409): the row shows the answer.
                          onChanged();
                        }
                      }}
                    />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
