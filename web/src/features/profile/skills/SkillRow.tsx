import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProfileItem } from '../../../../../src/contracts/profile.js';
import type { FieldErrors } from '../../../i18n/errors';
import { Button } from '../../../ui/Button';
import { ChevronDownIcon } from '../../../ui/icons';
import { TextField } from '../../../ui/TextField';
import { EvidenceField } from './EvidenceField';
import { ProficiencyField } from './ProficiencyField';
import { StrengthBadge } from './StrengthBadge';
import { draftStrength, type SkillDraft } from './skillDraft';
import { useCategoryLabel } from './useCategoryLabel';

interface SkillRowProps {
  index: number;
  skill: SkillDraft;
  items: ProfileItem[];
  errors: FieldErrors;
  expanded: boolean;
  onToggle: () => void;
  onChange: (patch: Partial<SkillDraft>) => void;
  onRemove: () => void;
}

export function SkillRow({
  index,
  skill,
  items,
  errors,
  expanded,
  onToggle,
  onChange,
  onRemove,
}: SkillRowProps) {
  const { t } = useTranslation();
  const id = useId();
  const categoryLabel = useCategoryLabel();
  const prefix = `skills.${index}`;
  const rowError = errors[prefix];
  const detailError =
    errors[`${prefix}.years`] ?? errors[`${prefix}.lastUsed`] ?? errors[`${prefix}.evidence`];
  const open = expanded || Boolean(detailError);
  const category = categoryLabel(skill.category);

  return (
    <li className="skill-row">
      <fieldset className="skill-row__group">
        <legend className="skill-row__head">
          <span className="skill-row__title">
            <span className="skill-row__name">{skill.name}</span>
            {category ? <span className="skill-row__category">{category}</span> : null}
          </span>
          <StrengthBadge strength={draftStrength(skill, items)} />
        </legend>
        <ProficiencyField
          name={`${prefix}.proficiency`}
          skillName={skill.name}
          value={skill.proficiency}
          error={errors[`${prefix}.proficiency`]}
          onChange={(proficiency) => onChange({ proficiency })}
        />
        {rowError ? (
          <p className="field__error" id={`${id}-error`}>
            {rowError}
          </p>
        ) : null}
        <div className="skill-row__actions">
          <Button
            variant="ghost"
            size="sm"
            aria-expanded={open}
            aria-controls={`${id}-details`}
            aria-label={t('profile.skills.detailsLabel', { skill: skill.name })}
            onClick={onToggle}
          >
            {t('profile.skills.details')}
            <ChevronDownIcon className="disclosure-icon" />
          </Button>
          <Button
            variant="danger"
            size="sm"
            aria-label={t('profile.skills.removeLabel', { skill: skill.name })}
            aria-describedby={rowError ? `${id}-error` : undefined}
            onClick={onRemove}
          >
            {t('profile.remove')}
          </Button>
        </div>
        <div id={`${id}-details`} className="skill-row__details" hidden={!open}>
          <div className="form-grid">
            <TextField
              label={t('profile.skills.years')}
              name={`${prefix}.years`}
              type="number"
              inputMode="decimal"
              min={0}
              max={60}
              step={0.5}
              value={skill.years}
              error={errors[`${prefix}.years`]}
              onChange={(e) => onChange({ years: e.target.value })}
            />
            <TextField
              label={t('profile.skills.lastUsed')}
              hint={t('profile.skills.lastUsedHint')}
              name={`${prefix}.lastUsed`}
              inputMode="numeric"
              dir="ltr"
              value={skill.lastUsed}
              error={errors[`${prefix}.lastUsed`]}
              onChange={(e) => onChange({ lastUsed: e.target.value })}
            />
          </div>
          <EvidenceField
            name={`${prefix}.evidence`}
            skillName={skill.name}
            items={items}
            value={skill.evidence}
            error={errors[`${prefix}.evidence`]}
            onChange={(evidence) => onChange({ evidence })}
          />
        </div>
      </fieldset>
    </li>
  );
}
