// Conversion between stages: of the applications that reached one stage, how many reached the next.
// Measured on the stages each application passed through (from its events), so an application that
// skipped screening still counts as having reached interviewing.

import type { Stage } from './stages.js';
import { rate } from './stats.js';

/** The funnel's order; sourced and applied are two doors into the same screening. */
const FUNNEL: ReadonlyArray<readonly [string, readonly Stage[]]> = [
  ['entered', ['sourced', 'applied']],
  ['screening', ['screening']],
  ['interviewing', ['interviewing']],
  ['offer', ['offer']],
  ['hired', ['hired']],
];

export interface ConversionStep {
  from: string;
  to: string;
  reachedFrom: number;
  reachedTo: number;
  rate: number | null;
}

/** Highest funnel step an application reached, from the stages it passed through. */
function deepest(stages: readonly Stage[]): number {
  let depth = -1;
  FUNNEL.forEach(([, members], index) => {
    if (stages.some((s) => members.includes(s))) depth = index;
  });
  return depth;
}

/**
 * One row per consecutive pair of funnel steps. A later stage implies the earlier ones (a member may
 * skip screening), so each application counts at every step up to the deepest it reached.
 */
export function stageConversion(applications: ReadonlyArray<readonly Stage[]>): ConversionStep[] {
  const reached = FUNNEL.map(() => 0);
  for (const stages of applications) {
    const depth = deepest(stages);
    for (let i = 0; i <= depth; i++) reached[i] = (reached[i] ?? 0) + 1;
  }
  return FUNNEL.slice(1).map(([to], i) => {
    const [from = ''] = FUNNEL[i] ?? [];
    const reachedFrom = reached[i] ?? 0;
    const reachedTo = reached[i + 1] ?? 0;
    return { from, to, reachedFrom, reachedTo, rate: rate(reachedTo, reachedFrom) };
  });
}
