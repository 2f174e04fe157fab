import { useTranslation } from 'react-i18next';
import { workplaceSchema } from '../../../../src/contracts/positions.js';
import { levelSchema, roleFamilySchema } from '../../../../src/contracts/profile.js';
import { CountryListField } from '../profile/sections/CountryListField';
import { CheckboxGroup } from './CheckboxGroup';

type RoleFamily = (typeof roleFamilySchema.options)[number];
type Level = (typeof levelSchema.options)[number];
type Workplace = (typeof workplaceSchema.options)[number];

interface ListFilterProps<V> {
  value: readonly V[];
  onChange: (value: V[]) => void;
}

/** The role families a job or match list includes. */
export function RoleFamilyFilter({ value, onChange }: ListFilterProps<RoleFamily>) {
  const { t } = useTranslation();
  return (
    <CheckboxGroup
      legend={t('jobs.filters.roleFamily')}
      name="roleFamily"
      options={roleFamilySchema.options.map((family) => ({
        value: family,
        label: t(`profile.goals.roleFamilies.${family}`),
      }))}
      value={value}
      onChange={onChange}
    />
  );
}

/** The levels a list includes. */
export function LevelFilter({ value, onChange }: ListFilterProps<Level>) {
  const { t } = useTranslation();
  return (
    <CheckboxGroup
      legend={t('jobs.filters.level')}
      name="level"
      options={levelSchema.options.map((level) => ({ value: level, label: t(`profile.levels.${level}`) }))}
      value={value}
      onChange={onChange}
    />
  );
}

/** The workplaces (remote, hybrid, on site) a list includes. */
export function WorkplaceFilter({ value, onChange }: ListFilterProps<Workplace>) {
  const { t } = useTranslation();
  return (
    <CheckboxGroup
      legend={t('jobs.filters.workplace')}
      name="workplace"
      options={workplaceSchema.options.map((place) => ({
        value: place,
        label: t(`jobs.workplace.${place}`),
      }))}
      value={value}
      onChange={onChange}
    />
  );
}

/** The countries a list is narrowed to; `legend` overrides the job list's wording. */
export function CountryFilter({
  value,
  onChange,
  legend,
}: {
  value: string[];
  onChange: (value: string[]) => void;
  legend?: string;
}) {
  const { t } = useTranslation();
  return (
    <CountryListField
      name="country"
      className="subfields"
      value={value}
      onChange={onChange}
      labels={{
        legend: legend ?? t('jobs.filters.countries.legend'),
        chosen: t('jobs.filters.countries.chosen'),
        add: t('jobs.filters.countries.add'),
        choose: t('jobs.filters.countries.choose'),
        remove: (country) => t('jobs.filters.countries.remove', { country }),
      }}
    />
  );
}
