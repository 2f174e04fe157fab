import { useTranslation } from 'react-i18next';
import type { OfferBreakdown } from '../../../api/salaries';
import { useFormatters } from '../../../lib/format';
import { useSalaryFormat } from '../useSalaryFormat';
import { useSalaryText } from '../useSalaryText';

type Comparison = NonNullable<OfferBreakdown['comparison']>;

/** The Gulf offer beside the other offer after its effective tax, in both currencies. */
export function OfferComparison({
  breakdown,
  comparison,
}: {
  breakdown: OfferBreakdown;
  comparison: Comparison;
}) {
  const { t } = useTranslation();
  const format = useSalaryFormat();
  const formatters = useFormatters();
  const text = useSalaryText();
  const offerMoney = (value: number) => format.money(value, breakdown.currency);
  const otherMoney = (value: number) => format.money(value, comparison.currency);
  const ahead = comparison.difference >= 0;
  const rates = [text.fxSentence(comparison.rates.offer), text.fxSentence(comparison.rates.compare)].filter(
    (s, i, all): s is string => s !== null && all.indexOf(s) === i,
  );
  return (
    <div className="offer-compare">
      <h4 className="offer-result__subtitle">{t('salaries.offer.compare.title')}</h4>
      <div className="offer-compare__sides">
        <dl className="offer-compare__side">
          <div>
            <dt>
              {t('salaries.offer.compare.thisOffer', { country: formatters.country(breakdown.country) })}
            </dt>
            <dd className="offer-compare__amount">{offerMoney(breakdown.totals.annualWithGratuity)}</dd>
          </div>
          <div>
            <dt>{t('salaries.offer.compare.tax')}</dt>
            <dd>{format.percent(0)}</dd>
          </div>
        </dl>
        <dl className="offer-compare__side">
          <div>
            <dt>{t('salaries.offer.compare.otherNet')}</dt>
            <dd className="offer-compare__amount">{offerMoney(comparison.netInOfferCurrency)}</dd>
          </div>
          <div>
            <dt>{t('salaries.offer.compare.gross')}</dt>
            <dd>{otherMoney(comparison.gross)}</dd>
          </div>
          <div>
            <dt>
              {t(
                comparison.taxRateSource === 'default'
                  ? 'salaries.offer.compare.taxDefault'
                  : 'salaries.offer.compare.taxUser',
              )}
            </dt>
            <dd>{format.percent(comparison.taxRate)}</dd>
          </div>
          <div>
            <dt>{t('salaries.offer.compare.net')}</dt>
            <dd>{otherMoney(comparison.net)}</dd>
          </div>
        </dl>
      </div>
      <p
        className={ahead ? 'offer-compare__verdict offer-compare__verdict--ahead' : 'offer-compare__verdict'}
      >
        {t(ahead ? 'salaries.offer.compare.more' : 'salaries.offer.compare.less', {
          amount: offerMoney(Math.abs(comparison.difference)),
          usd: format.money(Math.abs(comparison.differenceUsd), 'USD'),
          percent: format.percent(Math.abs(comparison.differencePct) / 100),
        })}
      </p>
      <p className="salary-note" lang="en" dir="ltr">
        {comparison.taxRateNote}
      </p>
      {rates.map((rate) => (
        <p key={rate} className="salary-fx">
          {rate}
        </p>
      ))}
    </div>
  );
}
