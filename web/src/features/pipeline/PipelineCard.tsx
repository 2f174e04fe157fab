import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { rejectionReasonSchema, type Stage } from '../../../../src/contracts/pipeline.js';
import { moveApplication, type PipelineApplication, rejectApplication } from '../../api/pipeline';
import { errorMessage } from '../../i18n/errors';
import { useFormatters } from '../../lib/format';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Timeline } from '../applications/Timeline';
import { isolate } from '../employer/isolate';
import type { ThreadState } from '../messages/ThreadPage';
import { OfferDialog } from './OfferDialog';
import { OfferSummary } from './OfferSummary';
import { ReasonDialog } from './ReasonDialog';

interface PipelineCardProps {
  application: PipelineApplication;
  unread: number;
  onChanged: (application: PipelineApplication, announcement: string) => void;
  /** Reload the whole board (after an offer, whose answer is an offer, not the application). */
  onReload: () => void;
}

/** The name the organisation may see, or "Anonymous candidate" until the candidate reveals it (the API decides). */
export function usePipelineName() {
  const { t } = useTranslation();
  return (a: PipelineApplication) => a.candidate.displayName ?? t('pipeline.anonymous');
}

/** One application on the board: who, how long it has waited, and the moves allowed from here. */
export function PipelineCard({ application: a, unread, onChanged, onReload }: PipelineCardProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const nameOf = usePipelineName();
  const [pending, setPending] = useState<Stage | null>(null);
  const [rejecting, setRejecting] = useState(false);
  const [offering, setOffering] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const who = nameOf(a);
  const anonymous = a.candidate.displayName === null;
  // Two anonymous cards must still be told apart by a screen-reader user.
  const label = anonymous ? t('pipeline.anonymousWho', { headline: a.candidate.headline || '—' }) : who;
  const forward = a.nextStages.filter((s) => s !== 'closed');
  // Rejection has its own endpoint, so it is not among nextStages: any open application can be rejected.
  const canClose = a.stage !== 'closed' && a.stage !== 'hired';
  const hasOpenOffer = a.offers.some((o) => o.status === 'extended');
  const last = a.events.at(-1);
  const threadState: ThreadState = {
    positionTitle: a.positionTitle,
    otherSide: who,
    back: `/positions/${a.positionId}/pipeline`,
  };

  const move = async (to: Stage) => {
    setPending(to);
    setError(null);
    try {
      const moved = await moveApplication(a.id, to);
      onChanged(moved, t('pipeline.movedAnnounce', { name: label, stage: t(`pipeline.stages.${to}`) }));
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setPending(null);
    }
  };

  return (
    <article
      className={a.waitingTooLong ? 'pipeline-card pipeline-card--waiting' : 'pipeline-card'}
      aria-label={label}
    >
      <h4 className="pipeline-card__name" dir="auto">
        {who}
        {anonymous ? <span className="pipeline-card__anon"> {t('pipeline.anonymousNote')}</span> : null}
      </h4>
      {a.candidate.headline ? (
        <p className="pipeline-card__headline" dir="auto">
          {a.candidate.headline}
        </p>
      ) : null}
      {a.candidate.email ? (
        <p className="pipeline-card__email">
          <a href={`mailto:${a.candidate.email}`} dir="ltr">
            {a.candidate.email}
          </a>
        </p>
      ) : null}
      <p className="pipeline-card__meta">
        <Badge tone={a.origin === 'introduction' ? 'accent' : 'info'}>
          {t(`pipeline.origin.${a.origin}`)}
        </Badge>
        {a.waitingTooLong ? (
          <Badge tone="warning">
            {t('pipeline.waitingBadge', {
              count: a.waitingBusinessDays ?? 0,
              value: format.number(a.waitingBusinessDays ?? 0),
            })}
          </Badge>
        ) : null}
        {a.stage === 'closed' && a.closedReason ? (
          <Badge tone="neutral">
            {a.rejectionReason
              ? t('pipeline.rejectedFor', { reason: t(`pipeline.rejectionReasons.${a.rejectionReason}`) })
              : t(`pipeline.closedReasons.${a.closedReason}`)}
          </Badge>
        ) : null}
      </p>
      {last ? (
        <p className="pipeline-card__last">{t('pipeline.lastMove', { date: format.dateTime(last.at) })}</p>
      ) : null}
      {a.note ? (
        <blockquote className="pipeline-card__note" dir="auto">
          {a.note}
        </blockquote>
      ) : null}
      {a.offers.map((offer) => (
        <OfferSummary key={offer.id} offer={offer} />
      ))}
      <div className="pipeline-card__actions">
        {forward.map((stage) => (
          <Button
            key={stage}
            size="sm"
            pending={pending === stage}
            disabled={pending !== null}
            aria-label={t('pipeline.moveToLabel', { name: label, stage: t(`pipeline.stages.${stage}`) })}
            onClick={() => void move(stage)}
          >
            {t('pipeline.moveTo', { stage: t(`pipeline.stages.${stage}`) })}
          </Button>
        ))}
        {a.stage === 'offer' && !hasOpenOffer ? (
          <Button
            size="sm"
            variant="secondary"
            aria-haspopup="dialog"
            aria-label={t('pipeline.offer.recordLabel', { name: label })}
            onClick={() => setOffering(true)}
          >
            {t('pipeline.offer.record')}
          </Button>
        ) : null}
        {canClose ? (
          <Button
            size="sm"
            variant="ghost"
            aria-haspopup="dialog"
            aria-label={t('pipeline.rejectLabel', { name: label })}
            onClick={() => setRejecting(true)}
          >
            {t('pipeline.reject')}
          </Button>
        ) : null}
        <Link
          to={`/messages/${encodeURIComponent(a.id)}`}
          state={threadState}
          className="btn btn--ghost btn--sm"
        >
          {t('pipeline.messages')}
          <span className="visually-hidden">{t('pipeline.messagesWith', { name: label })}</span>
          {unread > 0 ? <span className="count-pill">{format.number(unread)}</span> : null}
        </Link>
      </div>
      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
      <details className="pipeline-card__history">
        <summary>{t('pipeline.history')}</summary>
        <Timeline events={a.events} label={t('pipeline.historyLabel', { name: label })} />
      </details>
      <ReasonDialog
        open={rejecting}
        title={t('pipeline.rejectTitle', { name: isolate(label) })}
        intro={t('pipeline.rejectIntro')}
        reasons={rejectionReasonSchema.options}
        reasonLabel={(reason) => t(`pipeline.rejectionReasons.${reason}`)}
        reasonRequired
        noteHint={t('pipeline.rejectNoteHint')}
        confirm={t('pipeline.rejectConfirm')}
        onClose={() => setRejecting(false)}
        onConfirm={async (body) => {
          if (!body.reason) return;
          const rejected = await rejectApplication(a.id, {
            reason: body.reason,
            ...(body.note ? { note: body.note } : {}),
          });
          setRejecting(false);
          onChanged(rejected, t('pipeline.rejectedAnnounce', { name: label }));
        }}
      />
      <OfferDialog
        open={offering}
        applicationId={a.id}
        who={isolate(label)}
        onClose={() => setOffering(false)}
        onMade={() => {
          setOffering(false);
          onReload();
        }}
      />
    </article>
  );
}
