// What the matcher returns for a (candidate, position) pair: a score with its explanation, or the
// hard filter that excluded the pair.
import type { ExclusionParticulars } from '../../contracts/matching.js';
import type { ExclusionCode } from './kernel.js';
import type { SourceRelation } from './sources.js';
import type { EvidenceStrength } from './vocabulary.js';

export type { ExclusionCode } from './kernel.js';

export type ComponentKey =
  | 'required_skills'
  | 'nice_to_have'
  | 'level'
  | 'evidence'
  | 'recency'
  | 'goals'
  | 'salary';

/** One component of the score. */
export interface MatchComponent {
  key: ComponentKey;
  /** Employer: what the position needs. Candidate: what the candidate wants. */
  side: 'employer' | 'candidate';
  /** The component's weight within its side (each side's weights sum to 1). */
  weight: number;
  /** 0..1. */
  value: number;
  /** Score points (0-100 scale); all contributions sum to rawScore. */
  contribution: number;
}

/** A wanted skill the candidate holds itself. */
export interface MatchedSkill {
  skillId: string;
  required: boolean;
  proficiency: number;
  /** The position's minimum; null for a nice-to-have skill. */
  minProficiency: number | null;
  strength: EvidenceStrength;
  /** 0..1: proficiency credit × evidence credit. */
  credit: number;
}

/** A wanted skill credited (more) through another skill the candidate holds. */
export interface RelatedSkillCredit {
  /** The wanted skill. */
  skillId: string;
  required: boolean;
  /** The candidate's skill that earned the credit. */
  via: string;
  relation: Exclude<SourceRelation, 'same'>;
  /** The taxonomy or configured weight of the relation. */
  weight: number;
  /** 0..1: weight × proficiency credit × evidence credit. */
  credit: number;
}

export type ImprovementKind =
  | 'add_skill'
  | 'raise_proficiency'
  | 'add_evidence'
  | 'set_goal'
  | 'refresh_profile';

/** Which goal a set_goal improvement states. */
export type GoalChange = 'role_family' | 'level' | 'open_to_work' | 'relocate';

/**
 * What an improvement's sentence says besides its kind and skill, so that an interface can word it
 * in any language (`message` is English).
 */
export interface ImprovementDetail {
  /** add_skill: whether the position requires the skill (else it would like it). */
  required?: boolean;
  /** add_skill of a required skill, raise_proficiency: the position's minimum (1-5). */
  minimum?: number;
  /** raise_proficiency: the candidate's proficiency now (1-5). */
  current?: number;
  /** set_goal: the goal to state. */
  goal?: GoalChange;
  /** set_goal relocate: the position's country (ISO 3166-1 alpha-2). */
  country?: string;
  /** add_evidence without a skill: a measured project, or a publication. */
  evidence?: 'project' | 'publication';
}

/** A change to the candidate's profile and what it would add to this match's score. */
export interface Improvement extends ImprovementDetail {
  kind: ImprovementKind;
  skillId?: string;
  /** Score points gained (0-100 scale), one decimal. */
  gain: number;
  message: string;
}

/** A scored pair with its explanation. */
export interface ScoredMatch {
  positionId: string;
  candidateId: string;
  excluded: null;
  /** 0-100, one decimal. */
  score: number;
  /** 0-100 before rounding: what rankings sort by and contributions sum to. */
  rawScore: number;
  /** 0..1: what the candidate wants, met. */
  candidateFit: number;
  /** 0..1: what the position needs, met. */
  employerFit: number;
  components: MatchComponent[];
  matchedSkills: MatchedSkill[];
  relatedCredit: RelatedSkillCredit[];
  /** Required skills the candidate does not list (related credit may still apply). */
  missingRequired: string[];
  /** Up to three changes that would raise the score most, best first. */
  improvements: Improvement[];
}

/** A pair a hard filter excluded. */
export interface ExcludedMatch {
  positionId: string;
  candidateId: string;
  excluded: { code: ExclusionCode; message: string; particulars: ExclusionParticulars };
}

export type MatchResult = ScoredMatch | ExcludedMatch;
