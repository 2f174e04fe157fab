import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { CandidateMatch, RecordedAction } from '../../api/matching';
import { useModalDialog } from '../../ui/useModalDialog';
import { CandidateActions } from './CandidateActions';
import { CandidateFacts } from './CandidateFacts';
import { candidateName } from './candidateName';
import { MatchExplanation } from './MatchExplanation';

interface ExplanationDrawerProps {
  positionId: string;
  /** The candidate explained, or null while the drawer is closed. */
  item: CandidateMatch | null;
  rank: number;
  onClose: () => void;
  onRecorded: (candidateId: string, action: RecordedAction, who: string) => void;
}

/**
 * One ranked candidate explained, in a panel along the inline end. A modal <dialog>: the browser keeps
 * focus inside, closes it on Escape, makes the list behind inert and returns focus to the row's button.
 */
export function ExplanationDrawer({ positionId, item, rank, onClose, onRecorded }: ExplanationDrawerProps) {
  const { t } = useTranslation();
  const modal = useModalDialog(item !== null, onClose);
  const titleId = useId();

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: Escape (native) and the Close button are the keyboard ways out.
    <dialog
      ref={modal.ref}
      className="drawer"
      aria-labelledby={titleId}
      // Only the drawer's own close (not one of a dialog opened inside it): see useModalDialog.
      onClose={modal.onClose}
      // A click on the backdrop (outside the panel) closes it, as people expect of a side panel.
      onClick={(event) => {
        if (event.target === event.currentTarget) event.currentTarget.close();
      }}
    >
      {item ? (
        <div className="drawer__panel">
          <div className="drawer__head">
            <div className="drawer__heading">
              <p className="drawer__eyebrow">{t('matching.drawer.eyebrow', { rank })}</p>
              <h2 id={titleId} className="drawer__title" dir="auto">
                {candidateName(item.candidate, t)}
              </h2>
            </div>
            <button
              type="button"
              className="btn btn--ghost btn--sm drawer__close"
              onClick={() => modal.ref.current?.close()}
            >
              {t('matching.drawer.close')}
            </button>
          </div>
          <div className="drawer__body">
            <CandidateFacts candidate={item.candidate} />
            <CandidateActions positionId={positionId} item={item} rank={rank} onRecorded={onRecorded} />
            <MatchExplanation match={item.match} audience="recruiter" headingLevel={3} />
          </div>
        </div>
      ) : null}
    </dialog>
  );
}
