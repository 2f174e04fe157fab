import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { rejectionReasonSchema, stageSchema } from '../../../../src/contracts/pipeline.js';
import type { Outcomes } from '../../api/outcomes';
import { Card } from '../../ui/Card';
import { TableScroll } from '../employer/TableScroll';
import { BarList } from './BarList';
import { Histogram, type HistogramBucket, type ReferenceLine } from './Histogram';
import { useOutcomeFormat } from './useOutcomeFormat';

/**
 * Outcome figures for the platform or one organisation. Each chart is drawn for the eye (aria-hidden)
 * and followed by a table of the same numbers, which is what screen readers read.
 */
export function OutcomesDashboard({ outcomes }: { outcomes: Outcomes }) {
  const { t } = useTranslation();
  const format = useOutcomeFormat();
  const dash = '—';
  const { timeToOffer, firstResponse } = outcomes;
  const opt = (value: number | null, f: (v: number) => string) => (value === null ? dash : f(value));

  // "0–2" is isolated left to right, or Arabic text around it shows the range backwards.
  const range = (unit: 'weeks' | 'hours') => (b: HistogramBucket) =>
    b.to === null
      ? t(`outcomes.${unit}From`, { from: format.whole(b.from) })
      : t(`outcomes.${unit}Range`, { range: `\u2066${format.whole(b.from)}–${format.whole(b.to)}\u2069` });

  const offerLines: ReferenceLine[] = [
    {
      key: 'baseline',
      value: timeToOffer.baselineWeeks,
      label: t('outcomes.timeToOffer.baselineLine', { weeks: format.whole(timeToOffer.baselineWeeks) }),
      tone: 'baseline',
    },
    ...(timeToOffer.medianWeeks === null
      ? []
      : [
          {
            key: 'median',
            value: timeToOffer.medianWeeks,
            label: t('outcomes.medianLine', { value: format.one(timeToOffer.medianWeeks) }),
            tone: 'median' as const,
          },
        ]),
  ];
  const responseLines: ReferenceLine[] =
    firstResponse.medianHours === null
      ? []
      : [
          {
            key: 'median',
            value: firstResponse.medianHours,
            label: t('outcomes.medianHoursLine', { value: format.one(firstResponse.medianHours) }),
            tone: 'median',
          },
        ];
  const maxEngagement = Math.max(0, ...outcomes.engagement.map((e) => e.engagementPerCandidate ?? 0));

  return (
    <div className="outcomes">
      <ul className="stat-row outcomes__headline" aria-label={t('outcomes.headline')}>
        <li className="stat-row__item">
          <span className="stat-row__value">{opt(timeToOffer.medianWeeks, format.one)}</span>
          <span className="stat-row__label">
            {t('outcomes.stats.medianWeeks', { weeks: format.whole(timeToOffer.baselineWeeks) })}
          </span>
        </li>
        <li className="stat-row__item">
          <span className="stat-row__value">{opt(timeToOffer.shareUnderBaseline, format.percent)}</span>
          <span className="stat-row__label">
            {t('outcomes.stats.underBaseline', { weeks: format.whole(timeToOffer.baselineWeeks) })}
          </span>
        </li>
        <li className="stat-row__item">
          <span className="stat-row__value">{opt(firstResponse.medianHours, format.one)}</span>
          <span className="stat-row__label">{t('outcomes.stats.medianHours')}</span>
        </li>
        <li className="stat-row__item">
          <span className="stat-row__value">{opt(firstResponse.responseRate, format.percent)}</span>
          <span className="stat-row__label">{t('outcomes.stats.responseRate')}</span>
        </li>
      </ul>

      <HistogramSection
        title={t('outcomes.timeToOffer.title')}
        intro={t('outcomes.timeToOffer.intro', {
          count: timeToOffer.count,
          value: format.whole(timeToOffer.count),
          weeks: format.whole(timeToOffer.baselineWeeks),
        })}
        buckets={timeToOffer.buckets}
        label={range('weeks')}
        lines={offerLines}
        caption={t('outcomes.timeToOffer.caption')}
        head={t('outcomes.timeToOffer.weeks')}
        formatCount={format.whole}
      />

      <HistogramSection
        title={t('outcomes.firstResponse.title')}
        intro={t('outcomes.firstResponse.intro', {
          responded: format.whole(firstResponse.responded),
          applications: format.whole(firstResponse.applications),
        })}
        buckets={firstResponse.buckets}
        label={range('hours')}
        lines={responseLines}
        caption={t('outcomes.firstResponse.caption')}
        head={t('outcomes.firstResponse.hours')}
        formatCount={format.whole}
      />

      <Card
        className="outcome-section"
        title={t('outcomes.conversion.title')}
        description={t('outcomes.conversion.intro')}
      >
        <BarList
          bars={outcomes.conversion.map((c) => ({
            key: `${c.from}-${c.to}`,
            label: t('outcomes.conversion.step', { from: stageName(c.from, t), to: stageName(c.to, t) }),
            share: c.rate ?? 0,
            value: opt(c.rate, format.percent),
          }))}
        />
        <TableScroll label={t('outcomes.conversion.caption')}>
          <table className="table">
            <caption className="visually-hidden">{t('outcomes.conversion.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('outcomes.conversion.stepHead')}</th>
                <th scope="col" className="table__num">
                  {t('outcomes.conversion.reachedFrom')}
                </th>
                <th scope="col" className="table__num">
                  {t('outcomes.conversion.reachedTo')}
                </th>
                <th scope="col" className="table__num">
                  {t('outcomes.conversion.rate')}
                </th>
              </tr>
            </thead>
            <tbody>
              {outcomes.conversion.map((c) => (
                <tr key={`${c.from}-${c.to}`}>
                  <th scope="row">
                    {t('outcomes.conversion.step', { from: stageName(c.from, t), to: stageName(c.to, t) })}
                  </th>
                  <td className="table__num">{format.whole(c.reachedFrom)}</td>
                  <td className="table__num">{format.whole(c.reachedTo)}</td>
                  <td className="table__num">{opt(c.rate, format.percent)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </Card>

      <Card
        className="outcome-section"
        title={t('outcomes.engagement.title')}
        description={t('outcomes.engagement.intro')}
      >
        <BarList
          bars={outcomes.engagement.map((e) => ({
            key: e.band,
            label: t(`outcomes.engagement.bands.${e.band}`),
            share: maxEngagement > 0 ? (e.engagementPerCandidate ?? 0) / maxEngagement : 0,
            value: opt(e.engagementPerCandidate, format.one),
          }))}
        />
        <TableScroll label={t('outcomes.engagement.caption')}>
          <table className="table">
            <caption className="visually-hidden">{t('outcomes.engagement.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('outcomes.engagement.band')}</th>
                <th scope="col" className="table__num">
                  {t('outcomes.engagement.candidates')}
                </th>
                <th scope="col" className="table__num">
                  {t('outcomes.engagement.views')}
                </th>
                <th scope="col" className="table__num">
                  {t('outcomes.engagement.saves')}
                </th>
                <th scope="col" className="table__num">
                  {t('outcomes.engagement.shortlists')}
                </th>
                <th scope="col" className="table__num">
                  {t('outcomes.engagement.introductions')}
                </th>
                <th scope="col" className="table__num">
                  {t('outcomes.engagement.total')}
                </th>
                <th scope="col" className="table__num">
                  {t('outcomes.engagement.uplift')}
                </th>
              </tr>
            </thead>
            <tbody>
              {outcomes.engagement.map((e) => (
                <tr key={e.band}>
                  <th scope="row">{t(`outcomes.engagement.bands.${e.band}`)}</th>
                  <td className="table__num">{format.whole(e.candidates)}</td>
                  <td className="table__num">{opt(e.viewsPerCandidate, format.one)}</td>
                  <td className="table__num">{opt(e.savesPerCandidate, format.one)}</td>
                  <td className="table__num">{opt(e.shortlistsPerCandidate, format.one)}</td>
                  <td className="table__num">{opt(e.introductionRequestsPerCandidate, format.one)}</td>
                  <td className="table__num">{opt(e.engagementPerCandidate, format.one)}</td>
                  <td className="table__num">{opt(e.upliftVsNone, format.signedPercent)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </Card>

      {outcomes.closures.length > 0 ? (
        <Card className="outcome-section" title={t('outcomes.closures.title')}>
          <TableScroll label={t('outcomes.closures.title')}>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('outcomes.closures.reason')}</th>
                  <th scope="col" className="table__num">
                    {t('outcomes.closures.count')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {outcomes.closures.map((c) => (
                  <tr key={c.reason}>
                    <th scope="row">{closureName(c.reason, t)}</th>
                    <td className="table__num">{format.whole(c.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </Card>
      ) : null}
    </div>
  );
}

type T = TFunction;

/** A conversion step's end: a stage, or "entered" (any way into the pipeline). */
function stageName(stage: string, t: T): string {
  if (stage === 'entered') return t('outcomes.conversion.entered');
  const known = stageSchema.safeParse(stage);
  return known.success ? t(`pipeline.stages.${known.data}`) : stage;
}

const CLOSURES = ['rejected', 'withdrawn', 'position_closed', 'hired'] as const;

/** "rejected.skills_gap" reads "Not selected: skills gap"; the other closures by their name. */
function closureName(reason: string, t: T): string {
  const [kind, detail] = reason.split('.');
  const rejection = rejectionReasonSchema.safeParse(detail);
  if (kind === 'rejected' && rejection.success)
    return t('pipeline.rejectedFor', { reason: t(`pipeline.rejectionReasons.${rejection.data}`) });
  const known = CLOSURES.find((c) => c === reason);
  return known ? t(`outcomes.closures.reasons.${known}`) : reason.replace(/[._]/g, ' ');
}

/** A histogram of buckets with its reference lines, then the same buckets as a table. */
function HistogramSection({
  title,
  intro,
  buckets,
  label,
  lines,
  caption,
  head,
  formatCount,
}: {
  title: string;
  intro: string;
  buckets: readonly HistogramBucket[];
  label: (bucket: HistogramBucket) => string;
  lines: ReferenceLine[];
  caption: string;
  head: string;
  formatCount: (n: number) => string;
}) {
  return (
    <Card className="outcome-section" title={title} description={intro}>
      <Histogram buckets={buckets} bucketLabel={label} lines={lines} formatCount={formatCount} />
      <BucketTable caption={caption} head={head} buckets={buckets} label={label} />
    </Card>
  );
}

function BucketTable({
  caption,
  head,
  buckets,
  label,
}: {
  caption: string;
  head: string;
  buckets: readonly HistogramBucket[];
  label: (bucket: HistogramBucket) => string;
}) {
  const { t } = useTranslation();
  const format = useOutcomeFormat();
  const total = buckets.reduce((n, b) => n + b.count, 0);
  return (
    <TableScroll label={caption}>
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{head}</th>
            <th scope="col" className="table__num">
              {t('outcomes.count')}
            </th>
            <th scope="col" className="table__num">
              {t('outcomes.share')}
            </th>
          </tr>
        </thead>
        <tbody>
          {buckets.map((b) => (
            <tr key={b.from}>
              <th scope="row">{label(b)}</th>
              <td className="table__num">{format.whole(b.count)}</td>
              <td className="table__num">{total > 0 ? format.percent(b.count / total) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
