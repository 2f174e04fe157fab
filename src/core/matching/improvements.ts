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
import type { MatchCandidate } from './types.js';

interface Hypothesis {
  kind: ImprovementKind;
  skillId?: string;
  /** The sentence's particulars for other languages (see ImprovementDetail). */
  detail: ImprovementDetail;
  /** Worded only for the changes kept (most are not). */
  message: () => string;
  /** Changed facts, or null for the candidate's own. */
  facts: CandidateFacts | null;
  /** A skill set to a proficiency code, or null for no skill change. */
  skill: { code: number; proficiency: number } | null;
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
  change: Hypothesis['skill'],
  best: Float64Array,
): void {
  best.set(top.first);
  if (change === null) return;
  const range = cp.sourceRange.get(change.code);
  if (range === undefined) return;
  const { sourceTerm, sourceWeight, credit: table, termBase } = cp;
  for (let j = range[0]; j < range[1]; j++) {
    const term = sourceTerm[j] ?? 0;
    const others = top.firstSkill[term] === change.code ? (top.second[term] ?? 0) : (top.first[term] ?? 0);
    const credit = (sourceWeight[j] ?? 0) * (table[(termBase[term] ?? 0) + change.proficiency] ?? 0);
    best[term] = Math.max(credit, others);
  }
}

/** Up to three changes with a gain of at least 0.1 points, largest gain first. */
export function findImprovements(
  candidate: MatchCandidate,
  cp: CompiledPosition,
  /** parts: the component values harmonicFit wrote for the candidate as they are. */
  base: { score: number; facts: CandidateFacts; skills: CandidateSkillCodes; parts: Float64Array },
  nowMs: number,
): Improvement[] {
  const top = topTwo(cp, base.skills);
  const best = new Float64Array(cp.termCount);
  const found: Array<{ hypothesis: Hypothesis; gain: number }> = [];
  for (const hypothesis of hypotheses(candidate, cp, base, nowMs)) {
    creditWith(cp, top, hypothesis.skill, best);
    // A skill change keeps every other component: only the skill credits are computed again.
    const fit =
      hypothesis.facts === null
        ? harmonicFitForSkills(cp, best, base.parts)
        : harmonicFit(cp, hypothesis.facts, best, nowMs, null);
    const after = 100 * fit;
    const gain = Math.round((after - base.score) * 10) / 10;
    if (gain >= 0.1) found.push({ hypothesis, gain });
  }
  // Stable sort: equal gains keep the order below (skills before goals before profile upkeep).
  return found
    .sort((a, b) => b.gain - a.gain)
    .slice(0, 3)
    .map(({ hypothesis, gain }) => {
      const improvement: Improvement = {
        kind: hypothesis.kind,
        gain,
        message: hypothesis.message(),
        ...hypothesis.detail,
      };
      if (hypothesis.skillId !== undefined) improvement.skillId = hypothesis.skillId;
      return improvement;
    });
}

function* hypotheses(
  candidate: MatchCandidate,
  cp: CompiledPosition,
  base: { facts: CandidateFacts; skills: CandidateSkillCodes },
  nowMs: number,
): Generator<Hypothesis> {
  const held = new Map<number, number>();
  base.skills.skills.forEach((code, i) => {
    held.set(code, base.skills.codes[i] ?? 0);
  });
  const facts = base.facts;

  for (let term = 0; term < cp.termCount; term++) {
    const skillId = cp.termSkillId[term] ?? '';
    const code = skillCode(skillId);
    const minimum = cp.termMinimum[term] ?? 1;
    const required = term < cp.requiredCount;
    const mine = held.get(code);
    if (mine === undefined) {
      yield {
        kind: 'add_skill',
        skillId,
        detail: required ? { required, minimum } : { required },
        message: () =>
          required
            ? `Add ${skillName(skillId)} at ${minimum}/5 or above, backed by a project: the position requires it.`
            : `Add ${skillName(skillId)}, backed by a project: the position would like it.`,
        facts: null,
        skill: { code, proficiency: proficiencyCode(minimum, USED_IN_PROJECT) },
      };
      continue;
    }
    const proficiency = mine >> 2;
    const evidence = mine & 3;
    if (required && proficiency < minimum) {
      yield {
        kind: 'raise_proficiency',
        skillId,
        detail: { current: proficiency, minimum },
        message: () => `Raise ${skillName(skillId)} from ${proficiency}/5 to the required ${minimum}/5.`,
        facts: null,
        skill: { code, proficiency: proficiencyCode(minimum, evidence) },
      };
    }
    if (evidence < MEASURED_PROJECT) {
      yield {
        kind: 'add_evidence',
        skillId,
        detail: {},
        message: () =>
          `Back ${skillName(skillId)} with a project that has measured results and a public link.`,
        facts: null,
        skill: { code, proficiency: proficiencyCode(proficiency, MEASURED_PROJECT) },
      };
    }
  }

  const position = cp.position;
  if (candidate.targetRoleFamily === null) {
    yield {
      kind: 'set_goal',
      detail: { goal: 'role_family' },
      message: () => 'State the role family you are aiming for.',
      facts: { ...facts, targetRoleFamily: cp.roleFamilyCode },
      skill: null,
    };
  }
  if (candidate.targetLevel === null) {
    yield {
      kind: 'set_goal',
      detail: { goal: 'level' },
      message: () => 'State the level you are aiming for.',
      facts: { ...facts, targetLevel: cp.levelRank },
      skill: null,
    };
  }
  if (!candidate.openToWork) {
    yield {
      kind: 'set_goal',
      detail: { goal: 'open_to_work' },
      message: () => 'Mark your profile as open to work.',
      facts: { ...facts, openToWork: true },
      skill: null,
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
      skill: null,
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
    skill: null,
  };
  if (candidate.publications === 0) {
    yield {
      kind: 'add_evidence',
      detail: { evidence: 'publication' },
      message: () => 'Add a publication, a conference talk or a technical write-up.',
      facts: { ...facts, publications: 1 },
      skill: null,
    };
  }
  yield {
    kind: 'refresh_profile',
    detail: {},
    message: () => 'Review your profile and save it, so employers see it is current.',
    facts: { ...facts, updatedAtMs: nowMs },
    skill: null,
  };
}
