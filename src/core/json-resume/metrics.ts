// Project highlights that state a measurable outcome ("Cut p99 latency 40%", "120+ GitHub stars") become
// our structured results; the sentence itself is kept as the metric so nothing the candidate wrote is
// lost and writing it back gives the same highlight.

export interface ProjectResult {
  metric: string;
  value: string;
  baseline?: string;
}

/** Longest highlight that can become a result: the contract caps a metric at 120 characters. */
export const MAX_METRIC_LENGTH = 120;
const MAX_VALUE_LENGTH = 60;

// A number that starts a token (not "p99", not "v2"), with a unit that makes it a measurement.
const WITH_UNIT =
  /(?<![\p{L}\d.])[~≈<>]?[$€£]?\d[\d,]*(?:\.\d+)?\s?(?:%|×|x(?![\p{L}])|k(?![\p{L}])|m(?![\p{L}])|bn|ms|pp|\+)\+?/iu;
// Without a unit, only a whole number of two or more digits standing as a word of its own counts
// ("a team of 35", "10,000 documents"): "Python 3.12", "alert(1)" or "6 baristas" stay narrative.
const BARE_NUMBER =
  /(?<=^|\s)[$€£]?\d{1,3}(?:,\d{3})+\+?(?=$|\s|[,.;:!?](?:\s|$))|(?<=^|\s)[$€£]?\d{2,}\+?(?=$|\s|[,.;:!?](?:\s|$))/gu;
const FROM_TO = /\bfrom\s+(\S*\d\S*)\s+to\s+(\S*\d[^\s,;]*)/i;
const YEAR = /^(19|20)\d{2}$/;

function clean(token: string): string {
  return token.trim().replace(/[.,;:]+$/, '');
}

/** The result a highlight states, or null when it has no measurable number (years do not count). */
export function resultFromHighlight(highlight: string): ProjectResult | null {
  const metric = highlight.trim();
  if (metric === '' || metric.length > MAX_METRIC_LENGTH) return null;
  const fromTo = FROM_TO.exec(metric);
  if (fromTo?.[1] && fromTo[2]) {
    const baseline = clean(fromTo[1]);
    const value = clean(fromTo[2]);
    if (value.length <= MAX_VALUE_LENGTH && baseline.length <= MAX_VALUE_LENGTH)
      return { metric, value, baseline };
  }
  const withUnit = WITH_UNIT.exec(metric)?.[0];
  if (withUnit) return { metric, value: clean(withUnit).slice(0, MAX_VALUE_LENGTH) };
  for (const match of metric.matchAll(BARE_NUMBER)) {
    const value = clean(match[0]);
    if (!YEAR.test(value)) return { metric, value: value.slice(0, MAX_VALUE_LENGTH) };
  }
  return null;
}

/** The highlight sentence we write for a result: the metric itself when it already states the numbers. */
export function highlightFromResult(result: ProjectResult): string {
  const { metric, value, baseline } = result;
  const complete = metric.includes(value) && (baseline === undefined || metric.includes(baseline));
  if (complete) return metric;
  return baseline === undefined ? `${metric}: ${value}` : `${metric}: from ${baseline} to ${value}`;
}
