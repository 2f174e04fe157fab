// What a canonical skill is. The taxonomy data under ./taxonomy/ is written with defineSkills(), and
// the whole taxonomy is checked against skillSchema in taxonomy.test.ts.
import { z } from 'zod';

/** The closed set of skill categories; a skill belongs to exactly one. */
export const SKILL_CATEGORIES = [
  'programming-language',
  'deep-learning-framework',
  'ml-library',
  'ml-technique',
  'llm-training',
  'llm-tooling',
  'mlops',
  'ml-platform',
  'data-engineering',
  'database',
  'distributed-computing',
  'inference-optimisation',
  'computer-vision',
  'nlp-speech',
  'recommender-systems',
  'reinforcement-learning',
  'mathematics',
  'cloud-infrastructure',
  'software-engineering',
  'web-development',
  'data-analysis',
  'responsible-ai',
  'professional',
] as const;

export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case kebab slug');

/** ESCO 1.2.0 skill concept URIs: http://data.europa.eu/esco/skill/<uuid>. */
export const ESCO_SKILL_URI =
  /^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/;

/** A weighted edge to another skill; the weight (0..1] is the partial credit matching gives. */
export const relatedSkillSchema = z.object({
  id: slug,
  weight: z.number().gt(0).lte(1),
});

/** One canonical skill of the taxonomy. */
export const skillSchema = z.object({
  id: slug,
  name: z.string().min(1).max(60),
  category: z.enum(SKILL_CATEGORIES),
  /** Other ways people write it: abbreviations, spellings, spacing and punctuation variants. */
  aliases: z.array(z.string().min(1)).readonly(),
  /** The broader skill this one specialises (lora → parameter-efficient-fine-tuning), or null. */
  parent: slug.nullable(),
  related: z.array(relatedSkillSchema).readonly(),
  /** ESCO concept URI, only where an ESCO skill genuinely is this skill. */
  esco: z.string().regex(ESCO_SKILL_URI).optional(),
  /** O*NET 29.2 technology-skill example name, only where one genuinely is this skill. */
  onet: z.string().min(1).optional(),
  /**
   * The name is a letter, an everyday word or a first name ('R', 'Go', 'C', 'Julia'): on its own
   * it counts only with strong technical context, such as a neighbouring skill or 'programming'.
   */
  ambiguous: z.literal(true).optional(),
  /**
   * Everyday words that also name the skill ('Spark', 'React', 'Spring'): they count when written
   * with the capitalisation given here (not opening a sentence) or with technical context.
   */
  contextAliases: z.array(z.string().min(1)).readonly().optional(),
});

export type Skill = z.infer<typeof skillSchema>;
export type RelatedSkill = z.infer<typeof relatedSkillSchema>;

/** How taxonomy files write a skill: defaults are filled in and related edges given as a record. */
export interface SkillEntry {
  readonly id: string;
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly parent?: string;
  /** Related skill ids with weights; taxonomy.ts mirrors each edge, so declare it once. */
  readonly related?: Readonly<Record<string, number>>;
  readonly esco?: string;
  readonly onet?: string;
  readonly ambiguous?: true;
  readonly contextAliases?: readonly string[];
}

/** Turns a category's compact entries into full skill records. */
export function defineSkills(category: SkillCategory, entries: readonly SkillEntry[]): Skill[] {
  return entries.map((entry) => ({
    id: entry.id,
    name: entry.name,
    category,
    aliases: entry.aliases ?? [],
    parent: entry.parent ?? null,
    related: Object.entries(entry.related ?? {}).map(([id, weight]) => ({ id, weight })),
    ...(entry.esco === undefined ? {} : { esco: entry.esco }),
    ...(entry.onet === undefined ? {} : { onet: entry.onet }),
    ...(entry.ambiguous === undefined ? {} : { ambiguous: entry.ambiguous }),
    ...(entry.contextAliases === undefined ? {} : { contextAliases: entry.contextAliases }),
  }));
}
