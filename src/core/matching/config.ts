// Every weight and tolerance of the matcher, in one documented object. Values were set from the 2026
// career guide (shared/reference/ml-career-guide-2026.txt) and then tuned on the hand-written
// judgements of `npm run eval:match`; the comment beside each says why it has its value.
import { EVIDENCE_ORDER, evidenceWeight } from '../profile/evidence.js';
import type { EvidenceStrength, Level, RoleFamily } from './vocabulary.js';

type Workplace = 'onsite' | 'hybrid' | 'remote';
type RemotePreference = Workplace | 'any';

/** The matcher's configuration; DEFAULT_MATCH_CONFIG holds the values in use. */
export interface MatchConfig {
  /** Employer side: what the position needs. Relative weights (normalised by their sum). */
  readonly employerWeights: {
    readonly requiredSkills: number;
    readonly niceToHave: number;
    readonly level: number;
    readonly evidence: number;
    readonly recency: number;
  };
  /** Candidate side: what the candidate wants. Relative weights. */
  readonly candidateWeights: { readonly goals: number; readonly salary: number };
  /** How the goals component is made of the candidate's stated wishes. Relative weights. */
  readonly goalWeights: {
    readonly roleFamily: number;
    readonly level: number;
    readonly location: number;
    readonly workplace: number;
    readonly availability: number;
  };
  /** Related-skill edges lighter than this give no credit (and are not walked by the index). */
  readonly relatedCreditFloor: number;
  /** Credit for holding the required skill's direct parent (broader skill) instead of it. */
  readonly parentCredit: number;
  /** Credit for holding a direct child (a specialisation) of the required skill instead of it. */
  readonly childCredit: number;
  /** Proficiency credit by shortfall below the minimum: [at or above, 1 below, 2 below, …]. */
  readonly proficiencyShortfallCredit: readonly number[];
  /** Nice-to-have skills carry no minimum; this is the proficiency that earns them in full. */
  readonly niceToHaveProficiency: number;
  /** Multiplier per evidence strength of a skill. */
  readonly evidenceCredit: Readonly<Record<EvidenceStrength, number>>;
  /** Level fit by distance: index = levels above (over) or below (under) the position. */
  readonly levelFit: { readonly over: readonly number[]; readonly under: readonly number[] };
  /** The evidence component: each count saturates at its target; parts weighted. */
  readonly evidence: {
    readonly targets: {
      readonly projects: number;
      readonly measuredProjects: number;
      readonly certifications: number;
      readonly publications: number;
    };
    readonly weights: {
      readonly projects: number;
      readonly measuredProjects: number;
      readonly certifications: number;
      readonly publications: number;
    };
  };
  /** Days after which a profile's recency is halved. */
  readonly recencyHalfLifeDays: number;
  readonly salary: {
    /** Hard filter: a minimum above the band's maximum by more than this share excludes. */
    readonly toleranceAboveMax: number;
    /** Salary fit when the minimum equals the band's maximum (1 at the band's minimum, 0 at max+tolerance). */
    readonly fitAtMax: number;
  };
  readonly goals: {
    /** Fit of a wish the candidate has not stated (no target role family or level). */
    readonly unknown: number;
    /** Fit of the target role family against the position's when they differ (symmetric pairs). */
    readonly roleFamilyAffinity: ReadonlyArray<readonly [RoleFamily, RoleFamily, number]>;
    /** Fit of a role family pair not listed above. */
    readonly otherRoleFamily: number;
    /** Fit by (position level rank − target level rank), from −3 to +3. */
    readonly targetLevelFit: readonly number[];
    /** Workplace fit: preference → position workplace → fit. */
    readonly workplaceFit: Readonly<Record<RemotePreference, Readonly<Record<Workplace, number>>>>;
    /** Location fit of an onsite or hybrid role away from home, by what the candidate said. */
    readonly relocation: {
      readonly toDesiredCountry: number;
      readonly noDesiredCountries: number;
      readonly elsewhere: number;
      /** Multiplier when the position offers no relocation support. */
      readonly withoutSupport: number;
    };
    /** Availability fit of a candidate who is not open to work (open to work is 1). */
    readonly notOpenToWork: number;
  };
}

/** The evidence multipliers of the profile's one evidence rule, so that advice and matching agree. */
const EVIDENCE_CREDIT = Object.fromEntries(
  EVIDENCE_ORDER.map((strength) => [strength, evidenceWeight(strength)]),
) as Record<EvidenceStrength, number>;

