import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { declineReasonSchema } from '../../../../src/contracts/pipeline.js';
import { acceptIntroduction, declineIntroduction, type IntroductionView } from '../../api/applications';
import { errorMessage } from '../../i18n/errors';
import { useFormatters } from '../../lib/format';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { isolate } from '../employer/isolate';
import { VerifiedBadge } from '../employer/VerifiedBadge';
import { ReasonDialog } from '../pipeline/ReasonDialog';

interface IntroductionCardProps {
  introduction: IntroductionView;
  onAnswered: (introduction: IntroductionView) => void;
}

/** A recruiter's request to be introduced: their message, and the double opt-in spelled out. */
export function IntroductionCard({ introduction: i, onAnswered }: IntroductionCardProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  const [pending, setPending] = useState(false);
  const [declining, setDeclining] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const titleId = `intro-${i.id}`;
  const organisation = isolate(i.organisation.name);

  const accept = async () => {
    setPending(true);
    setError(null);
    try {
      onAnswered(await acceptIntroduction(i.id));
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setPending(false);
    }
  };

  return (
    <article className="card introduction-card" aria-labelledby={titleId}>
      <div className="application-card__head">
        <div>
          <h3 id={titleId} className="application-card__title" dir="auto">
            <a href={`/jobs/${encodeURIComponent(i.position.slug)}`}>{i.position.title}</a>
          </h3>
          <p className="application-card__org">
            <span dir="auto">{i.organisation.name}</span> <VerifiedBadge verified={i.organisation.verified} />
          </p>
          <p className="application-card__meta">
            {i.requestedBy
              ? t('applications.introductions.from', {
                  name: isolate(i.requestedBy),
                  date: format.date(i.createdAt),
                })
              : format.date(i.createdAt)}
          </p>
        </div>
        <Badge tone={i.status === 'pending' ? 'warning' : i.status === 'accepted' ? 'success' : 'neutral'}>
          {t(`applications.introductions.status.${i.status}`)}
        </Badge>
      </div>
      <blockquote className="introduction-card__message" dir="auto">
        {i.message}
      </blockquote>
      {i.status === 'pending' ? (
        <>
          <p className="introduction-card__reveal">
            {t('applications.introductions.reveal', { organisation })}
          </p>
          <div className="button-row button-row--tight">
            <Button
              size="sm"
              pending={pending}
              aria-label={t('applications.introductions.acceptLabel', { title: i.position.title })}
              onClick={() => void accept()}
            >
              {t('applications.introductions.accept')}
            </Button>
            <Button
              size="sm"
              variant="secondary"
              disabled={pending}
              aria-haspopup="dialog"
              aria-label={t('applications.introductions.declineLabel', { title: i.position.title })}
              onClick={() => setDeclining(true)}
            >
              {t('applications.introductions.decline')}
            </Button>
          </div>
        </>
      ) : null}
      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
      <ReasonDialog
        open={declining}
        title={t('applications.introductions.declineTitle', { title: isolate(i.position.title) })}
        intro={t('applications.introductions.declineIntro', { organisation })}
        reasons={declineReasonSchema.options}
        reasonLabel={(reason) => t(`applications.introductions.reasons.${reason}`)}
        reasonRequired={false}
        confirm={t('applications.introductions.declineConfirm')}
        confirmVariant="secondary"
        onClose={() => setDeclining(false)}
        onConfirm={async (body) => {
          onAnswered(await declineIntroduction(i.id, body));
          setDeclining(false);
        }}
      />
    </article>
  );
}
