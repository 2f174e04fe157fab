import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { regionSchema } from '../../../../src/contracts/positions.js';
import { currencySchema } from '../../../../src/contracts/profile.js';
import { CheckboxField } from '../../ui/CheckboxField';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { ChipList } from '../profile/sections/ChipList';
import { SkillPicker } from '../profile/skills/SkillPicker';
import { CountryFilter, LevelFilter, RoleFamilyFilter, WorkplaceFilter } from './FilterFields';
import { FilterPanel } from './FilterPanel';
import { activeFilterCount, EMPTY_FILTERS, type JobFilters } from './jobQuery';

interface JobFilterPanelProps {
  filters: JobFilters;
  onChange: (filters: JobFilters) => void;
  /** Names of skills known so far, for the chips of skills that came in with the URL. */
  skillNames: ReadonlyMap<string, string>;
  onSkillName: (id: string, name: string) => void;
  /** Skill search is for signed-in people; visitors pick from the skills in the results. */
}

/** The filters; each change applies at once, except the typed minimum salary (on Enter or leaving the box). */
export function JobFilterPanel({ filters, onChange, skillNames, onSkillName }: JobFilterPanelProps) {
  const { t } = useTranslation();
  const [minSalary, setMinSalary] = useState(filters.minSalary);
  const count = activeFilterCount(filters);
  const set = (patch: Partial<JobFilters>) => onChange({ ...filters, ...patch });

  useEffect(() => setMinSalary(filters.minSalary), [filters.minSalary]);

  const applySalary = () => {
    const cleaned = minSalary.replace(/[^\d]/g, '').slice(0, 9);
    setMinSalary(cleaned);
    if (cleaned !== filters.minSalary) set({ minSalary: cleaned });
  };

  return (
    <FilterPanel
      count={count}
      onClear={() => onChange({ ...EMPTY_FILTERS, q: filters.q, sort: filters.sort })}
    >
      <RoleFamilyFilter value={filters.roleFamily} onChange={(roleFamily) => set({ roleFamily })} />
      <LevelFilter value={filters.level} onChange={(level) => set({ level })} />
      <WorkplaceFilter value={filters.workplace} onChange={(workplace) => set({ workplace })} />
      <SelectField
        label={t('jobs.filters.region')}
        name="region"
        value={filters.region}
        onChange={(e) => set({ region: regionSchema.safeParse(e.target.value).data ?? '' })}
      >
        <option value="">{t('jobs.filters.anyRegion')}</option>
        {regionSchema.options.map((region) => (
          <option key={region} value={region}>
            {t(`jobs.regions.${region}`)}
          </option>
        ))}
      </SelectField>
      <CountryFilter value={filters.country} onChange={(country) => set({ country })} />
      <CheckboxField
        name="visaSponsorship"
        label={t('jobs.filters.visa')}
        checked={filters.visaSponsorship}
        onChange={(e) => set({ visaSponsorship: e.target.checked })}
      />
      <fieldset className="subfields">
        <legend className="field__label">{t('jobs.filters.salary.legend')}</legend>
        <p className="field__hint">{t('jobs.filters.salary.hint')}</p>
        <div className="form-grid form-grid--tight">
          <TextField
            label={t('jobs.filters.salary.amount')}
            name="minSalary"
            inputMode="numeric"
            autoComplete="off"
            value={minSalary}
            onChange={(e) => setMinSalary(e.target.value)}
            onBlur={applySalary}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                applySalary();
              }
            }}
          />
          <SelectField
            label={t('jobs.filters.salary.currency')}
            name="currency"
            value={filters.currency}
            onChange={(e) => set({ currency: currencySchema.safeParse(e.target.value).data ?? 'USD' })}
          >
            {currencySchema.options.map((code) => (
              <option key={code} value={code}>
                {t(`profile.currencies.${code}`)}
              </option>
            ))}
          </SelectField>
        </div>
      </fieldset>
      <div className="subfields">
        <SkillPicker
          label={t('jobs.filters.skills.label')}
          hint={t('jobs.filters.skills.hint')}
          addedIds={new Set(filters.skills)}
          addedLabel={t('jobs.filters.skills.added')}
          onPick={(skill) => {
            onSkillName(skill.id, skill.name);
            if (filters.skills.length < 20) set({ skills: [...filters.skills, skill.id] });
          }}
        />
        <ChipList
          label={t('jobs.filters.skills.chosen')}
          chips={filters.skills.map((skillId) => ({
            value: skillId,
            text: skillNames.get(skillId) ?? skillId,
          }))}
          removeLabel={(skill) => t('jobs.filters.skills.remove', { skill })}
          onRemove={(skillId) => set({ skills: filters.skills.filter((s) => s !== skillId) })}
        />
      </div>
    </FilterPanel>
  );
}
