import { useTranslation } from 'react-i18next';
import { levelSchema } from '../../../../src/contracts/profile.js';
import { SelectField } from '../../ui/SelectField';
import { CheckboxGroup } from '../jobs/CheckboxGroup';
import { CountryListField } from '../profile/sections/CountryListField';
import { FilterPanel } from './FilterPanel';
import {
  EMPTY_CANDIDATE_MATCH_FILTERS,
  type CandidateMatchFilters as Filters,
  filterCount,
  MIN_SCORE_CHOICES,
} from './matchQuery';
import { useMatchFormat } from './useMatchFormat';

interface CandidateMatchFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
}

/** A recruiter's filters: country, level and a minimum score; each change applies at once. */
export function CandidateMatchFilters({ filters, onChange }: CandidateMatchFiltersProps) {
  const { t } = useTranslation();
  const format = useMatchFormat();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <FilterPanel count={filterCount(filters)} onClear={() => onChange(EMPTY_CANDIDATE_MATCH_FILTERS)}>
      <SelectField
        label={t('matching.filters.minScore')}
        name="minScore"
        value={filters.minScore === null ? '' : String(filters.minScore)}
        onChange={(e) => set({ minScore: e.target.value === '' ? null : Number(e.target.value) })}
      >
        <option value="">{t('matching.filters.anyScore')}</option>
        {MIN_SCORE_CHOICES.map((score) => (
          <option key={score} value={String(score)}>
            {t('matching.filters.atLeast', { score: format.whole(score) })}
          </option>
        ))}
      </SelectField>
      <CheckboxGroup
        legend={t('jobs.filters.level')}
        name="level"
        options={levelSchema.options.map((value) => ({ value, label: t(`profile.levels.${value}`) }))}
        value={filters.level}
        onChange={(level) => set({ level })}
      />
      <CountryListField
        name="country"
        className="subfields"
        value={filters.country}
        onChange={(country) => set({ country: country.slice(0, 20) })}
        labels={{
          legend: t('matching.filters.countries'),
          chosen: t('jobs.filters.countries.chosen'),
          add: t('jobs.filters.countries.add'),
          choose: t('jobs.filters.countries.choose'),
          remove: (country) => t('jobs.filters.countries.remove', { country }),
        }}
      />
    </FilterPanel>
  );
}
