// The canonical skills taxonomy: every category's entries joined, with related edges mirrored so
// that matching can give partial credit in both directions while each file declares an edge once.
import type { RelatedSkill, Skill } from './skill.js';
import { CLOUD_INFRASTRUCTURE_SKILLS } from './taxonomy/cloud-infrastructure.js';
import { COMPUTER_VISION_SKILLS } from './taxonomy/computer-vision.js';
import { DATA_ANALYSIS_SKILLS } from './taxonomy/data-analysis.js';
import { DATA_ENGINEERING_SKILLS } from './taxonomy/data-engineering.js';
import { DATABASE_SKILLS } from './taxonomy/databases.js';
import { DISTRIBUTED_COMPUTING_SKILLS } from './taxonomy/distributed-computing.js';
import { DEEP_LEARNING_FRAMEWORK_SKILLS, ML_LIBRARY_SKILLS } from './taxonomy/frameworks.js';
import { INFERENCE_OPTIMISATION_SKILLS } from './taxonomy/inference-optimisation.js';
import { INFRASTRUCTURE_OPERATIONS_SKILLS } from './taxonomy/infrastructure-operations.js';
import { LANGUAGE_SPEECH_SKILLS } from './taxonomy/language-speech.js';
import { LANGUAGE_SKILLS } from './taxonomy/languages.js';
import { LLM_TOOLING_SKILLS } from './taxonomy/llm-tooling.js';
import { LLM_TRAINING_SKILLS } from './taxonomy/llm-training.js';
import { MATHEMATICS_SKILLS } from './taxonomy/mathematics.js';
import { ML_PLATFORM_SKILLS } from './taxonomy/ml-platforms.js';
import { ML_TECHNIQUE_SKILLS } from './taxonomy/ml-techniques.js';
import { MLOPS_SKILLS } from './taxonomy/mlops.js';
import { PROFESSIONAL_SKILLS } from './taxonomy/professional.js';
import { RECOMMENDER_SKILLS } from './taxonomy/recommender-systems.js';
import { REINFORCEMENT_LEARNING_SKILLS } from './taxonomy/reinforcement-learning.js';
import { RESPONSIBLE_AI_SKILLS } from './taxonomy/responsible-ai.js';
import { SOFTWARE_DELIVERY_SKILLS } from './taxonomy/software-delivery.js';
import { SOFTWARE_ENGINEERING_SKILLS } from './taxonomy/software-engineering.js';
import { WEB_DEVELOPMENT_SKILLS } from './taxonomy/web-development.js';

/** Every skill as the category files declare it, before related edges are mirrored. */
export const DECLARED_SKILLS: readonly Skill[] = [
  ...LANGUAGE_SKILLS,
  ...DEEP_LEARNING_FRAMEWORK_SKILLS,
  ...ML_LIBRARY_SKILLS,
  ...ML_TECHNIQUE_SKILLS,
  ...LLM_TRAINING_SKILLS,
  ...LLM_TOOLING_SKILLS,
  ...MLOPS_SKILLS,
  ...ML_PLATFORM_SKILLS,
  ...DATA_ENGINEERING_SKILLS,
  ...DATABASE_SKILLS,
  ...DISTRIBUTED_COMPUTING_SKILLS,
  ...INFERENCE_OPTIMISATION_SKILLS,
  ...COMPUTER_VISION_SKILLS,
  ...LANGUAGE_SPEECH_SKILLS,
  ...RECOMMENDER_SKILLS,
  ...REINFORCEMENT_LEARNING_SKILLS,
  ...MATHEMATICS_SKILLS,
  ...CLOUD_INFRASTRUCTURE_SKILLS,
  ...INFRASTRUCTURE_OPERATIONS_SKILLS,
  ...SOFTWARE_ENGINEERING_SKILLS,
  ...SOFTWARE_DELIVERY_SKILLS,
  ...WEB_DEVELOPMENT_SKILLS,
  ...DATA_ANALYSIS_SKILLS,
  ...RESPONSIBLE_AI_SKILLS,
  ...PROFESSIONAL_SKILLS,
];

function mirrorRelated(skills: readonly Skill[]): Skill[] {
  const edges = new Map<string, Map<string, number>>(skills.map((s) => [s.id, new Map()]));
  const link = (from: string, to: string, weight: number) => {
    const out = edges.get(from);
    // An edge to an unknown id is left for taxonomy.test.ts to report rather than dropped here.
    if (out === undefined) return;
    out.set(to, Math.max(out.get(to) ?? 0, weight));
  };
  for (const skill of skills) {
    for (const { id, weight } of skill.related) {
      link(skill.id, id, weight);
      link(id, skill.id, weight);
    }
  }
  return skills.map((skill) => {
    const related: RelatedSkill[] = [...(edges.get(skill.id) ?? new Map<string, number>())]
      .map(([id, weight]) => ({ id, weight }))
      .sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
    return { ...skill, related };
  });
}

/** The whole taxonomy, related edges mirrored (pytorch ↔ tensorflow both carry 0.6). */
export const TAXONOMY: readonly Skill[] = mirrorRelated(DECLARED_SKILLS);

const skillsById = new Map(TAXONOMY.map((skill) => [skill.id, skill]));

/** The skill with this id, or undefined. */
export function findSkill(id: string): Skill | undefined {
  return skillsById.get(id);
}

/** The skill with this id; throws for an unknown id so that typos fail loudly. */
export function getSkill(id: string): Skill {
  const skill = skillsById.get(id);
  if (skill === undefined) throw new RangeError(`Unknown skill id ${id}`);
  return skill;
}

/** The chain of broader skills above a skill, nearest first (lora → [peft, llm-fine-tuning, ...]). */
export function skillAncestors(id: string): Skill[] {
  const chain: Skill[] = [];
  const seen = new Set<string>([id]);
  let parent = skillsById.get(id)?.parent ?? null;
  while (parent !== null && !seen.has(parent)) {
    seen.add(parent);
    const skill = skillsById.get(parent);
    if (skill === undefined) break;
    chain.push(skill);
    parent = skill.parent;
  }
  return chain;
}
