import { AxisBottom, AxisLeft, AxisRight } from '@visx/axis';
import { ParentSize } from '@visx/responsive';
import { scaleBand, scaleLinear } from '@visx/scale';
import { useTranslation } from 'react-i18next';

export interface HistogramBucket {
  from: number;
  to: number | null;
  count: number;
}

export interface ReferenceLine {
  key: string;
  value: number;
  label: string;
  tone: 'baseline' | 'median';
}

interface HistogramProps {
  buckets: readonly HistogramBucket[];
  bucketLabel: (bucket: HistogramBucket) => string;
  lines: readonly ReferenceLine[];
  formatCount: (value: number) => string;
}

const HEIGHT = 240;
// Room above the plot for the reference lines' labels, one row each.
const MARGIN = { top: 40, bottom: 44, side: 40 };

/** Where `value` falls along equal-width buckets, in buckets: its bucket's index plus the way through it. */
function fractionalIndex(value: number, buckets: readonly HistogramBucket[]): number {
  const index = buckets.findIndex((b) => value >= b.from && (b.to === null || value < b.to));
  const i = index === -1 ? buckets.length - 1 : index;
  const bucket = buckets[i];
  if (!bucket) return 0;
  const span = bucket.to === null ? 0 : bucket.to - bucket.from;
  return i + (span > 0 ? (value - bucket.from) / span : 0);
}

function Plot({
  buckets,
  bucketLabel,
  lines,
  formatCount,
  width,
  rtl,
}: HistogramProps & { width: number; rtl: boolean }) {
  const inner = { start: MARGIN.side, end: width - MARGIN.side };
  const keys = buckets.map((_, i) => String(i));
  // Mirrored in right-to-left languages: the shortest times sit at the reading start.
  const x = scaleBand<string>({
    domain: rtl ? [...keys].reverse() : keys,
    range: [inner.start, inner.end],
    padding: 0.12,
  });
  const maxCount = Math.max(1, ...buckets.map((b) => b.count));
  const y = scaleLinear<number>({
    domain: [0, maxCount],
    range: [HEIGHT - MARGIN.bottom, MARGIN.top],
    nice: true,
  });
  const step = x.step();
  const pad = (step * x.paddingInner()) / 2;
  const first = x('0') ?? 0;
  // Bucket edges are `step` apart, starting at the first bucket's outer edge (its right one in RTL).
  const place = (value: number) =>
    rtl
      ? first + x.bandwidth() + pad - fractionalIndex(value, buckets) * step
      : first - pad + fractionalIndex(value, buckets) * step;
  const Axis = rtl ? AxisRight : AxisLeft;
  const narrow = width < 60 * buckets.length + 2 * MARGIN.side;
  return (
    <svg width={width} height={HEIGHT} className="outcome-chart__svg" aria-hidden="true">
      {y.ticks(4).map((tick) => (
        <line
          key={tick}
          className="outcome-chart__grid"
          x1={inner.start}
          x2={inner.end}
          y1={y(tick)}
          y2={y(tick)}
        />
      ))}
      {buckets.map((bucket, i) => {
        const left = x(String(i)) ?? 0;
        return (
          <rect
            // biome-ignore lint/suspicious/noArrayIndexKey: buckets are fixed and ordered.
            key={i}
            className="outcome-chart__bar"
            x={left}
            width={x.bandwidth()}
            y={y(bucket.count)}
            height={Math.max(0, HEIGHT - MARGIN.bottom - y(bucket.count))}
            rx={2}
          />
        );
      })}
      {lines.map((line, index) => {
        const at = place(line.value);
        return (
          <g key={line.key} className={`outcome-chart__line outcome-chart__line--${line.tone}`}>
            <line x1={at} x2={at} y1={10 + index * 14} y2={HEIGHT - MARGIN.bottom} />
            <text
              // Past the middle the label sits before its line, so it stays inside the chart.
              x={at + (at > width / 2 ? -4 : 4)}
              y={12 + index * 14}
              textAnchor={at > width / 2 !== rtl ? 'end' : 'start'}
              className="outcome-chart__line-label"
            >
              {line.label}
            </text>
          </g>
        );
      })}
      <AxisBottom
        top={HEIGHT - MARGIN.bottom}
        scale={x}
        tickFormat={(key) => {
          const bucket = buckets[Number(key)];
          if (!bucket) return '';
          // Narrow charts have no room for "10–14 wk" under each bar: the bucket's lower edge is enough.
          return narrow ? `${formatCount(bucket.from)}${bucket.to === null ? '+' : ''}` : bucketLabel(bucket);
        }}
        stroke="currentColor"
        tickStroke="currentColor"
        tickLength={4}
        tickLabelProps={{
          className: 'outcome-chart__tick',
          fill: 'currentColor',
          fontSize: 11,
          textAnchor: 'middle',
        }}
      />
      <Axis
        left={rtl ? inner.end : inner.start}
        scale={y}
        numTicks={4}
        tickFormat={(value) => formatCount(Number(value))}
        stroke="currentColor"
        tickStroke="currentColor"
        tickLength={4}
        tickLabelProps={{ className: 'outcome-chart__tick', fill: 'currentColor', fontSize: 11 }}
      />
    </svg>
  );
}

/**
 * A distribution as bars of equal width per bucket (buckets are uneven, so their labels say the range),
 * with reference lines such as the guide's baseline and the median. For the eye only: the table
 * beside it is what assistive technology reads.
 */
export function Histogram(props: HistogramProps) {
  const { i18n } = useTranslation();
  const rtl = i18n.dir(i18n.language) === 'rtl';
  return (
    <div className="outcome-chart" aria-hidden="true" style={{ blockSize: HEIGHT }}>
      <ParentSize debounceTime={50}>
        {({ width }) => (width > 0 ? <Plot {...props} width={width} rtl={rtl} /> : null)}
      </ParentSize>
    </div>
  );
}
