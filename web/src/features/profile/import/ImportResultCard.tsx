import { type Ref, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { JsonResumeImportResult } from '../../../../../src/contracts/profile.js';
import type { ImportMode } from '../../../api/profile';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ButtonLink } from '../../../ui/ButtonLink';
import { ImportChanges } from './ImportChanges';

type ImportResultCardProps = {
  result: JsonResumeImportResult;
  /** The heading takes focus when the card appears. */
  headingRef: Ref<HTMLHeadingElement>;
} & (
  | { applied: false; mode: ImportMode; pending: boolean; onApply: () => void; onCancel: () => void }
  | { applied: true }
);

/** A dry run's preview with the choice to apply it, or the outcome of the applied import. */
export function ImportResultCard(props: ImportResultCardProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const { result } = props;
  const unmatched = result.unmatchedSkills.length;
  return (
    <section className="card import-result" aria-labelledby={headingId}>
      <h2 id={headingId} ref={props.headingRef} tabIndex={-1} className="card__title">
        {props.applied ? t('profile.import.doneTitle') : t('profile.import.previewTitle')}
      </h2>
      {props.applied ? (
        <Alert
          tone="success"
          actions={
            <ButtonLink to="/profile#skills" size="sm">
              {t('profile.import.toProfile')}
            </ButtonLink>
          }
        >
          {unmatched > 0
            ? t('profile.import.doneUnmatched', { count: unmatched })
            : t('profile.import.doneBody')}
        </Alert>
      ) : (
        <p className="card__description">{t(`profile.import.previewIntro.${props.mode}`)}</p>
      )}
      <ImportChanges result={result} />
      {props.applied ? null : (
        <div className="form__actions">
          <Button pending={props.pending} onClick={props.onApply}>
            {t('profile.import.apply')}
          </Button>
          <Button variant="ghost" onClick={props.onCancel}>
            {t('profile.cancel')}
          </Button>
        </div>
      )}
    </section>
  );
}
