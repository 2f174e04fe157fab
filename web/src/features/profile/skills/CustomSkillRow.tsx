import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SkillSummary } from '../../../api/skills';
import type { FieldErrors } from '../../../i18n/errors';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { SkillPicker } from './SkillPicker';
import { type CustomSkillDraft, PROFICIENCY_LEVELS } from './skillDraft';

interface CustomSkillRowProps {
  index: number;
  skill: CustomSkillDraft;
  errors: FieldErrors;
  matching: boolean;
  onProficiency: (proficiency: number) => void;
  onStartMatch: () => void;
  onCancelMatch: () => void;
  onMatch: (skill: SkillSummary) => void;
  onRemove: () => void;
}

// Matching to a skill already on the profile is allowed: the two simply become one.
const NOTHING_ADDED: ReadonlySet<string> = new Set();

/** An unverified skill from an import, with the way to turn it into a canonical one. */
export function CustomSkillRow({
  index,
  skill,
  errors,
  matching,
  onProficiency,
  onStartMatch,
  onCancelMatch,
  onMatch,
  onRemove,
}: CustomSkillRowProps) {
  const { t } = useTranslation();
  const prefix = `customSkills.${index}`;
  const matchId = useId();
  const wasMatching = useRef(matching);

  // Closing the picker without a choice puts focus back on the button that opened it.
  useEffect(() => {
    if (wasMatching.current && !matching) document.getElementById(matchId)?.focus();
    wasMatching.current = matching;
  }, [matching, matchId]);
  return (
    <li className="custom-skill">
      <div className="custom-skill__main">
        <p className="custom-skill__name">{skill.name}</p>
        {errors[prefix] || errors[`${prefix}.name`] ? (
          <p className="field__error">{errors[prefix] ?? errors[`${prefix}.name`]}</p>
        ) : null}
      </div>
      <div className="custom-skill__level">
        <SelectField
          label={t('profile.skills.proficiency.legend')}
          aria-label={t('profile.skills.proficiency.customLabel', { skill: skill.name })}
          name={`${prefix}.proficiency`}
          value={String(skill.proficiency)}
          error={errors[`${prefix}.proficiency`]}
          onChange={(e) => onProficiency(Number(e.target.value))}
        >
          {PROFICIENCY_LEVELS.map((level) => (
            <option key={level} value={level}>
              {t('profile.skills.proficiency.option', {
                level,
                word: t(`profile.skills.proficiency.levels.${level}`),
              })}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="custom-skill__actions">
        {matching ? null : (
          <Button
            id={matchId}
            variant="secondary"
            size="sm"
            aria-label={t('profile.skills.custom.matchLabel', { skill: skill.name })}
            onClick={onStartMatch}
          >
            {t('profile.skills.custom.match')}
          </Button>
        )}
        <Button
          variant="danger"
          size="sm"
          aria-label={t('profile.skills.removeLabel', { skill: skill.name })}
          onClick={onRemove}
        >
          {t('profile.remove')}
        </Button>
      </div>
      {matching ? (
        <div className="custom-skill__picker">
          <SkillPicker
            label={t('profile.skills.custom.pickerLabel', { skill: skill.name })}
            hint={t('profile.skills.custom.pickerHint')}
            initialQuery={skill.name}
            autoFocus
            addedIds={NOTHING_ADDED}
            onPick={onMatch}
            onEscape={onCancelMatch}
          />
          <Button variant="ghost" size="sm" onClick={onCancelMatch}>
            {t('profile.cancel')}
          </Button>
        </div>
      ) : null}
    </li>
  );
}
