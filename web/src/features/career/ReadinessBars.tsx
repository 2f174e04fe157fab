import { AxisBottom } from '@visx/axis';
import { Group } from '@visx/group';
import { ParentSize } from '@visx/responsive';
import { scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { useTranslation } from 'react-i18next';
import { bottomAxisStyle } from '../salaries/chartFrame';
import { VerticalGrid } from '../salaries/VerticalGrid';
import { useCareerFormat } from './useCareerFormat';

/** One bar: a 0..100 value, marked when the expectation is met or the track is the candidate's own. */
export interface ReadinessBar {
  key: string;
  label: string;
  value: number;
  highlight?: boolean;
}

const ROW = 44;
const TOP = 4;
const AXIS = 28;
/** Room after the longest bar for its value ("100%"), and before the first tick's label. */
const END_PAD = 48;
const START_PAD = 12;

function height(rows: number): number {
  return TOP + rows * ROW + AXIS;
}

function Plot({ bars, width, rtl }: { bars: readonly ReadinessBar[]; width: number; rtl: boolean }) {
  const format = useCareerFormat();
  // Each row's label sits above its bar, so long names never squeeze the plot on a phone.
  const range: [number, number] = rtl ? [width - START_PAD, END_PAD] : [START_PAD, width - END_PAD];
  const scale = scaleLinear<number>({ domain: [0, 100], range });
  const ticks = width < 480 ? [0, 50, 100] : [0, 25, 50, 75, 100];
  const axisTop = TOP + bars.length * ROW;
  const zero = scale(0);
  const along = rtl ? -1 : 1;
  return (
    <svg width={width} height={height(bars.length)} className="salary-chart__svg" aria-hidden="true">
      <VerticalGrid ticks={ticks} x={scale} top={TOP} bottom={axisTop} zeroLine />
      {bars.map((bar, index) => {
        const top = TOP + index * ROW;
        const end = scale(bar.value);
        return (
          <Group key={bar.key}>
            <text
              className="salary-chart__label"
              x={zero}
              y={top + 14}
              // The SVG runs left to right; a right-to-left label starts (on its right) at the bar's start.
              textAnchor="start"
              direction={rtl ? 'rtl' : 'ltr'}
            >
              {bar.label}
            </text>
            <Bar
              className={
                bar.highlight ? 'career-chart__bar career-chart__bar--highlight' : 'career-chart__bar'
              }
              x={Math.min(zero, end)}
              y={top + 21}
              width={Math.max(2, Math.abs(end - zero))}
              height={14}
              rx={3}
            />
            <text
              className="salary-chart__value"
              x={end + along * 6}
              y={top + 28}
              textAnchor={rtl ? 'end' : 'start'}
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
        {...bottomAxisStyle}
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
    <div className="salary-chart career-chart" aria-hidden="true" style={{ blockSize: height(bars.length) }}>
      <ParentSize debounceTime={50}>
        {({ width }) => (width > 0 ? <Plot bars={bars} width={width} rtl={rtl} /> : null)}
      </ParentSize>
    </div>
  );
}
