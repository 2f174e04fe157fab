/**
 * The vertical grid lines of a row chart (salary and career charts), one per tick from `top` to
 * `bottom`; with `zeroLine`, the line at 0 is drawn as the zero line.
 */
export function VerticalGrid({
  ticks,
  x,
  top,
  bottom,
  zeroLine = false,
}: {
  ticks: readonly number[];
  x: (tick: number) => number;
  top: number;
  bottom: number;
  zeroLine?: boolean;
}) {
  return ticks.map((tick) => (
    <line
      key={tick}
      className={zeroLine && tick === 0 ? 'salary-chart__zero' : 'salary-chart__grid'}
      x1={x(tick)}
      x2={x(tick)}
      y1={top}
      y2={bottom}
    />
  ));
}
