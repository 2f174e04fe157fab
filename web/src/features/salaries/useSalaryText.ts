import { useTranslation } from 'react-i18next';
import type { FxRateView, GeoScopeView, SalaryBenchmark } from '../../api/salaries';
import { useFormatters } from '../../lib/format';
import { useSalaryFormat } from './useSalaryFormat';

const REGIONS = ['GCC', 'EU', 'NA', 'SOUTH_ASIA'] as const;

/** Sentences the salary page repeats: a scope's name, the fallback used, the rate and its date. */
export function useSalaryText() {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const format = useSalaryFormat();

  const scopeName = (scope: GeoScopeView): string => {
    if (scope.kind === 'country') return formatters.country(scope.country);
    if (scope.kind === 'region') {
      const region = REGIONS.find((r) => r === scope.region);
      return region ? t(`jobs.regions.${region}`) : scope.region;
    }
    return t('salaries.scope.global');
  };

  const sameScope = (a: GeoScopeView, b: GeoScopeView) => JSON.stringify(a) === JSON.stringify(b);

  /** Null when the slice answered from its own records. */
  const fallbackSentence = (benchmark: SalaryBenchmark): string | null => {
    const fallback = benchmark.fallback;
    if (!fallback) return null;
    // The chain counts the records of each scope before outlier removal: what "too few" was judged on.
    const ownRecords = benchmark.chain.find((c) => sameScope(c.scope, fallback.from))?.n ?? fallback.ownN;
    if (fallback.kind === 'replaced') {
      return t('salaries.fallback.replaced', {
        from: scopeName(fallback.from),
        count: ownRecords,
        n: format.whole(ownRecords),
        to: scopeName(fallback.to),
      });
    }
    return t('salaries.fallback.shrunk', {
      from: scopeName(fallback.from),
      to: scopeName(fallback.to),
      count: fallback.ownN,
      n: format.whole(fallback.ownN),
      weight: format.percent(fallback.weight),
    });
  };

  /** "1 USD = 3.6725 AED, pegged since Nov 1997"; null for US dollars. */
  const fxSentence = (fx: FxRateView): string | null => {
    if (fx.source === 'identity') return null;
    return t(`salaries.fx.${fx.source}`, {
      rate: format.rate(fx.ratePerUsd),
      currency: fx.currency,
      // A peg's date is the month it was set (the day is not material).
      date: fx.source === 'peg' ? formatters.partialDate(fx.asOf.slice(0, 7)) : format.day(fx.asOf),
    });
  };

  return { scopeName, fallbackSentence, fxSentence };
}
