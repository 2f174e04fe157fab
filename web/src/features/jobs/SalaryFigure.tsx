import { useTranslation } from 'react-i18next';
import type { Converted, SalaryBand } from '../../../../src/contracts/positions.js';
import { useJobFormat } from './useJobFormat';

interface SalaryFigureProps {
  salary: SalaryBand;
  /** The band per year in the currency the visitor compares in, with the rate it used. */
  converted: Converted | null;
}

/** The advertised band, and underneath in small print the comparable yearly figure and its rate. */
export function SalaryFigure({ salary, converted }: SalaryFigureProps) {
  const { t } = useTranslation();
  const format = useJobFormat();
  const band = t(`jobs.salary.band.${salary.period}`, {
    range: format.range(salary.min, salary.max),
    currency: salary.currency,
  });
  // The same currency per year says nothing new.
  const showConverted =
    converted !== null && (converted.currency !== salary.currency || salary.period !== 'year');
  return (
    <p className="salary">
      <span className="salary__band">{band}</span>
      {showConverted && converted ? (
        <small className="salary__converted">
          {t(`jobs.salary.converted.${converted.source}`, {
            range: format.range(converted.min, converted.max),
            currency: converted.currency,
            rate: format.rate(converted.rate),
            from: salary.currency,
            date: format.day(converted.rateDate),
          })}
        </small>
      ) : null}
    </p>
  );
}
