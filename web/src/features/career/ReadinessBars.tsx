import { AxisBottom } from '@visx/axis';
import { Group } from '@visx/group';
import { ParentSize } from '@visx/responsive';
import { scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { Text } from '@visx/text';
import { useTranslation } from 'react-i18next';
import { chartFrame, chartHeight, ROW_HEIGHT, TOP_PAD } from '../salaries/chartFrame';
import { useCareerFormat } from './useCareerFormat';

/** One bar: a 0..100 value, marked when it is the candidate's own pick or fully met. */
export interface ReadinessBar {
  key: string;
  label: string;
  value: number;
  highlight?: boolean;
}

interface PlotProps {
  bars: readonly ReadinessBar[];
  width: number;
  rtl: boolean;
}

function Plot({ bars, width, rtl }: PlotProps) {
  const format = useCareerFormat();
  const frame = chartFrame(width, rtl);
  const height = chartHeight(bars.length);
  const scale = scaleLinear<number>({ domain: [0, 100], range: frame.range });
  const ticks = width < 480 ? [0, 50, 100] : [0, 25, 50, 75, 100];
  const axisTop = TOP_PAD + bars.length * ROW_HEIGHT;
  const zero = scale(0);
  return (
    <svg width={width} height={height} className="salary-chart__svg" aria-hidden="true">
      {ticks.map((tick) => (
        <line
          key={tick}
          className={tick === 0 ? 'salary-chart__zero' : 'salary-chart__grid'}
          x1={scale(tick)}
          x2={scale(tick)}
          y1={TOP_PAD}
          y2={axisTop}
        />
      ))}
      {bars.map((bar, index) => {
        const middle = TOP_PAD + index * ROW_HEIGHT + ROW_HEIGHT / 2;
        const end = scale(bar.value);
        return (
          <Group key={bar.key}>
            <Text
              className="salary-chart__label"
              x={frame.labelX}
              y={middle}
              width={frame.labelWidth}
              textAnchor={frame.labelAnchor}
              verticalAnchor="middle"
            >
              {bar.label}
            </Text>
            <Bar
              className={
                bar.highlight ? 'career-chart__bar career-chart__bar--highlight' : 'career-chart__bar'
              }
              x={Math.min(zero, end)}
              y={middle - 9}
              width={Math.max(2, Math.abs(end - zero))}
              height={18}
              rx={3}
            />
            <text
              className="salary-chart__value"
              x={end + frame.along * 6}
              y={middle}
              textAnchor={frame.afterAnchor}
              dominantBaseline="middle"
            >
              {format.readiness(bar.value)}
            </text>
          </Group>
        );
      })}
      <AxisBottom
        top={axisTop}
        scale={scale}
        tickValues={ticks}
        tickFormat={(value) => format.readiness(Number(value))}
        stroke="currentColor"
        tickStroke="currentColor"
        tickLength={4}
        tickLabelProps={{
          className: 'salary-chart__tick',
          fill: 'currentColor',
          fontSize: 12,
          textAnchor: 'middle',
        }}
      />
    </svg>
  );
}

/**
 * Horizontal 0-100% bars, mirrored right to left. For the eye only: every use sits beside a table
 * with the same numbers, which is what assistive technology reads.
 */
export function ReadinessBars({ bars }: { bars: readonly ReadinessBar[] }) {
  const { i18n } = useTranslation();
  const rtl = i18n.dir(i18n.language) === 'rtl';
  return (
    <div
      className="salary-chart career-chart"
      aria-hidden="true"
      style={{ blockSize: chartHeight(bars.length) }}
    >
      <ParentSize debounceTime={50}>
        {({ width }) => (width > 0 ? <Plot bars={bars} width={width} rtl={rtl} /> : null)}
      </ParentSize>
    </div>
  );
}