/** The configuration in use. */
export const DEFAULT_MATCH_CONFIG: MatchConfig = {
  employerWeights: {
    // Skills are what the position is written around, so coverage of the required ones dominates;
    // "a strong portfolio is the single most important differentiator" is carried by evidence
    // multipliers inside coverage and by the evidence component.
    requiredSkills: 0.55,
    // A bonus, never a gate: a tenth of the employer side.
    niceToHave: 0.1,
    // The guide's stages differ in scope (feature owner vs system designer), which skills lists
    // alone do not show.
    level: 0.18,
    // Projects, measured results, certifications and publications beyond the per-skill evidence.
    evidence: 0.12,
    // A fresh profile is likelier to be accurate and its owner reachable; kept small.
    recency: 0.05,
  },
  candidateWeights: {
    // What the candidate asked for (role, level, place, workplace, availability) outweighs pay,
    // since the band hard filter already removes pay mismatches beyond the tolerance.
    goals: 0.7,
    salary: 0.3,
  },
  goalWeights: {
    roleFamily: 0.3,
    level: 0.2,
    location: 0.2,
    workplace: 0.15,
    availability: 0.15,
  },
  // The taxonomy README: 0.8 near-substitutes, 0.5 same family, 0.3 loosely related. Edges below
  // 0.3 are noise for hiring and would only widen the index's posting walks.
  relatedCreditFloor: 0.3,
  // Listing "deep learning" says little about PyTorch in particular.
  parentCredit: 0.4,
  // Listing LoRA shows parameter-efficient fine-tuning; a specialisation implies most of its parent.
  childCredit: 0.8,
  // One level short (3 where 4 is asked) is a real but trainable gap; three levels short is not.
  // Every entry stays above zero so that any overlap keeps a candidate eligible.
  proficiencyShortfallCredit: [1, 0.6, 0.3, 0.12, 0.05],
  // Working knowledge (3 of 5) is all a nice-to-have asks.
  niceToHaveProficiency: 3,
  evidenceCredit: EVIDENCE_CREDIT,
  levelFit: {
    // Over-qualified people often do the job but leave sooner or cost more: a mild penalty.
    over: [1, 0.75, 0.5, 0.3],
    // Under-qualified: one stage short is a stretch hire, two stages short is not the role.
    under: [1, 0.4, 0.1, 0],
  },
  evidence: {
    // The guide: a portfolio of 3 to 5 projects; measured impact for mid and senior; a
    // certification or a publication is a plus, not a must.
    targets: { projects: 3, measuredProjects: 2, certifications: 1, publications: 1 },
    weights: { projects: 0.3, measuredProjects: 0.4, certifications: 0.1, publications: 0.2 },
  },
  // Half a year: a profile untouched for a year counts a quarter as fresh.
  recencyHalfLifeDays: 180,
  salary: {
    // The guide's Gulf packages add housing, flights and tax-free pay that a base band hides;
    // 15% above the maximum is still negotiable.
    toleranceAboveMax: 0.15,
    // Asking for the top of the band is normal; the fit falls faster beyond it.
    fitAtMax: 0.6,
  },
  goals: {
    // Not stating a wish is not a mismatch, but a stated match says more.
    unknown: 0.75,
    roleFamilyAffinity: [
      ['ml_engineer', 'mlops_engineer', 0.6],
      ['ml_engineer', 'applied_scientist', 0.6],
      ['ml_engineer', 'data_scientist', 0.4],
      ['ml_engineer', 'research_scientist', 0.4],
      ['ml_engineer', 'ml_architect', 0.5],
      ['applied_scientist', 'research_scientist', 0.7],
      ['applied_scientist', 'data_scientist', 0.6],
      ['data_scientist', 'research_scientist', 0.3],
      ['mlops_engineer', 'ml_architect', 0.5],
      ['ml_engineer', 'engineering_manager', 0.3],
      ['ml_architect', 'engineering_manager', 0.3],
    ],
    otherRoleFamily: 0.1,
    // A step up is welcome, a step down is not: −3 … +3.
    targetLevelFit: [0, 0.1, 0.4, 1, 0.8, 0.4, 0.2],
    workplaceFit: {
      onsite: { onsite: 1, hybrid: 0.8, remote: 0.5 },
      hybrid: { onsite: 0.5, hybrid: 1, remote: 0.8 },
      remote: { onsite: 0.2, hybrid: 0.5, remote: 1 },
      any: { onsite: 1, hybrid: 1, remote: 1 },
    },
    relocation: { toDesiredCountry: 1, noDesiredCountries: 0.7, elsewhere: 0.35, withoutSupport: 0.85 },
    notOpenToWork: 0.5,
  },
};

/** The level's rank in career order (junior 0 … staff 3). */
export function levelRank(level: Level): number {
  return level === 'junior' ? 0 : level === 'mid' ? 1 : level === 'senior' ? 2 : 3;
}
