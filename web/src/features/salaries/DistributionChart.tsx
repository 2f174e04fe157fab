import { AxisBottom } from '@visx/axis';
import { Group } from '@visx/group';
import { ParentSize } from '@visx/responsive';
import { scaleLinear } from '@visx/scale';
import { BoxPlot } from '@visx/stats';
import { Text } from '@visx/text';
import { useTranslation } from 'react-i18next';
import type { SalaryStats } from '../../api/salaries';
import { bottomAxisStyle, chartFrame, chartHeight, ROW_HEIGHT, TOP_PAD } from './chartFrame';
import { type SalaryFormat, useSalaryFormat } from './useSalaryFormat';
import { VerticalGrid } from './VerticalGrid';

export interface DistributionRow {
  key: string;
  label: string;
  stats: SalaryStats | null;
  /** The row's figures came partly or wholly from a parent geography. */
  fallback: boolean;
}

const BOX = 18;

function valueDomain(rows: readonly DistributionRow[]): [number, number] {
  const shown = rows.flatMap((r) => (r.stats ? [r.stats] : []));
  const low = Math.min(...shown.map((s) => s.p10));
  const high = Math.max(...shown.map((s) => s.p90));
  if (!Number.isFinite(low) || !Number.isFinite(high)) return [0, 1];
  // Room after the widest whisker for its median label.
  const span = Math.max(high - low, high * 0.1);
  return [Math.max(0, low - span * 0.05), high + span * 0.22];
}

interface PlotProps {
  rows: readonly DistributionRow[];
  width: number;
  rtl: boolean;
  format: SalaryFormat;
  tooFew: string;
}

function Plot({ rows, width, rtl, format, tooFew }: PlotProps) {
  const frame = chartFrame(width, rtl);
  const height = chartHeight(rows.length);
  const scale = scaleLinear<number>({ domain: valueDomain(rows), range: frame.range, nice: true });
  const ticks = scale.ticks(width < 480 ? 3 : 6);
  const axisTop = TOP_PAD + rows.length * ROW_HEIGHT;
  return (
    <svg width={width} height={height} className="salary-chart__svg" aria-hidden="true">
      <VerticalGrid ticks={ticks} x={scale} top={TOP_PAD} bottom={axisTop} />
      {rows.map((row, index) => {
        const top = TOP_PAD + index * ROW_HEIGHT;
        const middle = top + ROW_HEIGHT / 2;
        const stats = row.stats;
        return (
          <Group key={row.key} className="salary-chart__row">
            <Text
              className="salary-chart__label"
              x={frame.labelX}
              y={middle}
              width={frame.labelWidth}
              textAnchor={frame.labelAnchor}
              verticalAnchor="middle"
            >
              {row.fallback ? `${row.label} *` : row.label}
            </Text>
            {stats ? (
              <>
                <BoxPlot
                  horizontal
                  valueScale={scale}
                  top={middle - BOX / 2}
                  boxWidth={BOX}
                  min={stats.p10}
                  firstQuartile={stats.p25}
                  median={stats.p50}
                  thirdQuartile={stats.p75}
                  max={stats.p90}
                  className="salary-chart__box"
                  rx={3}
                  ry={3}
                  // The box's x is its first quartile, which lies right of the third on a mirrored axis.
                  boxProps={{ x: Math.min(scale(stats.p25), scale(stats.p75)) }}
                />
                <text
                  className="salary-chart__value"
                  x={scale(stats.p90) + frame.along * 6}
                  y={middle}
                  textAnchor={frame.afterAnchor}
                  dominantBaseline="middle"
                >
                  {format.compact(stats.p50)}
                </text>
              </>
            ) : (
              <text
                className="salary-chart__empty"
                x={frame.range[0]}
                y={middle}
                textAnchor={frame.afterAnchor}
                dominantBaseline="middle"
              >
                {tooFew}
              </text>
            )}
          </Group>
        );
      })}
      <AxisBottom
        top={axisTop}
        scale={scale}
        tickValues={ticks}
        tickFormat={(value) => format.compact(Number(value))}
        axisClassName="salary-chart__axis"
        {...bottomAxisStyle}
      />
    </svg>
  );
}

/**
 * One horizontal box plot per row (whiskers p10 to p90, box p25 to p75, the median's line and
 * value), drawn with visx. For the eye only: the table beside it is what assistive technology reads.
 */
export function DistributionChart({ rows }: { rows: readonly DistributionRow[] }) {
  const { t, i18n } = useTranslation();
  const format = useSalaryFormat();
  const rtl = i18n.dir(i18n.language) === 'rtl';
  return (
    <div className="salary-chart" aria-hidden="true" style={{ blockSize: chartHeight(rows.length) }}>
      <ParentSize debounceTime={50}>
        {({ width }) =>
          width > 0 ? (
            <Plot rows={rows} width={width} rtl={rtl} format={format} tooFew={t('salaries.chart.tooFew')} />
          ) : null
        }
      </ParentSize>
    </div>
  );
}
