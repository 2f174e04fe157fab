// The pay effect of a skill in a gap's value: the premium measured in our salary records when there
// are enough of them, else the premium the guide publishes for that skill, else neutral. The label
// says which was used, so the page never passes the guide's figure off as a measurement.
import type { PayEffect } from '../../contracts/career.js';
import type { Level } from '../../contracts/profile.js';
import type { SalaryIndex, SliceQuery } from '../salary/index/salary-index.js';
import type { PremiumEstimate } from '../salary/premium.js';
import { skillPremium } from '../salary/premium.js';
import { REFERENCE_TABLE } from '../salary/reference.js';
import type { GeoScope } from '../salary/stats/fallback.js';

/** A measured premium for a skill, or null when there is no salary data to ask. */
export type MeasuredPremium = (skillId: string) => Pick<PremiumEstimate, 'sufficient' | 'premium'> | null;

/** No measurement and no published figure: the gap's value rests on demand and size alone. */
export const NEUTRAL_PAY_FACTOR = 1;

/** Measured premiums from a SalaryIndex for one slice (e.g. the target's family and level) and scope. */
export function premiumsFromSalaryIndex(
  index: SalaryIndex,
  slice: SliceQuery,
  scope: GeoScope,
): MeasuredPremium {
  const cache = new Map<string, PremiumEstimate>();
  return (skillId) => {
    let estimate = cache.get(skillId);
    if (estimate === undefined) {
      estimate = skillPremium(index, skillId, slice, scope);
      cache.set(skillId, estimate);
    }
    return estimate;
  };
}

/**
 * The pay effect of a skill at a level. The guide names premiums per level ("Top Skills Premium");
 * the row of the target level wins when it names the skill, else the lowest level that names it.
 */
export function payEffect(skillId: string, level: Level, measured?: MeasuredPremium): PayEffect {
  const m = measured?.(skillId);
  if (m?.sufficient && m.premium !== null) {
    return {
      factor: Math.max(0, 1 + m.premium),
      premium: m.premium,
      source: 'measured',
      label: `${signedPct(m.premium)} measured in salary records`,
    };
  }
  const rows = REFERENCE_TABLE.filter((row) => row.premium.skills.includes(skillId));
  const row = rows.find((r) => r.level === level) ?? rows[0];
  if (row !== undefined) {
    return {
      factor: 1 + row.premium.fraction,
      premium: row.premium.fraction,
      source: 'guide',
      label: `${signedPct(row.premium.fraction)} for ${row.premium.label} (career guide 2026, ${row.level})`,
    };
  }
  return {
    factor: NEUTRAL_PAY_FACTOR,
    premium: 0,
    source: 'neutral',
    label: 'No measured or published premium',
  };
}

const signedPct = (fraction: number) => `${fraction >= 0 ? '+' : ''}${Math.round(fraction * 100)}%`;
