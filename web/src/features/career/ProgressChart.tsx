import { AxisBottom, AxisLeft, AxisRight } from '@visx/axis';
import { ParentSize } from '@visx/responsive';
import { scaleLinear, scaleTime } from '@visx/scale';
import { LinePath } from '@visx/shape';
import { useTranslation } from 'react-i18next';
import type { CareerSnapshot } from '../../api/career';
import { bottomAxisStyle } from '../salaries/chartFrame';
import { useCareerFormat } from './useCareerFormat';

const HEIGHT = 220;
const PAD = { top: 12, bottom: 30, side: 44, end: 24 };

function Plot({
  snapshots,
  width,
  rtl,
}: {
  snapshots: readonly CareerSnapshot[];
  width: number;
  rtl: boolean;
}) {
  const format = useCareerFormat();
  const times = snapshots.map((s) => Date.parse(s.takenAt));
  // Looks within a day of each other still need a span to draw on: a day either side.
  const day = 86_400_000;
  const spread = Math.max(...times) - Math.min(...times) < day;
  const first = Math.min(...times) - (spread ? day : 0);
  const last = Math.max(...times) + (spread ? day : 0);
  const start = rtl ? width - PAD.side : PAD.side;
  const end = rtl ? PAD.end : width - PAD.end;
  const x = scaleTime<number>({ domain: [new Date(first), new Date(last)], range: [start, end] });
  const y = scaleLinear<number>({ domain: [0, 100], range: [HEIGHT - PAD.bottom, PAD.top] });
  // One tick per distinct label: hourly ticks over a short span would repeat the same date.
  const seen = new Set<string>();
  const ticks = x.ticks(width < 480 ? 3 : 5).filter((tick) => {
    const label = format.shortDate(tick.toISOString());
    if (seen.has(label)) return false;
    seen.add(label);
    return true;
  });
  const points = snapshots.map((s) => ({ at: new Date(s.takenAt), readiness: s.readiness }));
  const Axis = rtl ? AxisRight : AxisLeft;
  return (
    <svg width={width} height={HEIGHT} className="salary-chart__svg" aria-hidden="true">
      {[0, 25, 50, 75, 100].map((tick) => (
        <line key={tick} className="salary-chart__grid" x1={start} x2={end} y1={y(tick)} y2={y(tick)} />
      ))}
      <LinePath data={points} x={(p) => x(p.at)} y={(p) => y(p.readiness)} className="career-chart__line" />
      {points.map((p) => (
        <circle
          key={p.at.toISOString()}
          className="salary-chart__point"
          cx={x(p.at)}
          cy={y(p.readiness)}
          r={4}
        />
      ))}
      <Axis
        left={start}
        scale={y}
        tickValues={[0, 50, 100]}
        tickFormat={(value) => format.readiness(Number(value))}
        stroke="currentColor"
        tickStroke="currentColor"
        tickLength={4}
        tickLabelProps={{ className: 'salary-chart__tick', fill: 'currentColor', fontSize: 12 }}
      />
      <AxisBottom
        top={HEIGHT - PAD.bottom}
        scale={x}
        tickValues={ticks}
        tickFormat={(value) => format.shortDate((value as Date).toISOString())}
        {...bottomAxisStyle}
      />
    </svg>
  );
}

/** Readiness over the candidate's looks at the page, as a line; the table beside it carries the numbers. */
export function ProgressChart({ snapshots }: { snapshots: readonly CareerSnapshot[] }) {
  const { i18n } = useTranslation();
  const rtl = i18n.dir(i18n.language) === 'rtl';
  return (
    <div className="salary-chart career-chart" aria-hidden="true" style={{ blockSize: HEIGHT }}>
      <ParentSize debounceTime={50}>
        {({ width }) => (width > 0 ? <Plot snapshots={snapshots} width={width} rtl={rtl} /> : null)}
      </ParentSize>
    </div>
  );
}
