// Demo candidate profiles: each a pure function of (seed, index), so any slice of a large demo
// population can be generated on its own, in any order, in parallel.
import type { CountryCode, Region } from './geography.js';
import { countryByCode, drawCity } from './geography.js';
import type { Culture } from './names.js';
import { drawName } from './names.js';
import { clamp, entityKey, Rng, rngFor, round1, roundTo, weightedTable } from './random.js';
import { salaryBandUsd, skillPremium } from './salary.js';
import type { Specialisation } from './skill-pool.js';
import { SPECIALISATIONS } from './skill-pool.js';
import {
  CORE_SLOTS,
  EXTRA_SKILLS,
  SKILL,
  SKILL_COUNT,
  SKILL_ID,
  SKILL_MAX_YEARS,
  SKILL_PHRASE,
  SKILL_TIER,
  SPEC_SKILLS,
} from './skill-tables.js';
import type { Stage } from './stages.js';
import { STAGE_RANK, STAGE_SHARE, STAGE_YEARS, STAGES } from './stages.js';

/** Domain of every generated address; .test is reserved (RFC 2606), so no mail can leave by accident. */
export const DEMO_EMAIL_DOMAIN = 'demo.aitalenthub.test';

/** One skill on a profile. */
export interface DemoSkill {
  skillId: string;
  /** 1 (aware) … 5 (expert). */
  proficiency: number;
  /** Years of use, one decimal; may exceed the career by up to PRE_CAREER_YEARS of study. */
  years: number;
}

export type RemotePreference = 'onsite' | 'hybrid' | 'remote' | 'any';

/** A generated candidate profile, ready to seed a user, a candidate profile and its skills. */
export interface DemoCandidate {
  /** Stable key, 'c-000123'. */
  key: string;
  index: number;
  givenName: string;
  familyName: string;
  /** Arabic-script name, for candidates with Arabic names. */
  displayNameAr?: string;
  culture: Culture;
  /** Unique by index: 'layla.haddad.123@demo.aitalenthub.test'. */
  email: string;
  country: CountryCode;
  city: string;
  region: Region;
  stage: Stage;
  /** One decimal, inside the stage's range (junior 0-1.9, mid 2-3.9, senior 4-6.9, staff 7-20). */
  yearsExperience: number;
  headline: string;
  /** Null only for juniors who have not specialised yet. */
  specialisation: Specialisation | null;
  skills: DemoSkill[];
  openToWork: boolean;
  remotePreference: RemotePreference;
  willingToRelocate: boolean;
  /** Yearly minimum in USD, inside the guide's band for the stage and market (plus its skill premium). */
  minimumSalaryUsd: number;
}

/** Years of study before the first job that a skill's years may include (degree, bootcamp). */
export const PRE_CAREER_YEARS = 2;

/** Fewest skills on a generated profile. */
export const CANDIDATE_SKILLS_MIN = 8;
/** Most skills on a generated profile: long lists read as keyword stuffing. */
export const CANDIDATE_SKILLS_MAX = 25;

// Where candidates live: the Gulf is the marketplace's home market, India and the West its largest
// talent pools. Weights are relative shares of the demo population.
const COUNTRY_TABLE = weightedTable<CountryCode>([
  ['AE', 13],
  ['SA', 9],
  ['QA', 4],
  ['JO', 2],
  ['IN', 18],
  ['PK', 4],
  ['US', 12],
  ['CA', 3],
  ['GB', 7],
  ['IE', 2],
  ['DE', 5],
  ['FR', 3],
  ['NL', 3],
  ['ES', 2],
  ['SG', 2],
  ['NG', 3],
  ['KE', 2],
  ['BR', 2],
]);

const STAGE_TABLE = weightedTable(STAGES.map((stage) => [stage, STAGE_SHARE[stage]] as const));

// Juniors are often generalists still; the guide advises specialising from the mid level on.
const JUNIOR_SPEC_TABLE = weightedTable<Specialisation | null>([
  [null, 45],
  ['llm', 20],
  ['cv', 10],
  ['nlp', 8],
  ['mlops', 7],
  ['data-eng', 7],
  ['recsys', 3],
]);
const SPEC_TABLE = weightedTable<Specialisation | null>([
  ['llm', 26],
  ['mlops', 18],
  ['cv', 15],
  ['nlp', 14],
  ['data-eng', 15],
  ['recsys', 12],
]);

