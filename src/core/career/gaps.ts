// Skill gaps toward a step, ranked by value = demand × pay factor × size. Demand is the share of open
// positions at the step's level (and, for a track, its role family) in the candidate's preferred
// countries that require the skill; size is the proficiency still missing.
import type { SkillGap } from '../../contracts/career.js';
import type { Level, RoleFamily } from '../../contracts/profile.js';
import type { MatchPosition } from '../matching/index.js';
import { findSkill } from '../skills/index.js';
import type { CareerStep } from './expectations.js';
import { bestHolding } from './expectations.js';
import type { MeasuredPremium } from './pay-effect.js';
import { payEffect } from './pay-effect.js';
import type { CareerFacts } from './profile-facts.js';

/** A gap with the skill ids that would close it (the core skill and its alternatives). */
export interface RankedGap extends SkillGap {
  closedBy: readonly string[];
}

export interface DemandSlice {
  level: Level;
  roleFamily: RoleFamily | null;
  /** Preferred countries; empty means anywhere. */
  countries: readonly string[];
}

/** Open positions in a slice: live, at the level (and family), located in or remote-open to a preferred country. */
export function positionsInSlice(positions: readonly MatchPosition[], slice: DemandSlice): MatchPosition[] {
  const wanted = new Set(slice.countries);
  const inCountry = (p: MatchPosition) =>
    wanted.size === 0 ||
    p.countries.some((c) => wanted.has(c)) ||
    (p.workplace === 'remote' &&
      (p.remoteCountries.length === 0 || p.remoteCountries.some((c) => wanted.has(c))));
  return positions.filter(
    (p) =>
      p.live &&
      p.level === slice.level &&
      (slice.roleFamily === null || p.roleFamily === slice.roleFamily) &&
      inCountry(p),
  );
}

/** The step's unmet core skills as gaps, best value first (then size, then id); unlock left null. */
export function skillGaps(
  step: CareerStep,
  facts: CareerFacts,
  demandPositions: readonly MatchPosition[],
  measured?: MeasuredPremium,
): RankedGap[] {
  const gaps: RankedGap[] = [];
  for (const core of step.coreSkills) {
    const best = bestHolding(facts, core);
    const current = best === null ? 0 : Math.min(5, Math.max(0, Math.round(best.held.proficiency)));
    if (current >= core.proficiency) continue;
    // Raising an alternative already held is the shorter way; otherwise the model's first choice.
    const skillId = best?.skillId ?? core.skillId;
    const requiring = demandPositions.filter((p) => p.required.some((r) => r.skillId === skillId)).length;
    const share = demandPositions.length === 0 ? null : requiring / demandPositions.length;
    const pay = payEffect(skillId, step.salaryBenchmark.level, measured);
    const size = core.proficiency - current;
    gaps.push({
      skillId,
      name: findSkill(skillId)?.name ?? skillId,
      expectedProficiency: core.proficiency,
      currentProficiency: current,
      size,
      demand: { share, requiring, positions: demandPositions.length },
      payEffect: pay,
      value: (share ?? 1) * pay.factor * size,
      unlock: null,
      closedBy: [core.skillId, ...core.alternatives],
    });
  }
  return gaps.sort((a, b) => b.value - a.value || b.size - a.size || (a.skillId < b.skillId ? -1 : 1));
}
