// Checks on the skill lists: each skill once, in one list, and from the taxonomy (matching candidates
// to positions works on skill ids, so an id we do not know could never match anyone).
import type { PositionBody } from '../../contracts/positions.js';
import type { FieldProblem } from '../errors.js';

type SkillLists = Pick<PositionBody, 'requiredSkills' | 'niceToHaveSkills'>;

function listProblems(
  ids: string[],
  list: 'requiredSkills' | 'niceToHaveSkills',
  isKnown: (id: string) => boolean,
  alsoRequired: ReadonlySet<string>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    const path = `${list}.${i}.skillId`;
    if (!isKnown(id)) problems.push({ path, message: 'Not a skill in the taxonomy', code: 'unknown_skill' });
    if (seen.has(id)) problems.push({ path, message: 'Listed twice', code: 'duplicate' });
    else if (alsoRequired.has(id))
      problems.push({ path, message: 'Already a required skill', code: 'in_both_lists' });
    seen.add(id);
  });
  return problems;
}

/** Unknown, repeated and doubly-listed skills, each at its own path. */
export function skillProblems(lists: SkillLists, isKnownSkill: (id: string) => boolean): FieldProblem[] {
  // The taxonomy lookup may be costly; ask once per id.
  const known = new Map<string, boolean>();
  const isKnown = (id: string) => {
    const cached = known.get(id);
    if (cached !== undefined) return cached;
    const answer = isKnownSkill(id);
    known.set(id, answer);
    return answer;
  };
  const required = lists.requiredSkills.map((s) => s.skillId);
  return [
    ...listProblems(required, 'requiredSkills', isKnown, new Set()),
    ...listProblems(
      lists.niceToHaveSkills.map((s) => s.skillId),
      'niceToHaveSkills',
      isKnown,
      new Set(required),
    ),
  ];
}
