import { useTranslation } from 'react-i18next';
import type { CareerPageResponse } from '../../api/career';
import { Card } from '../../ui/Card';
import { TableScroll } from '../employer/TableScroll';
import { ReadinessBars } from './ReadinessBars';
import { useCareerFormat } from './useCareerFormat';
import { useCareerText } from './useCareerText';

/** Readiness toward the target: the percentage, each expectation's share met as a bar, and the table. */
export function ReadinessCard({
  career,
  skillNames,
}: {
  career: CareerPageResponse;
  skillNames: ReadonlyMap<string, string>;
}) {
  const { t } = useTranslation();
  const format = useCareerFormat();
  const text = useCareerText();
  const { readiness, target } = career;
  if (!readiness || !target) return null;
  const name = text.targetName(target.id);
  const caption = t('career.readiness.caption', { target: name });
  const bars = readiness.checks.map((check) => ({
    key: `${check.kind}-${check.key}`,
    label: text.checkShort(check, skillNames),
    value: check.credit * 100,
    highlight: check.met,
  }));
  return (
    <Card
      title={t('career.readiness.title', { target: name })}
      description={t('career.readiness.intro')}
      className="career-card"
    >
      <p className="career-readiness__figure" data-testid="career-readiness">
        <span className="career-readiness__percent">{format.readiness(readiness.percent)}</span>{' '}
        {t('career.readiness.ready', { target: text.model(target.title) })}
      </p>
      <meter
        className="career-meter career-meter--large"
        min={0}
        max={100}
        value={readiness.percent}
        aria-label={t('career.readiness.meterLabel', { target: name })}
      />
      <ul className="salary-legend" aria-hidden="true">
        <li>
          <span className="salary-legend__mark career-legend--met" />
          {t('career.readiness.legendMet')}
        </li>
        <li>
          <span className="salary-legend__mark career-legend--open" />
          {t('career.readiness.legendOpen')}
        </li>
      </ul>
      <ReadinessBars bars={bars} />
      <TableScroll label={caption}>
        <table className="table career-table career-table--checks">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('career.readiness.columns.expectation')}</th>
              <th scope="col">{t('career.readiness.columns.youHave')}</th>
              <th scope="col" className="table__num">
                {t('career.readiness.columns.met')}
              </th>
              <th scope="col" className="table__num">
                {t('career.readiness.columns.weight')}
              </th>
            </tr>
          </thead>
          <tbody>
            {readiness.checks.map((check) => (
              <tr key={`${check.kind}-${check.key}`}>
                <th scope="row">
                  {text.checkLabel(check, skillNames)}
                  {check.gate ? ` (${t('career.checks.gateShort')})` : ''}
                </th>
                <td>{text.checkDetail(check)}</td>
                <td className="table__num">{format.share(check.credit)}</td>
                <td className="table__num">{format.share(check.weight)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {t('career.readiness.total')}
              </th>
              <td className="table__num">{format.readiness(readiness.percent)}</td>
              <td className="table__num">{format.share(1)}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
    </Card>
  );
}
