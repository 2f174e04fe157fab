// The changes that would raise a match's score most, found by re-scoring hypothetical versions of
// the candidate with the kernel: add a missing skill, reach a minimum, back a skill with measured
// work, state an unstated goal, add a project, refresh the profile. Each hypothesis changes the
// candidate's flattened facts or skill codes exactly as editing the profile would (improvements
// tests check this against scorePair on the edited candidate). Pay is never suggested: asking a
// candidate to want less is not advice the marketplace gives.

import { findSkill } from '../skills/index.js';
import { skillCode } from './codes.js';
import type { CompiledPosition } from './compile.js';
import { proficiencyCode } from './compile.js';
import type { CandidateSkillCodes } from './facts.js';
import { evidenceCount } from './facts.js';
import type { CandidateFacts } from './kernel.js';
import { harmonicFit, harmonicFitForSkills } from './kernel.js';
import type { Improvement, ImprovementDetail, ImprovementKind } from './result.js';
import type { CandidateBasics } from './score.js';

/** A change worth naming: what the improvement says. */
interface Change {
  kind: ImprovementKind;
  skillId?: string;
  /** The sentence's particulars for other languages (see ImprovementDetail). */
  detail: ImprovementDetail;
  /** Worded only for the changes kept (most are not). */
  message: () => string;
}

/** A change to the candidate's facts (goals, evidence, upkeep), tried with their skills as they are. */
interface FactsChange extends Change {
  facts: CandidateFacts;
}

const skillName = (id: string) => findSkill(id)?.name ?? id;
const USED_IN_PROJECT = 1;
const MEASURED_PROJECT = 2;

/**
 * Per term, the best credit among the candidate's skills, the skill giving it, and the best among
 * the others: a change to one skill then re-credits only the terms that skill is a source of.
 */
interface TopTwo {
  first: Float64Array;
  firstSkill: Int32Array;
  second: Float64Array;
}

function topTwo(cp: CompiledPosition, own: CandidateSkillCodes): TopTwo {
  const first = new Float64Array(cp.termCount);
  const firstSkill = new Int32Array(cp.termCount).fill(-1);
  const second = new Float64Array(cp.termCount);
  const { sourceTerm, sourceWeight, credit: table, termBase } = cp;
  own.skills.forEach((skill, i) => {
    const range = cp.sourceRange.get(skill);
    if (range === undefined) return;
    const code = own.codes[i] ?? 0;
    for (let j = range[0]; j < range[1]; j++) {
      const term = sourceTerm[j] ?? 0;
      // The same arithmetic as the kernel's creditSkill, so the same credits.
      const credit = (sourceWeight[j] ?? 0) * (table[(termBase[term] ?? 0) + code] ?? 0);
      if (credit > (first[term] ?? 0)) {
        second[term] = first[term] ?? 0;
        first[term] = credit;
        firstSkill[term] = skill;
      } else if (credit > (second[term] ?? 0)) second[term] = credit;
    }
  });
  return { first, firstSkill, second };
}

/**
 * best[term] for the candidate's skills with one skill set to a proficiency code (or none changed):
 * the best of the other skills, and the changed skill's own credit. The same values as crediting
 * every skill again (a max does not depend on order), in time of the changed skill's sources.
 */
function creditWith(
  cp: CompiledPosition,
  top: TopTwo,
  skill: number,
  proficiency: number,
  best: Float64Array,
): void {
  best.set(top.first);
  const range = cp.sourceRange.get(skill);
  if (range === undefined) return;
  const { sourceTerm, sourceWeight, credit: table, termBase } = cp;
  for (let j = range[0]; j < range[1]; j++) {
    const term = sourceTerm[j] ?? 0;
    const others = top.firstSkill[term] === skill ? (top.second[term] ?? 0) : (top.first[term] ?? 0);
    const credit = (sourceWeight[j] ?? 0) * (table[(termBase[term] ?? 0) + proficiency] ?? 0);
    best[term] = Math.max(credit, others);
  }
}

/**
 * Up to three changes with a gain of at least 0.1 points, largest gain first. Skill changes are
 * tried first, then goals, then profile upkeep (equal gains keep that order); a change is worded
 * only when its gain is worth naming, since a ranking explains every result it returns and most
 * tries gain nothing.
 */
