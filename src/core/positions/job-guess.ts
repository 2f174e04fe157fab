// Our fields that the job format lacks or holds as free text, read from the words employers use. Each
// returns null when the words say nothing, so the importer can fall back to a default and say so.

import { stageForYears } from '../profile/stage.js';
import type { EmploymentType, Level, RoleFamily } from './job-types.js';

// Order matters: the more specific family wins ("ML Platform Engineering Manager" is a manager).
const ROLE_FAMILIES: [RegExp, RoleFamily][] = [
  [/\b(manager|head of|director|vp)\b/, 'engineering_manager'],
  [/\barchitect\b/, 'ml_architect'],
  [/\b(mlops|ml ops|llmops|(ml|machine learning|ai) (platform|infrastructure))\b/, 'mlops_engineer'],
  [/\bapplied scientist\b/, 'applied_scientist'],
  [/\b(research|researcher)\b/, 'research_scientist'],
  [/\bdata scien(ce|tist)\b/, 'data_scientist'],
  [/\b(machine learning|ml|ai|deep learning|nlp|computer vision|llm|genai)\b/, 'ml_engineer'],
];

/** The role family a job title names, or null when it names none of ours. */
export function roleFamilyFromTitle(title: string): RoleFamily | null {
  const words = title.toLowerCase();
  return ROLE_FAMILIES.find(([pattern]) => pattern.test(words))?.[1] ?? null;
}

const LEVELS: [RegExp, Level][] = [
  [/\b(staff|principal|distinguished)\b/, 'staff'],
  [/\b(senior|sr|lead)\b/, 'senior'],
  [/\b(mid|middle|intermediate)\b/, 'mid'],
  [/\b(junior|jr|entry|graduate|intern|trainee)\b/, 'junior'],
];
const YEARS = /(\d+(?:\.\d+)?)\s*\+?\s*(?:years?|yrs?)\b/;

/** The level that words such as "Senior", "Mid-level" or "5+ years" name, or null. */
export function levelFromText(text: string): Level | null {
  const words = text.toLowerCase();
  const named = LEVELS.find(([pattern]) => pattern.test(words))?.[1];
  if (named) return named;
  const years = YEARS.exec(words)?.[1];
  return years === undefined ? null : stageForYears(Number(years));
}

const EMPLOYMENT_TYPES: [RegExp, EmploymentType][] = [
  [/\bintern(ship)?\b/, 'INTERN'],
  [/\bpart[\s-]?time\b/, 'PART_TIME'],
  [/\b(contract(or)?|freelance|consultant)\b/, 'CONTRACTOR'],
  [/\b(temporary|temp|fixed[\s-]?term|seasonal)\b/, 'TEMPORARY'],
  [/\b(full[\s-]?time|permanent)\b/, 'FULL_TIME'],
];

/** The employment type the job format's free-text `type` names, or null. */
export function employmentTypeFromText(type: string): EmploymentType | null {
  const words = type.toLowerCase();
  return EMPLOYMENT_TYPES.find(([pattern]) => pattern.test(words))?.[1] ?? null;
}

/** How the job format's `type` reads for each of ours. */
export const EMPLOYMENT_TYPE_WORDS: Record<EmploymentType, string> = {
  FULL_TIME: 'Full-time',
  PART_TIME: 'Part-time',
  CONTRACTOR: 'Contract',
  TEMPORARY: 'Temporary',
  INTERN: 'Internship',
};

/** How the job format's `experience` reads for each level; levelFromText reads each back. */
export const LEVEL_WORDS: Record<Level, string> = {
  junior: 'Junior',
  mid: 'Mid-level',
  senior: 'Senior',
  staff: 'Staff',
};
