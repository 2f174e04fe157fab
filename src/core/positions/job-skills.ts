// Skills between the job format (groups of free-text names with a free-text level) and ours (taxonomy
// ids with a minimum proficiency 1-5, required or nice to have). Every name and keyword goes through the
// catalogue's normaliser; a group's level applies to its keywords.
import type { PositionBody } from '../../contracts/positions.js';
import type { JsonResumeJobSkill } from './job-document.js';
import type { ImportNote, JobImportReport } from './job-types.js';

/** The normaliser the importer is given (the skills catalogue's, in production). */
export type NormaliseSkill = (name: string) => { skillId: string; confidence: number } | null;

/** The contract's caps (positionBody): at most this many skills in each list. */
export const MAX_SKILLS_PER_LIST = 40;
/** The proficiency assumed when a level says nothing we recognise. */
export const DEFAULT_MIN_PROFICIENCY = 3;
const SKILL_ID = /^[a-z0-9][a-z0-9+#.-]{0,79}$/;
const NICE = /\b(nice|optional|bonus|plus|preferred|desirable)\b/i;
const PROFICIENCIES: [RegExp, number][] = [
  [/\b(master|expert)\b/i, 5],
  [/\b(advanced|strong)\b/i, 4],
  [/\b(intermediate|proficient|working)\b/i, 3],
  [/\b(beginner|basic)\b/i, 2],
  [/\b(novice|familiar|awareness)\b/i, 1],
];
/** How export writes each proficiency; the patterns above read each back. */
export const PROFICIENCY_WORDS = ['', 'Novice', 'Beginner', 'Intermediate', 'Advanced', 'Master'] as const;
export const NICE_TO_HAVE_WORDS = 'Nice to have';

export interface ImportedSkills {
  requiredSkills: PositionBody['requiredSkills'];
  niceToHaveSkills: PositionBody['niceToHaveSkills'];
  matchedSkills: JobImportReport['matchedSkills'];
  unmatchedSkills: string[];
  dropped: ImportNote[];
}

interface Mention {
  name: string;
  path: string;
  level: string | undefined;
}

function mentionsOf(skills: JsonResumeJobSkill[]): Mention[] {
  return skills.flatMap((skill, i) => [
    ...(skill.name ? [{ name: skill.name, path: `skills.${i}.name`, level: skill.level }] : []),
    ...(skill.keywords ?? []).map((keyword, j) => ({
      name: keyword,
      path: `skills.${i}.keywords.${j}`,
      level: skill.level,
    })),
  ]);
}

function proficiencyOf(level: string | undefined): number {
  if (!level) return DEFAULT_MIN_PROFICIENCY;
  return PROFICIENCIES.find(([pattern]) => pattern.test(level))?.[1] ?? DEFAULT_MIN_PROFICIENCY;
}

/** Skills from the job format: required unless the level says nice to have; each id once, highest need. */
export function importSkills(skills: JsonResumeJobSkill[], normalise: NormaliseSkill): ImportedSkills {
  // Insertion order is document order, which is the employer's own priority order.
  const wanted = new Map<string, { minProficiency: number; nice: boolean }>();
  const matchedSkills: ImportedSkills['matchedSkills'] = [];
  const unmatched = new Set<string>();
  for (const mention of mentionsOf(skills)) {
    const name = mention.name.trim();
    if (name === '') continue;
    const match = normalise(name);
    if (!match || !SKILL_ID.test(match.skillId)) {
      unmatched.add(name);
      continue;
    }
    matchedSkills.push({ name, skillId: match.skillId, confidence: match.confidence });
    const nice = mention.level !== undefined && NICE.test(mention.level);
    // A nice-to-have mention states no proficiency; 0 lets a required mention of the same skill decide.
    const minProficiency = nice ? 0 : proficiencyOf(mention.level);
    const before = wanted.get(match.skillId);
    // Required beats nice to have, and the higher stated need wins.
    wanted.set(match.skillId, {
      nice: nice && (before?.nice ?? true),
      minProficiency: Math.max(minProficiency, before?.minProficiency ?? 0),
    });
  }
  const entries = [...wanted];
  const required = entries.filter(([, skill]) => !skill.nice);
  const niceToHave = entries.filter(([, skill]) => skill.nice);
  const dropped: ImportNote[] = [];
  for (const [list, count] of [
    ['required', required.length],
    ['nice-to-have', niceToHave.length],
  ] as const)
    if (count > MAX_SKILLS_PER_LIST)
      dropped.push({
        path: 'skills',
        reason: `${count - MAX_SKILLS_PER_LIST} ${list} skills beyond the first ${MAX_SKILLS_PER_LIST} were left out`,
      });
  return {
    requiredSkills: required.slice(0, MAX_SKILLS_PER_LIST).map(([skillId, skill]) => ({
      skillId,
      minProficiency: skill.minProficiency || DEFAULT_MIN_PROFICIENCY,
    })),
    niceToHaveSkills: niceToHave.slice(0, MAX_SKILLS_PER_LIST).map(([skillId]) => ({ skillId })),
    matchedSkills,
    unmatchedSkills: [...unmatched],
    dropped,
  };
}

/** Our skills in the job format: one entry per skill, its level saying how much or "Nice to have". */
export function exportSkills(
  required: { name: string; minProficiency: number }[],
  niceToHave: { name: string }[],
): JsonResumeJobSkill[] {
  return [
    ...required.map((skill) => ({
      name: skill.name,
      level: PROFICIENCY_WORDS[skill.minProficiency] || PROFICIENCY_WORDS[DEFAULT_MIN_PROFICIENCY],
    })),
    ...niceToHave.map((skill) => ({ name: skill.name, level: NICE_TO_HAVE_WORDS })),
  ];
}
