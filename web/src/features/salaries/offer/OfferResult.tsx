import { type Ref, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SalaryOfferResult } from '../../../api/salaries';
import { useFormatters } from '../../../lib/format';
import { TableScroll } from '../../employer/TableScroll';
import { useSalaryFormat } from '../useSalaryFormat';
import { useSalaryText } from '../useSalaryText';
import { OfferComparison } from './OfferComparison';
import { OfferPlacementNote } from './OfferPlacementNote';

interface OfferResultProps {
  result: SalaryOfferResult;
  /** Whether the offer asked for a placement (role family and level given). */
  placementAsked: boolean;
  headingRef: Ref<HTMLHeadingElement>;
}

/** An offer's worth: totals, line items, gratuity with its law, zero tax, US dollars, placement, comparison. */
export function OfferResult({ result, placementAsked, headingRef }: OfferResultProps) {
  const { t } = useTranslation();
  const id = useId();
  const format = useSalaryFormat();
  const formatters = useFormatters();
  const text = useSalaryText();
  const { breakdown, placement } = result;
  const { currency, totals, gratuity, usd } = breakdown;
  const money = (value: number) => format.money(value, currency);
  const usdRate = text.fxSentence(usd.rate);
  const caption = t('salaries.offer.lines.caption', { currency });

  return (
    <section className="offer-result" aria-labelledby={`${id}-title`} data-testid="offer-result">
      <h3 id={`${id}-title`} ref={headingRef} tabIndex={-1} className="offer-result__title">
        {t('salaries.offer.result.title', { country: formatters.country(breakdown.country) })}
      </h3>
      <dl className="offer-totals">
        <div className="offer-totals__item offer-totals__item--main">
          <dt>{t('salaries.offer.result.annualWithGratuity')}</dt>
          <dd data-total="annualWithGratuity">{money(totals.annualWithGratuity)}</dd>
        </div>
        <div className="offer-totals__item">
          <dt>{t('salaries.offer.result.monthlyWithGratuity')}</dt>
          <dd data-total="monthlyWithGratuity">{money(totals.monthlyWithGratuity)}</dd>
        </div>
        <div className="offer-totals__item">
          <dt>{t('salaries.offer.result.annualCash')}</dt>
          <dd data-total="annualCash">{money(totals.annualCash)}</dd>
        </div>
        <div className="offer-totals__item">
          <dt>{t('salaries.offer.result.monthlyCash')}</dt>
          <dd data-total="monthlyCash">{money(totals.monthlyCash)}</dd>
        </div>
      </dl>
      {currency !== 'USD' ? (
        <p className="offer-usd">
          {t('salaries.offer.result.usd', {
            annual: format.money(usd.annualWithGratuity, 'USD'),
            monthly: format.money(usd.monthlyWithGratuity, 'USD'),
          })}
          {usdRate ? <span className="salary-fx"> {usdRate}</span> : null}
        </p>
      ) : null}
      <OfferPlacementNote placement={placement} asked={placementAsked} />
      <TableScroll label={caption}>
        <table className="table salary-table offer-lines">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('salaries.offer.lines.item')}</th>
              <th scope="col" className="table__num">
                {t('salaries.offer.lines.monthly', { currency })}
              </th>
              <th scope="col" className="table__num">
                {t('salaries.offer.lines.annual', { currency })}
              </th>
            </tr>
          </thead>
          <tbody>
            {/* Items the offer leaves at zero say nothing; basic pay always shows. */}
            {breakdown.lines
              .filter((line) => line.item === 'basic' || line.annual !== 0)
              .map((line) => (
                <tr key={line.item}>
                  <th scope="row">{t(`salaries.offer.lines.items.${line.item}`)}</th>
                  <td className="table__num">{format.whole(line.monthly)}</td>
                  <td className="table__num">{format.whole(line.annual)}</td>
                </tr>
              ))}
            <tr>
              <th scope="row">{t('salaries.offer.lines.gratuity')}</th>
              <td className="table__num">{format.whole(gratuity.accrualThisYear / 12)}</td>
              <td className="table__num">{format.whole(gratuity.accrualThisYear)}</td>
            </tr>
            <tr>
              <th scope="row">{t('salaries.offer.lines.incomeTax')}</th>
              <td className="table__num">{format.whole(0)}</td>
              <td className="table__num">{format.whole(0)}</td>
            </tr>
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('salaries.offer.lines.total')}</th>
              <td className="table__num">{format.whole(totals.monthlyWithGratuity)}</td>
              <td className="table__num">{format.whole(totals.annualWithGratuity)}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
      <div className="offer-gratuity">
        <h4 className="offer-result__subtitle">{t('salaries.offer.gratuity.title')}</h4>
        <p>
          {t(`salaries.offer.gratuity.rule.${gratuity.daysOrMonthsPerYear.unit}`, {
            year: format.whole(breakdown.yearsOfService),
            count: gratuity.daysOrMonthsPerYear.value,
            value: format.rate(gratuity.daysOrMonthsPerYear.value),
            basis: t(`salaries.offer.gratuity.basis.${gratuity.basis}`),
            wage: money(gratuity.monthlyWage),
            amount: money(gratuity.accrualThisYear),
          })}
        </p>
        <p className="offer-citation">
          {t('salaries.offer.gratuity.law')}{' '}
          <cite lang="en" dir="ltr">
            {gratuity.citation}
          </cite>
        </p>
        {gratuity.capReached ? <p className="salary-note">{t('salaries.offer.gratuity.cap')}</p> : null}
        {/* The law's details come from the API in English; they are marked so and read left to right. */}
        {gratuity.note ? (
          <p className="salary-note" lang="en" dir="ltr">
            {gratuity.note}
          </p>
        ) : null}
        <p className="salary-note">{t('salaries.offer.incomeTax', { rate: format.percent(0) })}</p>
        <p className="salary-note" lang="en" dir="ltr">
          {breakdown.incomeTax.note}
        </p>
      </div>
      {breakdown.comparison ? (
        <OfferComparison breakdown={breakdown} comparison={breakdown.comparison} />
      ) : null}
    </section>
  );
}
