// The scoring kernel: the hard filters and the arithmetic of every component, on flat numbers. The
// pair scorer (scorePair) and the indexes both call it, so a ranking from an index gives exactly
// the scores brute force gives: same operations, same order, same floating-point results.
import type { CompiledPosition } from './compile.js';
import type { MatchConfig } from './config.js';
import { REMOTE_PREFERENCES, ROLE_FAMILIES } from './vocabulary.js';

/** What the kernel needs about one candidate, flattened; position-relative facts are precomputed. */
export interface CandidateFacts {
  hidden: boolean;
  /** The candidate blocked one of this position's organisation domains. */
  blocksOrganisation: boolean;
  /** Country code (see codes.ts), -1 when unknown. */
  country: number;
  willingToRelocate: boolean;
  /** The candidate's desired countries include one of this position's countries. */
  desiresPositionCountry: boolean;
  hasDesiredCountries: boolean;
  /** Assessed or declared level, else the stage for the years: 0-3. */
  levelRank: number;
  /** Index into ROLE_FAMILIES, -1 when not stated. */
  targetRoleFamily: number;
  /** 0-3, -1 when not stated. */
  targetLevel: number;
  /** Index into REMOTE_PREFERENCES. */
  remotePreference: number;
  /** NaN when not stated. */
  minimumPayUsd: number;
  openToWork: boolean;
  projects: number;
  measuredProjects: number;
  certifications: number;
  publications: number;
  /** NaN when unparseable (then recency is 0). */
  updatedAtMs: number;
}

/** The hard filters, in the order they are checked (the first that applies is reported). */
export const EXCLUSION_CODES = [
  'position_not_live',
  'candidate_hidden',
  'organisation_blocked',
  'remote_country_not_eligible',
  'location_not_eligible',
  'visa_not_sponsored',
  'salary_above_band',
  'no_skill_overlap',
] as const;

export type ExclusionCode = (typeof EXCLUSION_CODES)[number];

/**
 * The first hard filter (other than skill overlap) that excludes the pair, or null.
 * Location: a remote role takes candidates living in one of its remote countries (anywhere when it
 * lists none; a candidate with no country only then); an onsite or hybrid role takes candidates
 * living in one of its countries, or willing to relocate (or listing one of its countries as a
 * destination) when it sponsors the visa they are then assumed to need. A candidate with no
 * country is never taken to be local.
 */
export function hardFilter(cp: CompiledPosition, facts: CandidateFacts): ExclusionCode | null {
  if (!cp.position.live) return 'position_not_live';
  if (facts.hidden) return 'candidate_hidden';
  if (facts.blocksOrganisation) return 'organisation_blocked';
  if (cp.position.workplace === 'remote') {
    if (cp.remoteCountries.size > 0 && (facts.country < 0 || !cp.remoteCountries.has(facts.country))) {
      return 'remote_country_not_eligible';
    }
  } else if (facts.country < 0 || !cp.countries.has(facts.country)) {
    if (!facts.willingToRelocate && !facts.desiresPositionCountry) return 'location_not_eligible';
    if (!cp.position.visaSponsorship) return 'visa_not_sponsored';
  }
  if (facts.minimumPayUsd > cp.salaryLimitUsd) return 'salary_above_band';
  return null;
}

/** Credits one candidate skill (by its proficiency code) to the terms it is a source of. */
export function creditSkill(
  cp: CompiledPosition,
  code: number,
  best: Float64Array,
  from: number,
  to: number,
): void {
  const { sourceTerm, sourceWeight, credit: table, termBase } = cp;
  for (let i = from; i < to; i++) {
    const term = sourceTerm[i] ?? 0;
    const credit = (sourceWeight[i] ?? 0) * (table[(termBase[term] ?? 0) + code] ?? 0);
    if (credit > (best[term] ?? 0)) best[term] = credit;
  }
}

/** Fills best[term] (zeroed first) from a candidate's skill codes and proficiency codes. */
export function creditCandidateSkills(
  cp: CompiledPosition,
  skills: ArrayLike<number>,
  codes: ArrayLike<number>,
  start: number,
  end: number,
  best: Float64Array,
): void {
  best.fill(0, 0, cp.termCount);
  for (let i = start; i < end; i++) {
    const range = cp.sourceRange.get(skills[i] ?? -1);
    if (range !== undefined) creditSkill(cp, codes[i] ?? 0, best, range[0], range[1]);
  }
}

