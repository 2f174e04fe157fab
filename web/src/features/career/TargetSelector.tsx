import { useTranslation } from 'react-i18next';
import type { CareerPageResponse, CareerTarget } from '../../api/career';
import { SelectField } from '../../ui/SelectField';
import { isStage, useCareerText } from './useCareerText';

/** The target the API picks when none is asked for: the next stage, beyond staff the preferred track. */
export function defaultTargetOf(career: CareerPageResponse): CareerTarget | null {
  if (career.target?.isDefault) return career.target.id;
  const { assessment } = career;
  if (assessment.status === 'no_skills') return 'junior';
  if (!assessment.stage) return null;
  const stages = career.ladder.filter((s) => s.kind === 'stage').map((s) => s.id);
  const next = stages[stages.indexOf(assessment.stage) + 1];
  return next ?? career.tracks.find((t) => t.preferred)?.track ?? null;
}

/** Choose a stage or a track to aim at; the default (what the page shows unasked) is marked. */
export function TargetSelector({
  career,
  onChange,
}: {
  career: CareerPageResponse;
  onChange: (target: CareerTarget, isDefault: boolean) => void;
}) {
  const { t } = useTranslation();
  const text = useCareerText();
  const fallback = defaultTargetOf(career);
  const option = (id: CareerTarget) => (
    <option key={id} value={id}>
      {id === fallback
        ? t('career.target.defaultOption', { target: text.targetName(id) })
        : text.targetName(id)}
    </option>
  );
  return (
    <form className="career-target" onSubmit={(event) => event.preventDefault()}>
      <SelectField
        label={t('career.target.label')}
        name="target"
        hint={t('career.target.hint')}
        value={career.target?.id ?? ''}
        onChange={(event) => {
          const value = event.target.value as CareerTarget;
          onChange(value, value === fallback);
        }}
      >
        {career.target ? null : <option value="">{t('career.target.none')}</option>}
        <optgroup label={t('career.target.stages')}>
          {career.ladder.filter((s) => isStage(s.id)).map((s) => option(s.id))}
        </optgroup>
        <optgroup label={t('career.target.tracks')}>
          {career.ladder.filter((s) => !isStage(s.id)).map((s) => option(s.id))}
        </optgroup>
      </SelectField>
    </form>
  );
}
