import { describe, expect, it } from 'vitest';
import { SKILL_IDS, SKILLS, SPECIALISATIONS, STAGE_CORE_SLOTS, skillById } from './skill-pool.js';
import { STAGES } from './stages.js';

describe('skill pool', () => {
  it('uses unique lower-case kebab slugs and unique display names', () => {
    for (const id of SKILL_IDS) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(SKILL_IDS).size).toBe(SKILL_IDS.length);
    expect(new Set(SKILLS.map((s) => s.name.toLowerCase())).size).toBe(SKILLS.length);
  });

  it('holds the skills the guide names for each stage', () => {
    for (const id of ['python', 'numpy', 'pandas', 'scikit-learn', 'pytorch', 'tensorflow', 'sql', 'git']) {
      expect(skillById(id).coreAt).toBe('junior');
    }
    for (const id of [
      'transformers',
      'aws-sagemaker',
      'vertex-ai',
      'azure-ml',
      'mlflow',
      'kubeflow',
      'ab-testing',
    ]) {
      expect(skillById(id).coreAt).toBe('mid');
    }
    for (const id of ['distributed-training', 'llm-fine-tuning', 'rlhf', 'prompt-engineering', 'mentoring']) {
      expect(skillById(id).coreAt).toBe('senior');
    }
    expect(skillById('people-management').coreAt).toBe('staff');
  });

  it('has core slots for every stage, made of that stage’s core skills', () => {
    for (const stage of STAGES) {
      expect(STAGE_CORE_SLOTS[stage].length).toBeGreaterThan(3);
      for (const slot of STAGE_CORE_SLOTS[stage])
        for (const id of slot) expect(skillById(id).coreAt).toBe(stage);
    }
    const slotted = new Set(STAGES.flatMap((stage) => STAGE_CORE_SLOTS[stage].flat()));
    for (const skill of SKILLS.filter((s) => s.coreAt !== null))
      expect(slotted.has(skill.id), skill.id).toBe(true);
  });

  it('gives every specialisation an anchor and enough skills', () => {
    for (const spec of Object.values(SPECIALISATIONS)) {
      expect(spec.skills[0]).toBe(spec.anchor);
      expect(spec.skills.length).toBeGreaterThanOrEqual(6);
      expect(new Set(spec.skills).size).toBe(spec.skills.length);
    }
  });

  it('dates young technologies so years can be bounded', () => {
    expect(skillById('vllm').since).toBe(2023);
    expect(skillById('rlhf').since).toBe(2022);
  });
});