/**
 * Fills best[term] (zeroed first) from a dense table of the candidate's proficiency codes by skill
 * code (0 = not held). The same credits as creditCandidateSkills, walked from the position's side.
 */
export function creditFromDense(cp: CompiledPosition, held: Uint8Array, best: Float64Array): void {
  const { termSourceStart, termSourceCode, termSourceWeight, credit: table, termBase } = cp;
  for (let term = 0; term < cp.termCount; term++) {
    let top = 0;
    const end = termSourceStart[term + 1] ?? 0;
    for (let i = termSourceStart[term] ?? 0; i < end; i++) {
      const code = held[termSourceCode[i] ?? 0] ?? 0;
      if (code === 0) continue;
      const credit = (termSourceWeight[i] ?? 0) * (table[(termBase[term] ?? 0) + code] ?? 0);
      if (credit > top) top = credit;
    }
    best[term] = top;
  }
}

/** Component values in this order, then candidate fit, employer fit and the harmonic mean. */
export const COMPONENT_SLOTS = {
  requiredSkills: 0,
  niceToHave: 1,
  level: 2,
  evidence: 3,
  recency: 4,
  goals: 5,
  salary: 6,
  candidateFit: 7,
  employerFit: 8,
  harmonic: 9,
} as const;

/** True when no candidate skill earns any credit towards any wanted skill. */
export function noOverlap(cp: CompiledPosition, best: Float64Array): boolean {
  for (let term = 0; term < cp.termCount; term++) if ((best[term] ?? 0) > 0) return false;
  return true;
}

/** Milliseconds a day: profile ages are in days. */
export const MS_PER_DAY = 86_400_000;

/**
 * The recency component of a profile this many days old: 1 up to now, halving every half-life,
 * 0 when the age is unknown (NaN). It only falls with age, which the indexes' bounds rely on.
 */
export function recencyOf(ageDays: number, halfLifeDays: number): number {
  return Number.isNaN(ageDays) ? 0 : ageDays <= 0 ? 1 : 0.5 ** (ageDays / halfLifeDays);
}

/**
 * The harmonic mean (0..1) of candidate fit and employer fit, from term credits and facts; when
 * `out` is given, every component value and both fits are written to it (COMPONENT_SLOTS).
 */
export function harmonicFit(
  cp: CompiledPosition,
  facts: CandidateFacts,
  best: Float64Array,
  nowMs: number,
  out: Float64Array | null,
): number {
  const { config } = cp;
  const distance = facts.levelRank - cp.levelRank;
  const fits = distance >= 0 ? config.levelFit.over : config.levelFit.under;
  const level = fits[Math.min(Math.abs(distance), fits.length - 1)] ?? 0;

  const evidence = evidenceValue(
    config,
    facts.projects,
    facts.measuredProjects,
    facts.certifications,
    facts.publications,
  );

  const recency = recencyOf((nowMs - facts.updatedAtMs) / MS_PER_DAY, config.recencyHalfLifeDays);

  const goals = goalsFit(cp, facts);
  const salary = salaryFit(cp, facts.minimumPayUsd);
  return combine(cp, best, level, evidence, recency, goals, salary, out);
}

/**
 * harmonicFit for other skill credits and the same facts, given the facts' component values (the
 * `out` of an earlier harmonicFit): the same arithmetic, so the same result to the last bit,
 * without recomputing level, evidence, recency, goals and salary. Improvements try a dozen skill
 * changes per result, and those parts were most of each try.
 */
export function harmonicFitForSkills(cp: CompiledPosition, best: Float64Array, parts: Float64Array): number {
  return combine(cp, best, parts[2] ?? 0, parts[3] ?? 0, parts[4] ?? 0, parts[5] ?? 0, parts[6] ?? 0, null);
}

