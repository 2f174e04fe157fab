import { useTranslation } from 'react-i18next';
import { workplaceSchema } from '../../../../src/contracts/positions.js';
import { roleFamilySchema } from '../../../../src/contracts/profile.js';
import { CheckboxGroup } from '../jobs/CheckboxGroup';
import { CountryListField } from '../profile/sections/CountryListField';
import { FilterPanel } from './FilterPanel';
import { EMPTY_JOB_MATCH_FILTERS, type JobMatchFilters as Filters, filterCount } from './matchQuery';

interface JobMatchFiltersProps {
  filters: Filters;
  onChange: (filters: Filters) => void;
}

/** A candidate's filters: role family, country and workplace; each change applies at once. */
export function JobMatchFilters({ filters, onChange }: JobMatchFiltersProps) {
  const { t } = useTranslation();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <FilterPanel count={filterCount(filters)} onClear={() => onChange(EMPTY_JOB_MATCH_FILTERS)}>
      <CheckboxGroup
        legend={t('jobs.filters.roleFamily')}
        name="roleFamily"
        options={roleFamilySchema.options.map((value) => ({
          value,
          label: t(`profile.goals.roleFamilies.${value}`),
        }))}
        value={filters.roleFamily}
        onChange={(roleFamily) => set({ roleFamily })}
      />
      <CountryListField
        name="country"
        className="subfields"
        value={filters.country}
        onChange={(country) => set({ country: country.slice(0, 20) })}
        labels={{
          legend: t('jobs.filters.countries.legend'),
          chosen: t('jobs.filters.countries.chosen'),
          add: t('jobs.filters.countries.add'),
          choose: t('jobs.filters.countries.choose'),
          remove: (country) => t('jobs.filters.countries.remove', { country }),
        }}
      />
      <CheckboxGroup
        legend={t('jobs.filters.workplace')}
        name="workplace"
        options={workplaceSchema.options.map((value) => ({ value, label: t(`jobs.workplace.${value}`) }))}
        value={filters.workplace}
        onChange={(workplace) => set({ workplace })}
      />
    </FilterPanel>
  );
}
