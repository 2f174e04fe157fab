import { useTranslation } from 'react-i18next';
import { SelectField } from '../../ui/SelectField';
import { CountryFilter, LevelFilter } from '../jobs/FilterFields';
import { FilterPanel } from '../jobs/FilterPanel';
import { SkillsFilter } from '../jobs/SkillsFilter';
import {
  EMPTY_CANDIDATE_MATCH_FILTERS,
  type CandidateMatchFilters as Filters,
  filterCount,
  MAX_FILTER_SKILLS,
  MIN_SCORE_CHOICES,
} from './matchQuery';
import { useMatchFormat } from './useMatchFormat';

interface CandidateMatchFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
}

/** A recruiter's filters: minimum score, level, country and skills; each change applies at once. */
export function CandidateMatchFilters({ filters, onChange }: CandidateMatchFiltersProps) {
  const { t } = useTranslation();
  const format = useMatchFormat();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  // A minimum from a link may be none of the choices: it is offered too, so the box shows it.
  const choices =
    filters.minScore === null || MIN_SCORE_CHOICES.includes(filters.minScore)
      ? MIN_SCORE_CHOICES
      : [...MIN_SCORE_CHOICES, filters.minScore].sort((a, b) => a - b);
  return (
    <FilterPanel count={filterCount(filters)} onClear={() => onChange(EMPTY_CANDIDATE_MATCH_FILTERS)}>
      <SelectField
        label={t('matching.filters.minScore')}
        name="minScore"
        value={filters.minScore === null ? '' : String(filters.minScore)}
        onChange={(e) => set({ minScore: e.target.value === '' ? null : Number(e.target.value) })}
      >
        <option value="">{t('matching.filters.anyScore')}</option>
        {choices.map((score) => (
          <option key={score} value={String(score)}>
            {t('matching.filters.atLeast', { score: format.whole(score) })}
          </option>
        ))}
      </SelectField>
      <LevelFilter value={filters.level} onChange={(level) => set({ level })} />
      <CountryFilter
        value={filters.country}
        onChange={(country) => set({ country: country.slice(0, 20) })}
        legend={t('matching.filters.countries')}
      />
      <SkillsFilter
        value={filters.skills}
        max={MAX_FILTER_SKILLS}
        onChange={(skills) => set({ skills })}
        label={t('matching.filters.skills')}
        hint={t('matching.filters.candidateSkillsHint')}
      />
    </FilterPanel>
  );
}
