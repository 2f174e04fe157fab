// Index-based views of the skill pool, precomputed once so that generating a profile is array
// lookups rather than map lookups and filtering, millions of times over.
import type { Specialisation } from './skill-pool.js';
import { SKILLS, SPECIALISATIONS, STAGE_CORE_SLOTS, skillIndex } from './skill-pool.js';
import { STAGE_RANK, STAGES } from './stages.js';

/** The year demo profiles are "as of": fixed, because the generators may not read the clock. */
export const REFERENCE_YEAR = 2026;

/** Number of demo skills. */
export const SKILL_COUNT = SKILLS.length;

/** Skill ids by index. */
export const SKILL_ID: readonly string[] = SKILLS.map((s) => s.id);

/** Stage rank (0-3) at which each skill is typically picked up. */
export const SKILL_TIER = Uint8Array.from(SKILLS, (s) => STAGE_RANK[s.tier]);

/** Most years anyone can have with each skill, given when the technology appeared. */
export const SKILL_MAX_YEARS = Float64Array.from(SKILLS, (s) =>
  s.since === undefined ? Number.POSITIVE_INFINITY : REFERENCE_YEAR - s.since,
);

/** Core slots per stage rank, as skill indexes. */
export const CORE_SLOTS: readonly (readonly (readonly number[])[])[] = STAGES.map((stage) =>
  STAGE_CORE_SLOTS[stage].map((slot) => slot.map(skillIndex)),
);

/** Skill indexes of each specialisation, anchor first. */
export const SPEC_SKILLS: Readonly<Record<Specialisation, readonly number[]>> = {
  nlp: SPECIALISATIONS.nlp.skills.map(skillIndex),
  cv: SPECIALISATIONS.cv.skills.map(skillIndex),
  recsys: SPECIALISATIONS.recsys.skills.map(skillIndex),
  llm: SPECIALISATIONS.llm.skills.map(skillIndex),
  mlops: SPECIALISATIONS.mlops.skills.map(skillIndex),
  'data-eng': SPECIALISATIONS['data-eng'].skills.map(skillIndex),
};

/** Optional (non-core) skills someone at each stage rank may list besides their specialisation. */
export const EXTRA_SKILLS: readonly (readonly number[])[] = STAGES.map((_, rank) =>
  SKILLS.flatMap((s, i) => (s.coreAt === null && STAGE_RANK[s.tier] <= rank ? [i] : [])),
);

/** Index of a skill by id; for the handful the generators refer to by name. */
export const SKILL = {
  python: skillIndex('python'),
  arabicNlp: skillIndex('arabic-nlp'),
  distributedTraining: skillIndex('distributed-training'),
  llmFineTuning: skillIndex('llm-fine-tuning'),
  mlArchitecture: skillIndex('ml-architecture'),
  peopleManagement: skillIndex('people-management'),
  hiring: skillIndex('hiring'),
  pytorch: skillIndex('pytorch'),
  tensorflow: skillIndex('tensorflow'),
} as const;

/** Headline wording of each skill by index. */
export const SKILL_PHRASE: readonly string[] = SKILLS.map((s) => s.phrase ?? s.name);
