// Maps one free-text skill name ('PyTorch 2.x', 'Natural Language Processing (NLP)', 'Go') to a
// taxonomy skill, as a JSON Resume import or a skill field needs. The field itself says "this is a
// skill", so short names such as 'R' or 'Go' count here without further context.
import { CONFIDENCE, extractSkills } from './extract-skills.js';
import type { IndexedForm } from './phrase-index.js';
import { SKILL_INDEX } from './skill-index.js';
import { maskMarkup, tokenise } from './surface-form.js';

/** The taxonomy skill a free-text skill name stands for, with how sure the match is (0..1]. */
export interface NormalisedSkill {
  readonly skillId: string;
  readonly confidence: number;
}

// Levels and filler words people add to a skill name: 'Advanced Python', 'Python (3 years)'.
const QUALIFIERS = new Set([
  'advanced',
  'basic',
  'basics',
  'beginner',
  'intermediate',
  'expert',
  'proficient',
  'proficiency',
  'fluent',
  'familiar',
  'familiarity',
  'strong',
  'solid',
  'good',
  'excellent',
  'experienced',
  'experience',
  'knowledge',
  'working',
  'hands',
  'on',
  'of',
  'with',
  'in',
  'skills',
  'skill',
]);
const BRACKETED = /\([^()]*\)|\[[^[\]]*\]/gu;
const VERSION_TOKEN = /^(?:v?\d+|x)$/u;
const LETTER = /\p{L}/gu;

/** A context-free name such as 'R' in a skill field is clear but not certain. */
const CONTEXT_FREE = { weak: 0.85, strong: 0.8 } as const;

function confidenceOf(form: IndexedForm, written: string): number {
  if (form.context !== 'none') return CONTEXT_FREE[form.context];
  if (form.kind === 'variant') return CONFIDENCE.variant;
  if (form.kind === 'alias') return CONFIDENCE.alias;
  return written.trim() === form.skill.name ? CONFIDENCE.exactName : CONFIDENCE.name;
}

function lookupWhole(text: string): NormalisedSkill | null {
  const tokens = tokenise(text);
  const keys = tokens.map((token) => token.key);
  // Trailing versions and levels say nothing about which skill it is: 'PyTorch 2.1', 'Python advanced'.
  while (keys.length > 1 && (VERSION_TOKEN.test(keys.at(-1) ?? '') || QUALIFIERS.has(keys.at(-1) ?? '')))
    keys.pop();
  while (keys.length > 1 && QUALIFIERS.has(keys[0] ?? '')) keys.shift();
  const key = keys.join(' ');
  const form = SKILL_INDEX.byKey.get(key);
  if (form !== undefined) return { skillId: form.skill.id, confidence: confidenceOf(form, text) };
  // 'Python3', 'TensorFlow2': a single token with a glued version.
  const bare = tokens.length === 1 ? (tokens[0]?.bareKey ?? null) : null;
  const bareForm = bare === null ? undefined : SKILL_INDEX.byKey.get(bare);
  if (bareForm !== undefined) return { skillId: bareForm.skill.id, confidence: CONFIDENCE.variant };
  return null;
}

const letterCount = (text: string) => text.match(LETTER)?.length ?? 0;

/** The taxonomy skill a single free-text skill name stands for, or null when none fits. */
export function normaliseSkillName(free: string): NormalisedSkill | null {
  const text = maskMarkup(free).trim();
  if (text === '') return null;
  const whole = lookupWhole(text) ?? lookupWhole(text.replace(BRACKETED, ' '));
  if (whole !== null) return whole;
  // A longer phrase: accept the mention that covers most of it ('Machine learning engineering').
  const letters = letterCount(text);
  let best: NormalisedSkill | null = null;
  let bestShare = 0;
  for (const mention of extractSkills(text)) {
    const share = letterCount(mention.span.text) / Math.max(letters, 1);
    if (share > bestShare) {
      bestShare = share;
      best = { skillId: mention.skillId, confidence: Math.round(mention.confidence * share * 100) / 100 };
    }
  }
  return bestShare >= 0.5 ? best : null;
}
