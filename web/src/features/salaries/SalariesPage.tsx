import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchBenchmark } from '../../api/salaries';
import { useLoad } from '../../lib/useLoad';
import { usePageTitle } from '../../lib/usePageTitle';
import { useUrlFilters } from '../../lib/useUrlFilters';
import { LoadBoundary } from '../../ui/LoadBoundary';
import { PageHeader } from '../../ui/PageHeader';
import { LevelsSection } from './LevelsSection';
import { OfferCalculator } from './offer/OfferCalculator';
import { PremiumsSection } from './PremiumsSection';
import { ReferenceSection } from './ReferenceSection';
import { RegionsSection } from './RegionsSection';
import { SalaryFilterForm } from './SalaryFilterForm';
import { SliceHeadline } from './SliceHeadline';
import {
  type SalaryFilters,
  salaryFiltersFromParams,
  salaryParamsFromFilters,
  sliceQuery,
} from './salaryQuery';
import { useSalaryFormat } from './useSalaryFormat';
import { useSalaryText } from './useSalaryText';

/** "ML engineer · Senior · United Arab Emirates · all years": the slice in words. */
function useSliceLabel(filters: SalaryFilters): { slice: string; place: string } {
  const { t } = useTranslation();
  const text = useSalaryText();
  const format = useSalaryFormat();
  const place = text.scopeName(
    filters.geography.kind === 'country'
      ? { kind: 'country', country: filters.geography.country }
      : filters.geography.kind === 'region'
        ? { kind: 'region', region: filters.geography.region }
        : { kind: 'global' },
  );
  const parts = [
    filters.roleFamily
      ? t(`salaries.roleFamilies.${filters.roleFamily}`)
      : t('salaries.filters.anyRoleFamily'),
    filters.level ? t(`profile.levels.${filters.level}`) : t('salaries.filters.anyLevel'),
    place,
    filters.year === null ? t('salaries.filters.anyYear') : format.numericText(String(filters.year)),
    t(`salaries.basis.${filters.basis}`),
  ];
  return { slice: parts.join(' · '), place };
}

/** Salary benchmarks (public): the chosen slice, per level, per region, skill premiums, the guide, the offer calculator. */
export function SalariesPage() {
  const { t } = useTranslation();
  usePageTitle(t('salaries.title'));
  const [filters, apply] = useUrlFilters(salaryFiltersFromParams, salaryParamsFromFilters);
  const key = JSON.stringify(sliceQuery(filters));
  // biome-ignore lint/correctness/useExhaustiveDependencies: the serialised query is the trigger.
  const load = useCallback(() => fetchBenchmark(sliceQuery(filters)), [key]);
  const benchmark = useLoad(load);
  const label = useSliceLabel(filters);

  return (
    <div className="container page salaries-page">
      <PageHeader
        eyebrow={t('salaries.eyebrow')}
        title={t('salaries.title')}
        description={t('salaries.intro')}
      />
      <div className="salaries-layout">
        <SalaryFilterForm filters={filters} onChange={apply} years={benchmark.data?.years ?? null} />
        <LoadBoundary state={benchmark}>
          {(answer) => <SliceHeadline answer={answer} sliceLabel={label.slice} />}
        </LoadBoundary>
        <LevelsSection filters={filters} place={label.place} />
        <RegionsSection filters={filters} />
        <PremiumsSection filters={filters} />
        <ReferenceSection currency={filters.currency} />
        <OfferCalculator filters={filters} />
      </div>
    </div>
  );
}