// Chance of listing a core skill of stage t for a candidate at stage s ([s][t]): people drop the
// basics from their profile as they grow, which also keeps senior profiles under 25 skills.
const CORE_LISTING: readonly (readonly number[])[] = [
  [0.8],
  [0.5, 0.75],
  [0.25, 0.45, 0.55],
  [0.2, 0.3, 0.4],
];

/** Paths beyond senior that the guide describes. */
type StaffTrack = 'ic' | 'architect' | 'manager';
const STAFF_TRACK_TABLE = weightedTable<StaffTrack>([
  ['ic', 50],
  ['architect', 20],
  ['manager', 30],
]);
// Staff core listing chance per track, in STAGE_CORE_SLOTS.staff order: ml-architecture,
// technical-strategy, cross-team-leadership, hiring, people-management, ai-governance.
const STAFF_LISTING: Readonly<Record<StaffTrack, readonly number[]>> = {
  ic: [0.6, 0.8, 0.8, 0.4, 0.05, 0.4],
  architect: [1, 0.8, 0.6, 0.3, 0.05, 0.6],
  manager: [0.3, 0.7, 0.6, 0.95, 1, 0.5],
};

// When people start picking up skills of each tier: a little before reaching the stage.
const TIER_START_YEARS = [0, 1.2, 2.5, 4.5];

const SPEC_COUNT: readonly (readonly [number, number])[] = [
  [2, 3],
  [2, 4],
  [3, 5],
  [3, 6],
];

const TITLES: Readonly<Record<Stage, readonly string[]>> = {
  junior: ['Junior ML Engineer', 'ML Engineer I', 'Associate Data Scientist'],
  mid: ['ML Engineer II', 'Machine Learning Engineer', 'Applied Scientist'],
  senior: ['Senior ML Engineer', 'Senior ML Engineer', 'Senior Applied Scientist'],
  staff: ['Staff ML Engineer', 'Principal ML Engineer'],
};
const MLOPS_TITLES: Readonly<Record<Stage, string>> = {
  junior: 'Junior MLOps Engineer',
  mid: 'MLOps Engineer',
  senior: 'Senior MLOps Engineer',
  staff: 'Principal MLOps Engineer',
};
const ARCHITECT_TITLES = ['ML Architect', 'Principal ML Architect'];
const MANAGER_TITLES = ['ML Engineering Manager', 'Head of Machine Learning'];

const OPEN_TO_WORK = [0.7, 0.55, 0.45, 0.35];

const REMOTE_GULF = weightedTable<RemotePreference>([
  ['onsite', 30],
  ['hybrid', 35],
  ['remote', 15],
  ['any', 20],
]);
const REMOTE_ELSEWHERE = weightedTable<RemotePreference>([
  ['onsite', 15],
  ['hybrid', 35],
  ['remote', 30],
  ['any', 20],
]);

// Moving abroad is most attractive from markets that pay well below the Gulf and the West.
const RELOCATE_CHANCE: Readonly<Record<Region, number>> = {
  'north-america': 0.2,
  europe: 0.3,
  uk: 0.3,
  'south-asia': 0.6,
  gulf: 0.35,
  levant: 0.6,
  'asia-pacific': 0.3,
  africa: 0.6,
  'latin-america': 0.5,
};

// Generation is synchronous and never re-entered, so one scratch buffer serves every call and
// spares an allocation per candidate.
const taken = new Uint8Array(SKILL_COUNT);
const proficiencyOf = new Uint8Array(SKILL_COUNT);
const chosen = new Uint16Array(CANDIDATE_SKILLS_MAX);
const scratchRng = new Rng(0, 0, 0, 0);

function proficiency(rng: Rng, mean: number): number {
  return clamp(Math.round(rng.normal(mean, 0.6)), 1, 5);
}

function skillYears(skill: number, raw: number, experience: number): number {
  const cap = Math.min(experience + PRE_CAREER_YEARS, SKILL_MAX_YEARS[skill] ?? 0);
  return clamp(round1(raw), 0.1, round1(cap));
}

interface Draft {
  readonly rng: Rng;
  readonly rank: number;
  readonly experience: number;
  readonly skills: DemoSkill[];
}

function add(draft: Draft, skill: number, level: number, years: number): void {
  if (taken[skill] === 1 || draft.skills.length >= CANDIDATE_SKILLS_MAX) return;
  taken[skill] = 1;
  proficiencyOf[skill] = level;
  draft.skills.push({
    skillId: SKILL_ID[skill] ?? '',
    proficiency: level,
    years: skillYears(skill, years, draft.experience),
  });
  chosen[draft.skills.length - 1] = skill;
}

