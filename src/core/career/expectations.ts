// The expectations of one step (a stage or a track) checked against a candidate's facts. Each check
// earns a credit in 0..1 and carries a weight; the step's score is the weighted sum. Every credit is
// a non-decreasing function of the evidence (more proficiency, stronger evidence, another project,
// another skill), so the score, and readiness built on it, never drop when evidence is added.
import type { CareerStage, CareerTrack, CoreSkill, ExpectationCheck } from '../../contracts/career.js';
import type { EvidenceStrength } from '../../contracts/profile.js';
import type { CareerFacts, HeldSkill } from './profile-facts.js';

/** Shares of a step's score; together 1. Skills lead, since the guide lists them first per stage. */
export const EXPECTATION_WEIGHTS = {
  years: 0.15,
  skills: 0.55,
  evidence: 0.3,
} as const;

/**
 * A skill only claimed earns this share of its credit: the guide's portfolio advice ("a strong
 * portfolio is the single most important differentiator") without making claims worthless.
 */
export const CLAIMED_SKILL_FACTOR = 0.75;

export type CareerStep = CareerStage | CareerTrack;

/** The candidate's best holding among a core skill and its alternatives. */
export function bestHolding(
  facts: CareerFacts,
  core: CoreSkill,
): { skillId: string; held: HeldSkill } | null {
  let best: { skillId: string; held: HeldSkill } | null = null;
  for (const id of [core.skillId, ...core.alternatives]) {
    const held = facts.skills.get(id);
    if (held === undefined) continue;
    if (best === null || skillCredit(held, core.proficiency) > skillCredit(best.held, core.proficiency)) {
      best = { skillId: id, held };
    }
  }
  return best;
}

/** Credit of a held skill against an expected proficiency: the share reached, less for bare claims. */
export function skillCredit(
  held: { proficiency: number; strength: EvidenceStrength },
  expected: number,
): number {
  const reached = Math.min(1, Math.max(0, held.proficiency) / expected);
  return held.strength === 'claimed' ? reached * CLAIMED_SKILL_FACTOR : reached;
}

const count = (have: number, want: number) => (want <= 0 ? 1 : Math.min(1, have / want));

/** Every expectation of a step, checked; weights sum to 1 over the checks present. */
export function checkStep(step: CareerStep, facts: CareerFacts): ExpectationCheck[] {
  const checks: ExpectationCheck[] = [];
  const years = facts.years ?? 0;
  const minYears = step.years.min;
  checks.push({
    kind: 'years',
    key: 'years',
    label: minYears > 0 ? `${minYears}+ years of experience` : 'Any experience',
    met: years >= minYears,
    credit: minYears > 0 ? Math.min(1, Math.max(0, years) / minYears) : 1,
    weight: EXPECTATION_WEIGHTS.years,
    gate: false,
    detail: facts.years === null ? 'years not given' : `${round1(years)} years`,
    want: minYears,
    have: facts.years === null ? null : round1(years),
  });

  const skillWeight = EXPECTATION_WEIGHTS.skills / step.coreSkills.length;
  for (const core of step.coreSkills) {
    const best = bestHolding(facts, core);
    const credit = best === null ? 0 : skillCredit(best.held, core.proficiency);
    const options = core.alternatives.length > 0 ? ` (or ${core.alternatives.join(', ')})` : '';
    checks.push({
      kind: 'skill',
      key: core.skillId,
      label: `${core.skillId}${options} at proficiency ${core.proficiency}`,
      met: best !== null && best.held.proficiency >= core.proficiency,
      credit,
      weight: skillWeight,
      gate: false,
      detail:
        best === null
          ? 'not held'
          : `${best.skillId} at ${best.held.proficiency} of ${core.proficiency}, ${best.held.strength.replaceAll('_', ' ')}`,
      want: core.proficiency,
      have: best === null ? null : best.held.proficiency,
    });
  }

  const e = step.evidence;
  const evidence: Array<Omit<ExpectationCheck, 'weight'>> = [];
  const counted = (kind: ExpectationCheck['kind'], label: string, have: number, want: number) => {
    if (want > 0) {
      evidence.push({
        kind,
        key: kind,
        label,
        met: have >= want,
        credit: count(have, want),
        gate: false,
        detail: `${have} of ${want}`,
        want,
        have,
      });
    }
  };
  counted('projects', `${e.projects} portfolio project(s)`, facts.projects, e.projects);
  counted(
    'measured_projects',
    `${e.measuredProjects} project(s) with measured results`,
    facts.measuredProjects,
    e.measuredProjects,
  );
  counted(
    'deployed_projects',
    `${e.deployedProjects} deployed model(s) you own`,
    facts.deployedProjects,
    e.deployedProjects,
  );
  counted('publications', `${e.publications} publication(s)`, facts.publications, e.publications);
  const flag = (kind: 'leadership' | 'architecture', label: string, sources: readonly string[]) => {
    evidence.push({
      kind,
      key: kind,
      label,
      met: sources.length > 0,
      credit: sources.length > 0 ? 1 : 0,
      gate: true,
      detail: sources.length > 0 ? sources.slice(0, 3).join('; ') : 'none found in roles, projects or skills',
      want: null,
      have: null,
    });
  };
  if (e.leadership) flag('leadership', 'Leadership evidence (led, mentored, managed)', facts.leadership);
  if (e.architecture)
    flag('architecture', 'Architecture evidence (designed systems or platforms)', facts.architecture);
  // With no evidence expectations, their share goes to skills and years in proportion.
  const scale = evidence.length === 0 ? 1 / (1 - EXPECTATION_WEIGHTS.evidence) : 1;
  for (const check of checks) check.weight *= scale;
  for (const check of evidence)
    checks.push({ ...check, weight: EXPECTATION_WEIGHTS.evidence / evidence.length });
  return checks;
}

/** The weighted share of expectations met, 0..1. */
export function stepScore(checks: readonly ExpectationCheck[]): number {
  let score = 0;
  for (const c of checks) score += c.weight * c.credit;
  return Math.min(1, Math.max(0, score));
}

const round1 = (n: number) => Math.round(n * 10) / 10;
