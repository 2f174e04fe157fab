import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { MatchComponent } from '../../api/matching';
import { TableScroll } from '../employer/TableScroll';
import type { MatchAudience } from './ScoreMeter';
import { shownPoints } from './shownPoints';
import { useMatchFormat } from './useMatchFormat';

interface ContributionChartProps {
  components: MatchComponent[];
  score: number;
  audience: MatchAudience;
  headingLevel?: 2 | 3;
}

const SIDES = ['employer', 'candidate'] as const;

/** A round axis end a little above the largest contribution, so bars compare at a glance. */
function axisEnd(components: MatchComponent[]): number {
  const largest = Math.max(0, ...components.map((c) => c.contribution));
  return Math.max(10, Math.ceil(largest / 10) * 10);
}

/**
 * Each component's contribution to the score as a horizontal bar chart, and the same numbers in a
 * table. The chart is for the eye only; the table is what assistive technology reads.
 */
export function ContributionChart({ components, score, audience, headingLevel = 3 }: ContributionChartProps) {
  const { t } = useTranslation();
  const format = useMatchFormat();
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const end = axisEnd(components);
  const name = (c: MatchComponent) => t(`matching.components.${c.key}.${audience}`);
  // The points shown add up to the score shown (see shownPoints).
  const rounded = shownPoints(
    components.map((c) => c.contribution),
    score,
  );
  const points = new Map(components.map((c, i) => [c.key, rounded[i] ?? 0]));

  return (
    <section className="contribution" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`} className="match-section__title">
        {t('matching.chart.title')}
      </Heading>
      <p className="match-section__intro">{t('matching.chart.intro')}</p>
      <div className="contribution-chart" aria-hidden="true">
        {SIDES.map((side) => (
          <div key={side} className={`contribution-chart__group contribution-chart__group--${side}`}>
            <p className="contribution-chart__side">{t(`matching.sides.${audience}.${side}`)}</p>
            {components
              .filter((c) => c.side === side)
              .map((c) => (
                <div key={c.key} className="contribution-chart__row">
                  <span className="contribution-chart__label">{name(c)}</span>
                  <span className="contribution-chart__track">
                    <span
                      className="contribution-chart__bar"
                      style={{ inlineSize: `${(Math.max(0, c.contribution) / end) * 100}%` }}
                    />
                  </span>
                  <span className="contribution-chart__value">{format.points(points.get(c.key) ?? 0)}</span>
                </div>
              ))}
          </div>
        ))}
        <div className="contribution-chart__axis">
          <span>{format.whole(0)}</span>
          <span>{format.whole(end / 2)}</span>
          <span>{format.whole(end)}</span>
        </div>
      </div>
      <TableScroll label={t('matching.chart.caption')}>
        <table className="table contribution-table">
          <caption className="visually-hidden">{t('matching.chart.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('matching.chart.columns.component')}</th>
              <th scope="col">{t('matching.chart.columns.side')}</th>
              <th scope="col" className="table__num">
                {t('matching.chart.columns.weight')}
              </th>
              <th scope="col" className="table__num">
                {t('matching.chart.columns.value')}
              </th>
              <th scope="col" className="table__num">
                {t('matching.chart.columns.points')}
              </th>
            </tr>
          </thead>
          <tbody>
            {SIDES.flatMap((side) => components.filter((c) => c.side === side)).map((c) => (
              <tr key={c.key}>
                <th scope="row">{name(c)}</th>
                <td>{t(`matching.sides.${audience}.${c.side}Short`)}</td>
                <td className="table__num">{format.percent(c.weight)}</td>
                <td className="table__num">{format.percent(c.value)}</td>
                <td className="table__num">{format.points(points.get(c.key) ?? 0)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={4}>
                {t('matching.chart.total')}
              </th>
              <td className="table__num">{format.score(score)}</td>
            </tr>
          </tfoot>
        </table>
      </TableScroll>
    </section>
  );
}
