import { AxisBottom } from '@visx/axis';
import { Group } from '@visx/group';
import { ParentSize } from '@visx/responsive';
import { scaleLinear } from '@visx/scale';
import { Bar, Line } from '@visx/shape';
import { Text } from '@visx/text';
import { useTranslation } from 'react-i18next';
import { bottomAxisStyle, chartFrame, chartHeight, ROW_HEIGHT, TOP_PAD } from './chartFrame';
import { type SalaryFormat, useSalaryFormat } from './useSalaryFormat';
import { VerticalGrid } from './VerticalGrid';

/** A measured premium with its interval, or a premium the guide publishes. */
export type PremiumRow =
  | { key: string; label: string; kind: 'measured'; value: number; low: number; high: number }
  | { key: string; label: string; kind: 'published'; value: number };

function valueDomain(rows: readonly PremiumRow[]): [number, number] {
  const values = rows.flatMap((r) => (r.kind === 'measured' ? [r.low, r.high, r.value] : [r.value]));
  const low = Math.min(0, ...values);
  const high = Math.max(0.05, ...values);
  return [low, high + (high - low) * 0.18];
}

interface PlotProps {
  rows: readonly PremiumRow[];
  width: number;
  rtl: boolean;
  format: SalaryFormat;
}

function Plot({ rows, width, rtl, format }: PlotProps) {
  const frame = chartFrame(width, rtl);
  const height = chartHeight(rows.length);
  const scale = scaleLinear<number>({ domain: valueDomain(rows), range: frame.range, nice: true });
  const ticks = scale.ticks(width < 480 ? 4 : 6);
  const axisTop = TOP_PAD + rows.length * ROW_HEIGHT;
  const zero = scale(0);
  return (
    <svg width={width} height={height} className="salary-chart__svg" aria-hidden="true">
      <VerticalGrid ticks={ticks} x={scale} top={TOP_PAD} bottom={axisTop} zeroLine />
      {rows.map((row, index) => {
        const top = TOP_PAD + index * ROW_HEIGHT;
        const middle = top + ROW_HEIGHT / 2;
        const end = row.kind === 'measured' ? Math.max(row.high, row.value) : row.value;
        return (
          <Group key={row.key} className={`salary-chart__row salary-chart__row--${row.kind}`}>
            <Text
              className="salary-chart__label"
              x={frame.labelX}
              y={middle}
              width={frame.labelWidth}
              textAnchor={frame.labelAnchor}
              verticalAnchor="middle"
            >
              {row.label}
            </Text>
            {row.kind === 'measured' ? (
              <>
                <Line
                  className="salary-chart__whisker"
                  from={{ x: scale(row.low), y: middle }}
                  to={{ x: scale(row.high), y: middle }}
                />
                <Line
                  className="salary-chart__whisker"
                  from={{ x: scale(row.low), y: middle - 6 }}
                  to={{ x: scale(row.low), y: middle + 6 }}
                />
                <Line
                  className="salary-chart__whisker"
                  from={{ x: scale(row.high), y: middle - 6 }}
                  to={{ x: scale(row.high), y: middle + 6 }}
                />
                <circle className="salary-chart__point" cx={scale(row.value)} cy={middle} r={6} />
              </>
            ) : (
              <Bar
                className="salary-chart__published"
                x={Math.min(zero, scale(row.value))}
                y={middle - 8}
                width={Math.abs(scale(row.value) - zero)}
                height={16}
                rx={3}
              />
            )}
            <text
              className="salary-chart__value"
              x={scale(Math.max(0, end)) + frame.along * 8}
              y={middle}
              textAnchor={frame.afterAnchor}
              dominantBaseline="middle"
            >
              {format.signedPercent(row.value)}
            </text>
          </Group>
        );
      })}
      <AxisBottom
        top={axisTop}
        scale={scale}
        tickValues={ticks}
        tickFormat={(value) => format.percent(Number(value))}
        axisClassName="salary-chart__axis"
        {...bottomAxisStyle}
      />
    </svg>
  );
}

/**
 * Measured premiums as points with their 95% interval, and the guide's published premiums as bars,
 * on one percentage axis. For the eye only; the table beside it is what assistive technology reads.
 */
export function PremiumChart({ rows }: { rows: readonly PremiumRow[] }) {
  const { i18n } = useTranslation();
  const format = useSalaryFormat();
  const rtl = i18n.dir(i18n.language) === 'rtl';
  return (
    <div className="salary-chart" aria-hidden="true" style={{ blockSize: chartHeight(rows.length) }}>
      <ParentSize debounceTime={50}>
        {({ width }) => (width > 0 ? <Plot rows={rows} width={width} rtl={rtl} format={format} /> : null)}
      </ParentSize>
    </div>
  );
}
