import { useTranslation } from 'react-i18next';
import type { SalaryBenchmarkResponse } from '../../api/salaries';
import { Alert } from '../../ui/Alert';
import { DemoNotice } from './DemoNotice';
import { FxNote } from './FxNote';
import { useSalaryFormat } from './useSalaryFormat';
import { useSalaryText } from './useSalaryText';

interface SliceHeadlineProps {
  answer: SalaryBenchmarkResponse;
  /** "Senior ML engineers, all years": what the visitor asked for, in words. */
  sliceLabel: string;
}

/** The chosen slice in one glance: its median with the 95% interval, n, the fallback and the rate. */
export function SliceHeadline({ answer, sliceLabel }: SliceHeadlineProps) {
  const { t } = useTranslation();
  const format = useSalaryFormat();
  const text = useSalaryText();
  const { benchmark, sources } = answer;
  const { stats, fx } = benchmark;
  const fallback = text.fallbackSentence(benchmark);
  const requested = benchmark.chain[0];

  return (
    <section className="card salary-headline" aria-labelledby="salary-headline-title">
      <div className="salary-headline__head">
        <h2 id="salary-headline-title" className="card__title">
          {t('salaries.headline.title')}
        </h2>
        <p className="salary-headline__slice">{sliceLabel}</p>
      </div>
      {stats ? (
        <dl className="salary-headline__figures">
          <div className="salary-headline__figure salary-headline__figure--main">
            <dt>{t('salaries.headline.median')}</dt>
            <dd className="salary-headline__median">{format.money(stats.p50, fx.currency)}</dd>
            <dd className="salary-headline__interval">
              {t('salaries.headline.interval', {
                level: format.percent(stats.medianInterval.level),
                range: format.moneyRange(stats.medianInterval.low, stats.medianInterval.high, fx.currency),
              })}
            </dd>
          </div>
          <div className="salary-headline__figure">
            <dt>{t('salaries.headline.middle')}</dt>
            <dd>{format.moneyRange(stats.p25, stats.p75, fx.currency)}</dd>
          </div>
          <div className="salary-headline__figure">
            <dt>{t('salaries.headline.spread')}</dt>
            <dd>{format.moneyRange(stats.p10, stats.p90, fx.currency)}</dd>
          </div>
          <div className="salary-headline__figure">
            <dt>{t('salaries.headline.records')}</dt>
            <dd>
              {format.whole(stats.n)}
              {stats.outliersRemoved > 0 ? (
                <small className="salary-headline__note">
                  {t('salaries.headline.outliers', {
                    count: stats.outliersRemoved,
                    n: format.whole(stats.outliersRemoved),
                  })}
                </small>
              ) : null}
            </dd>
          </div>
        </dl>
      ) : (
        <Alert tone="info" title={t('salaries.headline.tooFewTitle')}>
          {t('salaries.headline.tooFew', {
            place: requested ? text.scopeName(requested.scope) : '',
            count: requested?.n ?? 0,
            n: format.whole(requested?.n ?? 0),
          })}
        </Alert>
      )}
      {fallback ? <p className="salary-fallback">{fallback}</p> : null}
      {benchmark.basis === 'posted_bands' ? (
        <p className="salary-note">{t('salaries.headline.postedBands')}</p>
      ) : null}
      {benchmark.levelApproximate ? <p className="salary-note">{t('salaries.levelApproximate')}</p> : null}
      <FxNote fx={fx} />
      <DemoNotice sources={sources} />
    </section>
  );
}