/** The skill coverages, the two fits and their harmonic mean from the other components. */
function combine(
  cp: CompiledPosition,
  best: Float64Array,
  level: number,
  evidence: number,
  recency: number,
  goals: number,
  salary: number,
  out: Float64Array | null,
): number {
  let requiredSum = 0;
  for (let term = 0; term < cp.requiredCount; term++) requiredSum += best[term] ?? 0;
  let niceSum = 0;
  for (let term = cp.requiredCount; term < cp.termCount; term++) niceSum += best[term] ?? 0;
  const required = cp.requiredCount > 0 ? requiredSum / cp.requiredCount : 0;
  const nice = cp.termCount > cp.requiredCount ? niceSum / (cp.termCount - cp.requiredCount) : 0;
  const w = cp.weights;
  const employer =
    w.requiredSkills * required +
    w.niceToHave * nice +
    w.level * level +
    w.evidence * evidence +
    w.recency * recency;
  const candidate = w.goals * goals + w.salary * salary;
  const sum = candidate + employer;
  const harmonic = sum > 0 ? (2 * candidate * employer) / sum : 0;
  if (out !== null) {
    out[0] = required;
    out[1] = nice;
    out[2] = level;
    out[3] = evidence;
    out[4] = recency;
    out[5] = goals;
    out[6] = salary;
    out[7] = candidate;
    out[8] = employer;
    out[9] = harmonic;
  }
  return harmonic;
}

/** The evidence component: each count saturating at its target, weighted. */
export function evidenceValue(
  config: MatchConfig,
  projects: number,
  measuredProjects: number,
  certifications: number,
  publications: number,
): number {
  const ev = config.evidence;
  return (
    (ev.weights.projects * Math.min(1, projects / ev.targets.projects) +
      ev.weights.measuredProjects * Math.min(1, measuredProjects / ev.targets.measuredProjects) +
      ev.weights.certifications * Math.min(1, certifications / ev.targets.certifications) +
      ev.weights.publications * Math.min(1, publications / ev.targets.publications)) /
    (ev.weights.projects + ev.weights.measuredProjects + ev.weights.certifications + ev.weights.publications)
  );
}

const parts = new Float64Array(5);

/** The sub-fits of the goals component, in goalWeights order. */
export function goalParts(cp: CompiledPosition, facts: CandidateFacts): number[] {
  fillGoalParts(cp, facts);
  return [...parts];
}

function fillGoalParts(cp: CompiledPosition, facts: CandidateFacts): void {
  const goals = cp.config.goals;
  parts[0] =
    cp.roleFamilyFit[facts.targetRoleFamily < 0 ? ROLE_FAMILIES.length : facts.targetRoleFamily] ?? 0;
  parts[1] =
    facts.targetLevel < 0 ? goals.unknown : (goals.targetLevelFit[cp.levelRank - facts.targetLevel + 3] ?? 0);
  let location = 1;
  if (cp.position.workplace !== 'remote' && (facts.country < 0 || !cp.countries.has(facts.country))) {
    const r = goals.relocation;
    location = facts.desiresPositionCountry
      ? r.toDesiredCountry
      : facts.hasDesiredCountries
        ? r.elsewhere
        : r.noDesiredCountries;
    if (!cp.position.relocationSupport) location *= r.withoutSupport;
  }
  parts[2] = location;
  const preference = REMOTE_PREFERENCES[facts.remotePreference] ?? 'any';
  parts[3] = goals.workplaceFit[preference][cp.position.workplace];
  parts[4] = facts.openToWork ? 1 : goals.notOpenToWork;
}

function goalsFit(cp: CompiledPosition, facts: CandidateFacts): number {
  fillGoalParts(cp, facts);
  const g = cp.config.goalWeights;
  return (
    (g.roleFamily * (parts[0] ?? 0) +
      g.level * (parts[1] ?? 0) +
      g.location * (parts[2] ?? 0) +
      g.workplace * (parts[3] ?? 0) +
      g.availability * (parts[4] ?? 0)) /
    (g.roleFamily + g.level + g.location + g.workplace + g.availability)
  );
}

/** 1 up to the band's minimum, fitAtMax at its maximum, 0 at the maximum plus the tolerance. */
export function salaryFit(cp: CompiledPosition, minimumPayUsd: number): number {
  if (Number.isNaN(minimumPayUsd)) return 1;
  const { salaryMinUsd: min, salaryMaxUsd: max } = cp.position;
  const atMax = cp.config.salary.fitAtMax;
  if (minimumPayUsd <= min) return 1;
  if (minimumPayUsd <= max) return 1 - ((1 - atMax) * (minimumPayUsd - min)) / (max - min);
  const limit = cp.salaryLimitUsd;
  if (minimumPayUsd >= limit) return 0;
  return (atMax * (limit - minimumPayUsd)) / (limit - max);
}
