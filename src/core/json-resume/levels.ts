// Free-text levels to our scales and back. JSON Resume leaves `skills[].level` and `languages[].fluency`
// as free text ("Master", "4/5", "80%", "Native speaker", "C1"), so reading is lenient and writing uses
// one fixed word per step, chosen so that writing then reading gives the same step back.
import type { Basics } from '../../contracts/profile.js';

export type Fluency = Basics['languages'][number]['fluency'];

/** Proficiency when a skill has no level at all. */
export const DEFAULT_PROFICIENCY = 3;

const LEVEL_WORDS: [RegExp, number][] = [
  // Dreyfus' "advanced beginner" is step two, not "advanced".
  [/advanced[\s-]+beginner/, 2],
  [/master|expert|guru|authority|specialist/, 5],
  [/advanced|proficient|strong|experienced|senior/, 4],
  [/intermediate|competent|working|moderate|\bmid\b|\bgood\b/, 3],
  [/elementary|basic|familiar|fundamental|limited|junior/, 2],
  [/beginner|novice|learning|introductory|entry/, 1],
];

const LEVEL_TEXT: Record<number, string> = {
  1: 'Beginner',
  2: 'Elementary',
  3: 'Intermediate',
  4: 'Advanced',
  5: 'Master',
};

function clampStep(value: number): number {
  return Math.min(5, Math.max(1, Math.round(value)));
}

function numericLevel(text: string): number | null {
  const stars = (text.match(/[★●■◉⬤]/g) ?? []).length;
  if (stars > 0) return clampStep(stars);
  const ratio = /^(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)$/.exec(text);
  if (ratio) {
    const denominator = Number(ratio[2]);
    return denominator > 0 ? clampStep((Number(ratio[1]) / denominator) * 5) : null;
  }
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
  if (percent) return clampStep(Number(percent[1]) / 20);
  if (!/^\d+(?:\.\d+)?$/.test(text)) return null;
  const n = Number(text);
  if (n <= 5) return clampStep(n);
  if (n <= 10) return clampStep(n / 2);
  if (n <= 100) return clampStep(n / 20);
  return null;
}

/** Our 1-5 proficiency for a JSON Resume level; `assumed` when the text was present but not understood. */
export function proficiencyFromLevel(level: string | undefined): { proficiency: number; assumed: boolean } {
  const text = (level ?? '').trim().toLowerCase();
  if (text === '') return { proficiency: DEFAULT_PROFICIENCY, assumed: false };
  const numeric = numericLevel(text);
  if (numeric !== null) return { proficiency: numeric, assumed: false };
  for (const [pattern, step] of LEVEL_WORDS)
    if (pattern.test(text)) return { proficiency: step, assumed: false };
  return { proficiency: DEFAULT_PROFICIENCY, assumed: true };
}

/** The JSON Resume level word we write for a 1-5 proficiency. */
export function levelFromProficiency(proficiency: number): string {
  return LEVEL_TEXT[clampStep(proficiency)] ?? 'Intermediate';
}

// Checked in order: "limited working" must be caught before "working", "full professional" before
// "professional", "upper intermediate" before "intermediate".
const FLUENCY_WORDS: [RegExp, Fluency][] = [
  [/native|mother[\s-]?tongue|bilingual|first language/, 'native'],
  [/fluent|full professional|\bc[12]\b|advanced|excellent|proficient\b/, 'full'],
  [/limited/, 'elementary'],
  [/upper[\s-]+intermediate|professional|working|business|\bb2\b|\bgood\b/, 'professional'],
  [/elementary|beginner|basic|novice|\ba[12]\b|\bb1\b|conversational|intermediate/, 'elementary'],
];

const FLUENCY_TEXT: Record<Fluency, string> = {
  elementary: 'Elementary proficiency',
  professional: 'Professional working proficiency',
  full: 'Fluent',
  native: 'Native speaker',
};

/** Our fluency for a JSON Resume fluency text; `assumed` (professional) when it was missing or not understood. */
export function fluencyFromText(fluency: string | undefined): { fluency: Fluency; assumed: boolean } {
  const text = (fluency ?? '').trim().toLowerCase();
  for (const [pattern, value] of FLUENCY_WORDS)
    if (pattern.test(text)) return { fluency: value, assumed: false };
  return { fluency: 'professional', assumed: true };
}

/** The JSON Resume fluency text we write for our fluency. */
export function textFromFluency(fluency: Fluency): string {
  return FLUENCY_TEXT[fluency];
}
