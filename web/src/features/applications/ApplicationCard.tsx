import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { withdrawalReasonSchema } from '../../../../src/contracts/pipeline.js';
import { type CandidateApplication, withdrawApplication } from '../../api/applications';
import { useFormatters } from '../../lib/format';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { isolate } from '../employer/isolate';
import type { ThreadState } from '../messages/ThreadPage';
import { ReasonDialog } from '../pipeline/ReasonDialog';
import { OfferDecision } from './OfferDecision';
import { Timeline } from './Timeline';
import { stageTone, useDurationText } from './useStageFormat';

interface ApplicationCardProps {
  application: CandidateApplication;
  unread: number;
  /** This card was linked to (/applications/:id): it is marked and scrolled to. */
  focused: boolean;
  onChanged: (application: CandidateApplication) => void;
}

/** One of the candidate's applications: where it stands, how it got there, and what they can do. */
export function ApplicationCard({ application: a, unread, focused, onChanged }: ApplicationCardProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const duration = useDurationText();
  const [withdrawing, setWithdrawing] = useState(false);
  const titleId = `application-${a.id}`;
  const open = a.stage !== 'closed' && a.stage !== 'hired';
  const r = a.responsiveness;
  const threadState: ThreadState = {
    positionTitle: a.position.title,
    otherSide: a.organisation.name,
    back: `/applications/${a.id}`,
  };

  return (
    <article
      id={`app-${a.id}`}
      className={focused ? 'card application-card application-card--focused' : 'card application-card'}
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <div className="application-card__head">
        <div>
          <h3 id={titleId} className="application-card__title" dir="auto">
            <a href={`/jobs/${encodeURIComponent(a.position.slug)}`}>{a.position.title}</a>
          </h3>
          <p className="application-card__org" dir="auto">
            {a.organisation.name}
          </p>
          <p className="application-card__meta">
            {t(`applications.origin.${a.origin}`)} · {format.date(a.createdAt)}
          </p>
        </div>
        <div className="application-card__stage">
          <Badge tone={stageTone(a.stage)}>
            {a.stage === 'closed' && a.closedReason
              ? t(`pipeline.closedReasons.${a.closedReason}`)
              : t(`pipeline.stages.${a.stage}`)}
          </Badge>
        </div>
      </div>

      {a.rejection ? (
        <div className="kind-words">
          <p>{t(`applications.rejection.${a.rejection.reason}`)}</p>
          {a.rejection.note ? (
            <blockquote className="kind-words__note" dir="auto">
              {a.rejection.note}
            </blockquote>
          ) : null}
        </div>
      ) : null}

      <p className="responsiveness">
        {r.medianFirstResponseHours === null || r.responseRate === null
          ? t('applications.responsiveness.tooFew', { organisation: isolate(a.organisation.name) })
          : t('applications.responsiveness.figures', {
              organisation: isolate(a.organisation.name),
              time: duration(r.medianFirstResponseHours),
              rate: format.number(Math.round(r.responseRate * 100)),
            })}
      </p>

      {a.offers.length > 0 ? (
        <section className="application-card__offers" aria-label={t('applications.offer.title')}>
          <h4 className="application-card__subtitle">{t('applications.offer.title')}</h4>
          {a.offers.map((offer) => (
            <OfferDecision
              key={offer.id}
              offer={offer}
              onDecided={(decided) =>
                onChanged({
                  ...a,
                  stage: decided.status === 'accepted' ? 'hired' : a.stage,
                  offers: a.offers.map((o) => (o.id === decided.id ? decided : o)),
                })
              }
            />
          ))}
        </section>
      ) : null}

      <details className="application-card__timeline" open={focused}>
        <summary>
          {t('applications.timeline', { count: a.timeline.length, value: format.number(a.timeline.length) })}
        </summary>
        <Timeline events={a.timeline} label={t('applications.timelineLabel', { title: a.position.title })} />
      </details>

      <div className="button-row button-row--tight application-card__actions">
        <Link
          to={`/messages/${encodeURIComponent(a.id)}`}
          state={threadState}
          className="btn btn--secondary btn--sm"
        >
          {t('applications.messages')}
          <span className="visually-hidden">
            {t('applications.messagesAbout', { title: a.position.title })}
          </span>
          {unread > 0 ? (
            <span className="count-pill">
              {format.number(unread)}
              <span className="visually-hidden"> {t('applications.unread', { count: unread })}</span>
            </span>
          ) : null}
        </Link>
        {open ? (
          <Button
            size="sm"
            variant="ghost"
            aria-haspopup="dialog"
            aria-label={t('applications.withdraw.label', { title: a.position.title })}
            onClick={() => setWithdrawing(true)}
          >
            {t('applications.withdraw.button')}
          </Button>
        ) : null}
      </div>

      <ReasonDialog
        open={withdrawing}
        title={t('applications.withdraw.title', { title: isolate(a.position.title) })}
        intro={t('applications.withdraw.intro')}
        reasons={withdrawalReasonSchema.options}
        reasonLabel={(reason) => t(`applications.withdraw.reasons.${reason}`)}
        reasonRequired={false}
        confirm={t('applications.withdraw.confirm')}
        onClose={() => setWithdrawing(false)}
        onConfirm={async (body) => {
          onChanged(await withdrawApplication(a.id, body));
          setWithdrawing(false);
        }}
      />
    </article>
  );
}
