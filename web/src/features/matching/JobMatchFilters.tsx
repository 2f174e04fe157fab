import { useTranslation } from 'react-i18next';
import { CountryFilter, RoleFamilyFilter, WorkplaceFilter } from '../jobs/FilterFields';
import { FilterPanel } from '../jobs/FilterPanel';
import { SkillsFilter } from '../jobs/SkillsFilter';
import {
  EMPTY_JOB_MATCH_FILTERS,
  type JobMatchFilters as Filters,
  filterCount,
  MAX_FILTER_SKILLS,
} from './matchQuery';

interface JobMatchFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
}

/** A candidate's filters: role family, country, workplace and skills; each change applies at once. */
export function JobMatchFilters({ filters, onChange }: JobMatchFiltersProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <FilterPanel count={filterCount(filters)} onClear={() => onChange(EMPTY_JOB_MATCH_FILTERS)}>
      <RoleFamilyFilter value={filters.roleFamily} onChange={(roleFamily) => set({ roleFamily })} />
      <CountryFilter value={filters.country} onChange={(country) => set({ country: country.slice(0, 20) })} />
      <WorkplaceFilter value={filters.workplace} onChange={(workplace) => set({ workplace })} />
      <SkillsFilter
        value={filters.skills}
        max={MAX_FILTER_SKILLS}
        onChange={(skills) => set({ skills })}
        label={t('matching.filters.skills')}
        hint={t('matching.filters.jobSkillsHint')}
      />
    </FilterPanel>
  );
}
