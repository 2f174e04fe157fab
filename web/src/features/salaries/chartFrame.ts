/** Row charts share one layout: a label column at the inline start, the value axis after it. */
export interface ChartFrame {
  width: number;
  /** Room for a row's label, which wraps to fit. */
  labelWidth: number;
  /** The value scale's output range; reversed right-to-left, so larger values lie further along the reading direction. */
  range: [number, number];
  /** Where row labels are anchored, and how. */
  labelX: number;
  labelAnchor: 'start' | 'end';
  /** +1 when "further along" is to the right, -1 when it is to the left. */
  along: 1 | -1;
  /** Text anchored after a point in the reading direction. */
  afterAnchor: 'start' | 'end';
}

export const ROW_HEIGHT = 46;
export const AXIS_HEIGHT = 30;
export const TOP_PAD = 8;

/** The frame of a chart `width` pixels wide, mirrored in right-to-left languages. */
export function chartFrame(width: number, rtl: boolean): ChartFrame {
  const labelWidth = Math.round(Math.min(170, Math.max(92, width * 0.26)));
  // Room for half of the last tick's label ("1.6M", "1.4 مليون").
  const pad = 30;
  const plotStart = rtl ? pad : labelWidth;
  const plotEnd = rtl ? width - labelWidth : width - pad;
  return {
    width,
    labelWidth: labelWidth - 12,
    range: rtl ? [plotEnd, plotStart] : [plotStart, plotEnd],
    labelX: rtl ? width - 4 : 4,
    labelAnchor: rtl ? 'end' : 'start',
    along: rtl ? -1 : 1,
    afterAnchor: rtl ? 'end' : 'start',
  };
}

/** Height of a chart with `rows` rows and the axis underneath. */
export function chartHeight(rows: number): number {
  return TOP_PAD + rows * ROW_HEIGHT + AXIS_HEIGHT;
}

/** The look every bottom value axis shares (salary and career charts): thin ticks in the text colour. */
export const bottomAxisStyle = {
  stroke: 'currentColor',
  tickStroke: 'currentColor',
  tickLength: 4,
  tickLabelProps: {
    className: 'salary-chart__tick',
    fill: 'currentColor',
    fontSize: 12,
    textAnchor: 'middle',
  },
} as const;