function addCore(draft: Draft, skill: number): void {
  const { rng, rank, experience } = draft;
  const tier = SKILL_TIER[skill] ?? 0;
  // Proficiency grows with the stage and with how long ago the skill became routine.
  const level = proficiency(rng, 2.2 + 0.5 * rank + 0.5 * (rank - tier));
  const start = TIER_START_YEARS[tier] ?? 0;
  let years = Math.max(0, experience - start) * rng.between(0.5, 1);
  if (tier === 0) years += rng.between(0, PRE_CAREER_YEARS);
  add(draft, skill, level, years);
}

function addSpecialist(draft: Draft, skill: number, anchor: boolean): void {
  const { rng, rank, experience } = draft;
  const level = proficiency(rng, 2.6 + 0.6 * rank + (anchor ? 0.3 : 0));
  const years = experience * rng.between(0.3, 0.9) + (rank === 0 ? rng.between(0, 1) : 0);
  add(draft, skill, level, years);
}

function addExtra(draft: Draft, skill: number): void {
  const { rng, rank, experience } = draft;
  add(
    draft,
    skill,
    proficiency(rng, 1.8 + 0.5 * rank),
    experience * rng.between(0.2, 0.8) + rng.between(0, 0.5),
  );
}

function coreSlotPick(rng: Rng, slot: readonly number[]): number {
  return slot.length === 1 ? (slot[0] ?? 0) : rng.pick(slot);
}

function drawYears(rng: Rng, stage: Stage): number {
  const { min, max } = STAGE_YEARS[stage];
  // Staff careers have a long tail: most are 7-12 years in, a few 20.
  const raw =
    stage === 'staff' ? min + Math.min(max - min, -Math.log(1 - rng.float()) * 4) : rng.between(min, max);
  // Truncating (not rounding) keeps 1.97 years a junior's 1.9 rather than a mid-level 2.0.
  return Math.min(max, Math.floor(raw * 10) / 10);
}

function qualifiesForPremium(rank: number, spec: Specialisation | null): boolean {
  // The guide's "Top Skills Premium" column, one condition per stage.
  switch (rank) {
    case 0:
      for (const skill of SPEC_SKILLS.llm) if (taken[skill] === 1) return true;
      return false;
    case 1:
      return spec === 'mlops';
    case 2:
      return (proficiencyOf[SKILL.distributedTraining] ?? 0) >= 4 && taken[SKILL.distributedTraining] === 1;
    default:
      return taken[SKILL.llmFineTuning] === 1 && taken[SKILL.mlArchitecture] === 1;
  }
}

function headline(
  rng: Rng,
  stage: Stage,
  track: StaffTrack,
  spec: Specialisation | null,
  focus: number,
): string {
  let title: string;
  if (track === 'architect') title = rng.pick(ARCHITECT_TITLES);
  else if (track === 'manager') title = rng.pick(MANAGER_TITLES);
  else if (spec === 'mlops') title = MLOPS_TITLES[stage];
  else title = rng.pick(TITLES[stage]);

  if (spec === null) {
    const framework = taken[SKILL.tensorflow] === 1 && taken[SKILL.pytorch] !== 1 ? 'TensorFlow' : 'PyTorch';
    return `${title} — Python & ${framework}`;
  }
  const label = SPECIALISATIONS[spec].label;
  return focus < 0 ? `${title} — ${label}` : `${title} — ${label} & ${SKILL_PHRASE[focus]}`;
}

/** Candidate #index of the demo population for the seed; the same whatever else is generated. */
export function generateCandidate(seed: number, index: number): DemoCandidate {
  const rng = rngFor(seed, 'candidate', index, scratchRng);
  const skills: DemoSkill[] = [];
  try {
    return buildCandidate(rng, index, skills);
  } finally {
    // Reset only what this candidate touched: cheaper than clearing the whole buffer, and done
    // even if generation failed so the next candidate starts clean.
    for (let i = 0; i < skills.length; i++) {
      const skill = chosen[i] ?? 0;
      taken[skill] = 0;
      proficiencyOf[skill] = 0;
    }
  }
}

