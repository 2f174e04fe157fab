import { useTranslation } from 'react-i18next';
import { ChipList } from '../profile/sections/ChipList';
import { SkillPicker } from '../profile/skills/SkillPicker';
import { useSkillNames } from './useSkillNames';

interface SkillsFilterProps {
  value: readonly string[];
  /** How many skills may be chosen. */
  max: number;
  onChange: (value: string[]) => void;
  label: string;
  hint: string;
}

/** Skills a ranking must include every one of: picked from the taxonomy, shown as removable chips. */
export function SkillsFilter({ value, max, onChange, label, hint }: SkillsFilterProps) {
  const { t } = useTranslation();
  const { nameOf, remember } = useSkillNames(value);
  const full = value.length >= max;
  return (
    <div className="subfields filter-skills">
      <SkillPicker
        label={label}
        hint={full ? t('matching.filters.skillsFull', { count: max }) : hint}
        addedIds={new Set(value)}
        addedLabel={t('matching.filters.skillAdded')}
        onPick={(skill) => {
          if (full || value.includes(skill.id)) return;
          remember(skill.id, skill.name);
          onChange([...value, skill.id]);
        }}
      />
      <ChipList
        label={t('matching.filters.skillsChosen')}
        chips={value.map((id) => ({ value: id, text: nameOf(id) }))}
        removeLabel={(skill) => t('matching.filters.skillRemove', { skill })}
        onRemove={(id) => onChange(value.filter((v) => v !== id))}
      />
    </div>
  );
}