export function findImprovements(
  candidate: CandidateBasics,
  cp: CompiledPosition,
  /** parts: the component values harmonicFit wrote for the candidate as they are. */
  base: { score: number; facts: CandidateFacts; skills: CandidateSkillCodes; parts: Float64Array },
  nowMs: number,
): Improvement[] {
  const top = topTwo(cp, base.skills);
  const best = new Float64Array(cp.termCount);
  const found: Array<{ change: Change; gain: number }> = [];
  const gainOf = (fit: number) => Math.round((100 * fit - base.score) * 10) / 10;
  // A skill change keeps every other component: only the skill credits are computed again.
  const skillGain = (skill: number, proficiency: number) => {
    creditWith(cp, top, skill, proficiency, best);
    return gainOf(harmonicFitForSkills(cp, best, base.parts));
  };
  const { skills: held, codes } = base.skills;
  for (let term = 0; term < cp.termCount; term++) {
    const skillId = cp.termSkillId[term] ?? '';
    const code = skillCode(skillId);
    const minimum = cp.termMinimum[term] ?? 1;
    const required = term < cp.requiredCount;
    const at = held.indexOf(code);
    if (at < 0) {
      const gain = skillGain(code, proficiencyCode(minimum, USED_IN_PROJECT));
      if (gain >= 0.1) found.push({ change: addSkill(skillId, required, minimum), gain });
      continue;
    }
    const mine = codes[at] ?? 0;
    const proficiency = mine >> 2;
    const evidence = mine & 3;
    if (required && proficiency < minimum) {
      const gain = skillGain(code, proficiencyCode(minimum, evidence));
      if (gain >= 0.1) found.push({ change: raiseProficiency(skillId, proficiency, minimum), gain });
    }
    if (evidence < MEASURED_PROJECT) {
      const gain = skillGain(code, proficiencyCode(proficiency, MEASURED_PROJECT));
      if (gain >= 0.1) found.push({ change: backWithEvidence(skillId), gain });
    }
  }
  best.set(top.first);
  for (const change of factsChanges(candidate, cp, base.facts, nowMs)) {
    const gain = gainOf(harmonicFit(cp, change.facts, best, nowMs, null));
    if (gain >= 0.1) found.push({ change, gain });
  }
  // Stable sort: equal gains keep the order above.
  return found
    .sort((a, b) => b.gain - a.gain)
    .slice(0, 3)
    .map(({ change, gain }) => {
      const improvement: Improvement = {
        kind: change.kind,
        gain,
        message: change.message(),
        ...change.detail,
      };
      if (change.skillId !== undefined) improvement.skillId = change.skillId;
      return improvement;
    });
}

function addSkill(skillId: string, required: boolean, minimum: number): Change {
  return {
    kind: 'add_skill',
    skillId,
    detail: required ? { required, minimum } : { required },
    message: () =>
      required
        ? `Add ${skillName(skillId)} at ${minimum}/5 or above, backed by a project: the position requires it.`
        : `Add ${skillName(skillId)}, backed by a project: the position would like it.`,
  };
}

function raiseProficiency(skillId: string, current: number, minimum: number): Change {
  return {
    kind: 'raise_proficiency',
    skillId,
    detail: { current, minimum },
    message: () => `Raise ${skillName(skillId)} from ${current}/5 to the required ${minimum}/5.`,
  };
}

function backWithEvidence(skillId: string): Change {
  return {
    kind: 'add_evidence',
    skillId,
    detail: {},
    message: () => `Back ${skillName(skillId)} with a project that has measured results and a public link.`,
  };
}

/** The changes to a candidate's facts worth trying, in the order they are offered. */
function* factsChanges(
  candidate: CandidateBasics,
  cp: CompiledPosition,
  facts: CandidateFacts,
  nowMs: number,
): Generator<FactsChange> {
  const position = cp.position;
  if (candidate.targetRoleFamily === null) {
    yield {
      kind: 'set_goal',
      detail: { goal: 'role_family' },
      message: () => 'State the role family you are aiming for.',
      facts: { ...facts, targetRoleFamily: cp.roleFamilyCode },
    };
  }
  if (candidate.targetLevel === null) {
    yield {
      kind: 'set_goal',
      detail: { goal: 'level' },
      message: () => 'State the level you are aiming for.',
      facts: { ...facts, targetLevel: cp.levelRank },
    };
  }
  if (!candidate.openToWork) {
    yield {
      kind: 'set_goal',
      detail: { goal: 'open_to_work' },
      message: () => 'Mark your profile as open to work.',
      facts: { ...facts, openToWork: true },
    };
  }
  const destination = position.countries[0];
  const local = facts.country >= 0 && cp.countries.has(facts.country);
  if (
    position.workplace !== 'remote' &&
    !local &&
    !facts.desiresPositionCountry &&
    destination !== undefined
  ) {
    yield {
      kind: 'set_goal',
      detail: { goal: 'relocate', country: destination },
      message: () => `Add ${destination} to the countries you would move to.`,
      facts: { ...facts, desiresPositionCountry: true, hasDesiredCountries: true },
    };
  }
  yield {
    kind: 'add_evidence',
    detail: { evidence: 'project' },
    message: () => 'Add a project with measured results and a public link.',
    facts: {
      ...facts,
      projects: evidenceCount(candidate.projects + 1),
      measuredProjects: evidenceCount(candidate.measuredProjects + 1),
    },
  };
  if (candidate.publications === 0) {
    yield {
      kind: 'add_evidence',
      detail: { evidence: 'publication' },
      message: () => 'Add a publication, a conference talk or a technical write-up.',
      facts: { ...facts, publications: 1 },
    };
  }
  yield {
    kind: 'refresh_profile',
    detail: {},
    message: () => 'Review your profile and save it, so employers see it is current.',
    facts: { ...facts, updatedAtMs: nowMs },
  };
}
