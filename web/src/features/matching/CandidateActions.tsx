import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CandidateMatch,
  type MatchAction,
  type MatchActionBody,
  type RecordedAction,
  recordMatchAction,
} from '../../api/matching';
import { errorMessage } from '../../i18n/errors';
import { useFormatters } from '../../lib/format';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { RequestIntroduction } from '../pipeline/RequestIntroduction';
import { candidateLabel } from './candidateName';
import { DismissDialog } from './DismissDialog';

interface CandidateActionsProps {
  positionId: string;
  item: CandidateMatch;
  rank: number;
  onRecorded: (candidateId: string, action: RecordedAction, who: string) => void;
}

const TONES = { save: 'info', shortlist: 'success', dismiss: 'neutral' } as const;

/** The latest decision on a ranked candidate, and the three a recruiter can record now. */
export function CandidateActions({ positionId, item, rank, onRecorded }: CandidateActionsProps) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<MatchAction | null>(null);
  const [dismissing, setDismissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const who = candidateLabel(item.candidate, rank, t);

  const record = async (body: MatchActionBody) => {
    const recorded = await recordMatchAction(positionId, item.candidate.candidateId, body);
    onRecorded(item.candidate.candidateId, recorded, who);
  };

  const quick = async (action: 'save' | 'shortlist') => {
    setPending(action);
    setError(null);
    try {
      await record({ action });
    } catch (caught) {
      setError(errorMessage(caught, t));
    } finally {
      setPending(null);
    }
  };

  return (
    <div className="candidate-actions">
      <LatestAction action={item.action} />
      <div className="button-row button-row--tight">
        {(['save', 'shortlist'] as const).map((action) => (
          <Button
            key={action}
            size="sm"
            variant={action === 'shortlist' ? 'primary' : 'secondary'}
            pending={pending === action}
            disabled={pending !== null && pending !== action}
            aria-label={t(`matching.actions.${action}Label`, { name: who })}
            onClick={() => void quick(action)}
          >
            {t(`matching.actions.${action}`)}
          </Button>
        ))}
        <Button
          size="sm"
          variant="ghost"
          disabled={pending !== null}
          aria-label={t('matching.actions.dismissLabel', { name: who })}
          aria-haspopup="dialog"
          onClick={() => setDismissing(true)}
        >
          {t('matching.actions.dismiss')}
        </Button>
        <RequestIntroduction positionId={positionId} candidateId={item.candidate.candidateId} who={who} />
      </div>
      {error ? (
        <p className="inline-error" role="alert">
          {error}
        </p>
      ) : null}
      <DismissDialog
        open={dismissing}
        who={who}
        onClose={() => setDismissing(false)}
        onDismiss={async (body) => {
          await record(body);
          setDismissing(false);
        }}
      />
    </div>
  );
}

/** "Shortlisted · 3 Nov 2026", or "Dismissed: skills gap · …". */
export function LatestAction({ action }: { action: CandidateMatch['action'] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (!action) return <p className="latest-action latest-action--none">{t('matching.actions.noneYet')}</p>;
  const label = t(`matching.actions.done.${action.action}`);
  return (
    <p className="latest-action">
      <span className="visually-hidden">{t('matching.actions.latest')} </span>
      <Badge tone={TONES[action.action]}>
        {action.reason
          ? t('matching.actions.withReason', {
              action: label,
              reason: t(`matching.actions.reasons.${action.reason}`),
            })
          : label}
      </Badge>
      <span className="latest-action__date">{format.date(action.at)}</span>
    </p>
  );
}
