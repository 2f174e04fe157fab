export interface Bar {
  key: string;
  label: string;
  /** 0..1 of the longest bar. */
  share: number;
  value: string;
}

/** Horizontal bars drawn with CSS (logical sizes, so they mirror in Arabic). For the eye only. */
export function BarList({ bars }: { bars: readonly Bar[] }) {
  return (
    <div className="bar-list" aria-hidden="true">
      {bars.map((bar) => (
        <div key={bar.key} className="bar-list__row">
          <span className="bar-list__label">{bar.label}</span>
          <span className="bar-list__track">
            <span
              className="bar-list__bar"
              style={{ inlineSize: `${Math.max(0, Math.min(1, bar.share)) * 100}%` }}
            />
          </span>
          <span className="bar-list__value">{bar.value}</span>
        </div>
      ))}
    </div>
  );
}
