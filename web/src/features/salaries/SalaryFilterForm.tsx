import { useTranslation } from 'react-i18next';
import { regionSchema } from '../../../../src/contracts/positions.js';
import { currencySchema, levelSchema } from '../../../../src/contracts/profile.js';
import { salaryBasisSchema, salaryRoleFamilySchema } from '../../api/salaries';
import { useCountryOptions } from '../../lib/countries';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { useSkillNames } from '../jobs/useSkillNames';
import { ChipList } from '../profile/sections/ChipList';
import { SkillPicker } from '../profile/skills/SkillPicker';
import { EMPTY_SALARY_FILTERS, geographyFromValue, geographyValue, type SalaryFilters } from './salaryQuery';
import { useSalaryFormat } from './useSalaryFormat';

interface SalaryFilterFormProps {
  filters: SalaryFilters;
  onChange: (filters: SalaryFilters) => void;
  /** The years the records span, for the year list (null until known or when there are none). */
  years: { min: number; max: number } | null;
}

/** The slice's filters; each change applies at once and is kept in the URL. */
export function SalaryFilterForm({ filters, onChange, years }: SalaryFilterFormProps) {
  const { t } = useTranslation();
  const countries = useCountryOptions();
  const format = useSalaryFormat();
  const { nameOf: skillName, remember: rememberSkill } = useSkillNames(filters.skill ? [filters.skill] : []);
  const set = (patch: Partial<SalaryFilters>) => onChange({ ...filters, ...patch });

  const yearOptions: number[] = [];
  if (years)
    for (let year = years.max; year >= years.min && yearOptions.length < 30; year--) yearOptions.push(year);
  if (filters.year !== null && !yearOptions.includes(filters.year)) yearOptions.unshift(filters.year);

  return (
    <section className="card salary-filters" aria-labelledby="salary-filters-title">
      <div className="salary-filters__head">
        <h2 id="salary-filters-title" className="card__title">
          {t('salaries.filters.title')}
        </h2>
        <Button variant="ghost" size="sm" onClick={() => onChange(EMPTY_SALARY_FILTERS)}>
          {t('salaries.filters.reset')}
        </Button>
      </div>
      <div className="salary-filters__grid">
        <SelectField
          label={t('salaries.filters.roleFamily')}
          name="roleFamily"
          value={filters.roleFamily}
          onChange={(e) => set({ roleFamily: salaryRoleFamilySchema.safeParse(e.target.value).data ?? '' })}
        >
          <option value="">{t('salaries.filters.anyRoleFamily')}</option>
          {salaryRoleFamilySchema.options.map((family) => (
            <option key={family} value={family}>
              {t(`salaries.roleFamilies.${family}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('salaries.filters.level')}
          name="level"
          value={filters.level}
          onChange={(e) => set({ level: levelSchema.safeParse(e.target.value).data ?? '' })}
        >
          <option value="">{t('salaries.filters.anyLevel')}</option>
          {levelSchema.options.map((level) => (
            <option key={level} value={level}>
              {t(`profile.levels.${level}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('salaries.filters.geography')}
          name="geography"
          value={geographyValue(filters.geography)}
          onChange={(e) => set({ geography: geographyFromValue(e.target.value) })}
        >
          <option value="global">{t('salaries.scope.global')}</option>
          <optgroup label={t('salaries.filters.regions')}>
            {regionSchema.options.map((region) => (
              <option key={region} value={`region:${region}`}>
                {t(`jobs.regions.${region}`)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('salaries.filters.gulfCountries')}>
            {countries.gulf.map((c) => (
              <option key={c.code} value={`country:${c.code}`}>
                {c.name}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('salaries.filters.otherCountries')}>
            {countries.others.map((c) => (
              <option key={c.code} value={`country:${c.code}`}>
                {c.name}
              </option>
            ))}
          </optgroup>
        </SelectField>
        <SelectField
          label={t('salaries.filters.year')}
          name="year"
          value={filters.year === null ? '' : String(filters.year)}
          onChange={(e) => set({ year: e.target.value ? Number(e.target.value) : null })}
        >
          <option value="">{t('salaries.filters.anyYear')}</option>
          {yearOptions.map((year) => (
            <option key={year} value={year}>
              {format.numericText(String(year))}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('salaries.filters.basis')}
          name="basis"
          value={filters.basis}
          onChange={(e) => set({ basis: salaryBasisSchema.safeParse(e.target.value).data ?? 'records' })}
        >
          {salaryBasisSchema.options.map((basis) => (
            <option key={basis} value={basis}>
              {t(`salaries.basis.${basis}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          label={t('salaries.filters.currency')}
          name="currency"
          hint={t('salaries.filters.currencyHint')}
          value={filters.currency}
          onChange={(e) => set({ currency: currencySchema.safeParse(e.target.value).data ?? 'USD' })}
        >
          {currencySchema.options.map((code) => (
            <option key={code} value={code}>
              {t(`profile.currencies.${code}`)}
            </option>
          ))}
        </SelectField>
        <div className="subfields salary-filters__skill">
          <SkillPicker
            label={t('salaries.filters.skill')}
            hint={t('salaries.filters.skillHint')}
            addedIds={new Set(filters.skill ? [filters.skill] : [])}
            addedLabel={t('salaries.filters.skillAdded')}
            onPick={(skill) => {
              rememberSkill(skill.id, skill.name);
              set({ skill: skill.id });
            }}
          />
          <ChipList
            label={t('salaries.filters.skillChosen')}
            chips={filters.skill ? [{ value: filters.skill, text: skillName(filters.skill) }] : []}
            removeLabel={(skill) => t('salaries.filters.skillRemove', { skill })}
            onRemove={() => set({ skill: '' })}
          />
        </div>
      </div>
    </section>
  );
}
