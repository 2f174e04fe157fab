import { useTranslation } from 'react-i18next';
import type { CandidateMatch, RecordedAction } from '../../api/matching';
import { CandidateActions } from './CandidateActions';
import { CandidateFacts } from './CandidateFacts';
import { candidateName } from './candidateName';
import { ScoreMeter } from './ScoreMeter';
import { useMatchFormat } from './useMatchFormat';

interface CandidateRowProps {
  positionId: string;
  item: CandidateMatch;
  rank: number;
  onOpen: (candidateId: string) => void;
  onRecorded: (candidateId: string, action: RecordedAction, who: string) => void;
  /** Lets "Load more" move focus to the first new row. */
  buttonRef?: (element: HTMLButtonElement | null) => void;
}

/**
 * One ranked candidate. The name is the button that opens the explanation; it stretches over the row,
 * so a click anywhere outside the action buttons opens it too.
 */
export function CandidateRow({ positionId, item, rank, onOpen, onRecorded, buttonRef }: CandidateRowProps) {
  const { t } = useTranslation();
  const format = useMatchFormat();
  const missing = item.match.missingRequired.length;
  return (
    <article className="candidate-row">
      <p className="candidate-row__rank">
        <span className="visually-hidden">{t('matching.candidates.rank')} </span>
        {format.whole(rank)}
      </p>
      <div className="candidate-row__who">
        <h3 className="candidate-row__name">
          <button
            ref={buttonRef}
            type="button"
            className="candidate-row__open"
            aria-haspopup="dialog"
            onClick={() => onOpen(item.candidate.candidateId)}
          >
            <span dir="auto">{candidateName(item.candidate, t)}</span>
            <span className="visually-hidden">{t('matching.candidates.openHint')}</span>
          </button>
        </h3>
        <CandidateFacts candidate={item.candidate} />
        <p className="candidate-row__skills">
          {missing === 0
            ? t('matching.candidates.allRequired')
            : t('matching.candidates.missing', { count: missing })}
        </p>
      </div>
      <div className="candidate-row__score">
        <ScoreMeter score={item.match.score} />
      </div>
      <div className="candidate-row__actions">
        <CandidateActions positionId={positionId} item={item} rank={rank} onRecorded={onRecorded} />
      </div>
    </article>
  );
}
