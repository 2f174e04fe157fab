import { useTranslation } from 'react-i18next';
import type { OfferPlacement } from '../../../api/salaries';
import { useSalaryFormat } from '../useSalaryFormat';
import { useSalaryText } from '../useSalaryText';

/** "This offer is at the 62nd percentile for senior ML engineers in the UAE", with any fallback. */
export function OfferPlacementNote({
  placement,
  asked,
}: {
  placement: OfferPlacement | null;
  asked: boolean;
}) {
  const { t } = useTranslation();
  const format = useSalaryFormat();
  const text = useSalaryText();
  if (!placement) {
    return (
      <p className="offer-placement offer-placement--none">
        {asked ? t('salaries.offer.placement.unavailable') : t('salaries.offer.placement.notAsked')}
      </p>
    );
  }
  const percentile = Math.round(Math.min(100, Math.max(0, placement.percentile)));
  const fallback = text.fallbackSentence(placement.benchmark);
  return (
    <div className="offer-placement" data-testid="offer-placement">
      <p className="offer-placement__sentence">
        {t('salaries.offer.placement.sentence', {
          count: percentile,
          ordinal: true,
          percentile: format.whole(percentile),
          level: t(`salaries.levelsLower.${placement.level}`),
          family: t(`salaries.roleFamiliesPlural.${placement.roleFamily}`),
          place: text.scopeName({ kind: 'country', country: placement.country }),
        })}
      </p>
      <p className="salary-note">
        {t('salaries.offer.placement.compared', { amount: format.money(placement.comparedUsd, 'USD') })}
      </p>
      {fallback ? <p className="salary-fallback">{fallback}</p> : null}
    </div>
  );
}