function buildCandidate(rng: Rng, index: number, skills: DemoSkill[]): DemoCandidate {
  const countryCode = rng.weighted(COUNTRY_TABLE);
  const country = countryByCode(countryCode);
  const city = drawCity(rng, countryCode);
  const name = drawName(rng, countryCode);

  const stage = rng.weighted(STAGE_TABLE);
  const rank = STAGE_RANK[stage];
  const experience = drawYears(rng, stage);
  const track: StaffTrack = rank === 3 ? rng.weighted(STAFF_TRACK_TABLE) : 'ic';
  const spec = rng.weighted(rank === 0 ? JUNIOR_SPEC_TABLE : SPEC_TABLE);

  const draft: Draft = { rng, rank, experience, skills };

  // Priority order, since the list is capped: Python, the current stage's core, the
  // specialisation, earlier stages' core, then a few extras.
  addCore(draft, SKILL.python);
  const listing = CORE_LISTING[rank] ?? [];
  const currentSlots = CORE_SLOTS[rank] ?? [];
  const staffListing = STAFF_LISTING[track];
  for (let i = 0; i < currentSlots.length; i++) {
    const p = rank === 3 ? (staffListing[i] ?? 0) : (listing[rank] ?? 0);
    if (rng.chance(p)) addCore(draft, coreSlotPick(rng, currentSlots[i] ?? []));
  }

  let focus = -1;
  if (spec !== null) {
    const specSkills = SPEC_SKILLS[spec];
    addSpecialist(draft, specSkills[0] ?? 0, true);
    const arabicSpeaker = name.culture === 'arab-gulf' || name.culture === 'arab-levant';
    if (spec === 'nlp' && (arabicSpeaker ? rng.chance(0.8) : country.region === 'gulf' && rng.chance(0.3))) {
      addSpecialist(draft, SKILL.arabicNlp, false);
    }
    const [lo, hi] = SPEC_COUNT[rank] ?? [1, 2];
    const wanted = rng.int(lo, hi);
    for (let added = 1, tries = 0; added < wanted && tries < wanted * 4; tries++) {
      const skill = specSkills[rng.int(1, specSkills.length - 1)] ?? 0;
      if (taken[skill] !== 1) {
        addSpecialist(draft, skill, false);
        // The headline names a specialist skill, not a basic like pandas that many list.
        if (focus < 0 && (SKILL_TIER[skill] ?? 0) > 0) focus = skill;
        added++;
      }
    }
  }

  for (let tier = rank - 1; tier >= 0; tier--) {
    const slots = CORE_SLOTS[tier] ?? [];
    const p = listing[tier] ?? 0;
    for (const slot of slots) if (rng.chance(p)) addCore(draft, coreSlotPick(rng, slot));
  }

  const extras = EXTRA_SKILLS[rank] ?? [];
  for (let n = rng.int(0, 2); n > 0; n--) addExtra(draft, rng.pick(extras));

  // Top up thin profiles with the basics every ML engineer has.
  const basics = CORE_SLOTS[0] ?? [];
  for (let i = 0; draft.skills.length < CANDIDATE_SKILLS_MIN && i < basics.length; i++) {
    addCore(draft, (basics[i] ?? [])[0] ?? 0);
  }

  const band = salaryBandUsd(stage, countryCode);
  let ask = band.min + (band.max - band.min) * rng.between(0, 0.6);
  if (qualifiesForPremium(rank, spec)) ask *= 1 + skillPremium(stage);

  return {
    key: entityKey('c', index),
    index,
    givenName: name.given.en,
    familyName: name.family.en,
    displayNameAr:
      name.given.ar === undefined ? undefined : `${name.given.ar} ${name.family.ar ?? ''}`.trim(),
    culture: name.culture,
    email: `${name.given.slug}.${name.family.slug}.${index}@${DEMO_EMAIL_DOMAIN}`,
    country: countryCode,
    city,
    region: country.region,
    stage,
    yearsExperience: experience,
    headline: headline(rng, stage, track, spec, focus),
    specialisation: spec,
    skills: draft.skills,
    openToWork: rng.chance(OPEN_TO_WORK[rank] ?? 0.5),
    remotePreference: rng.weighted(country.region === 'gulf' ? REMOTE_GULF : REMOTE_ELSEWHERE),
    willingToRelocate: rng.chance(RELOCATE_CHANCE[country.region] + (rank === 0 ? 0.1 : 0)),
    minimumSalaryUsd: Math.max(1000, roundTo(ask, 1000)),
  };
}

/** Streams candidates start … start+count-1 without keeping them; identical to generating each alone. */
export function* generateCandidates(opts: {
  seed: number;
  count: number;
  start?: number;
}): Generator<DemoCandidate> {
  const start = opts.start ?? 0;
  for (let i = start; i < start + opts.count; i++) yield generateCandidate(opts.seed, i);
}
