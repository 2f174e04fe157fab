import { describe, expect, it } from 'vitest';
import { SKILL_IDS as DEMO_SKILL_IDS } from '../demo/skill-pool.js';
import { extractSkills } from './extract-skills.js';
import { ESCO_SKILL_URI, SKILL_CATEGORIES, skillSchema } from './skill.js';
import { phraseKey } from './surface-form.js';
import { DECLARED_SKILLS, getSkill, skillAncestors, TAXONOMY } from './taxonomy.js';

// Forms two skills may share on purpose. Empty today: every surface form names one skill.
const SHARED_FORMS = new Set<string>();

const formsOf = (skill: (typeof TAXONOMY)[number]) => [
  skill.name,
  ...skill.aliases,
  ...(skill.contextAliases ?? []),
];

describe('skills taxonomy', () => {
  it('has at least 400 skills, each valid against the schema', () => {
    expect(TAXONOMY.length).toBeGreaterThanOrEqual(400);
    for (const skill of TAXONOMY) {
      const result = skillSchema.safeParse(skill);
      expect(result.success, `${skill.id}: ${result.error?.message}`).toBe(true);
    }
  });

  it('has unique ids', () => {
    const ids = TAXONOMY.map((skill) => skill.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('contains every skill id the demo data uses, with the same id', () => {
    const ids = new Set(TAXONOMY.map((skill) => skill.id));
    expect(DEMO_SKILL_IDS.filter((id) => !ids.has(id))).toEqual([]);
  });

  it('gives every surface form to one skill only, after normalisation', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const skill of TAXONOMY) {
      for (const key of new Set(formsOf(skill).map(phraseKey))) {
        const other = owner.get(key);
        if (other !== undefined && other !== skill.id && !SHARED_FORMS.has(key)) {
          clashes.push(`'${key}': ${other} and ${skill.id}`);
        }
        owner.set(key, skill.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has no empty forms and no alias repeated as a context alias', () => {
    for (const skill of TAXONOMY) {
      for (const form of formsOf(skill)) expect(phraseKey(form), `${skill.id}: '${form}'`).not.toBe('');
      const aliasKeys = new Set(skill.aliases.map(phraseKey));
      for (const form of skill.contextAliases ?? []) {
        expect(aliasKeys.has(phraseKey(form)), `${skill.id}: '${form}'`).toBe(false);
      }
    }
  });

  it('marks only single-word names as ambiguous', () => {
    for (const skill of TAXONOMY.filter((s) => s.ambiguous === true)) {
      expect(phraseKey(skill.name).split(' '), skill.id).toHaveLength(1);
    }
  });

  it('points parents and related skills at existing ids, never at the skill itself', () => {
    const ids = new Set(TAXONOMY.map((skill) => skill.id));
    const broken: string[] = [];
    for (const skill of TAXONOMY) {
      if (skill.parent !== null && (!ids.has(skill.parent) || skill.parent === skill.id)) {
        broken.push(`${skill.id} → parent ${skill.parent}`);
      }
      for (const { id } of skill.related) {
        if (!ids.has(id) || id === skill.id) broken.push(`${skill.id} → related ${id}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('declares each related edge at most once per pair', () => {
    const pairs = new Set<string>();
    const twice: string[] = [];
    for (const skill of DECLARED_SKILLS) {
      for (const { id } of skill.related) {
        const pair = [skill.id, id].sort().join(' ↔ ');
        if (pairs.has(pair)) twice.push(pair);
        pairs.add(pair);
      }
    }
    expect(twice).toEqual([]);
  });

  it('mirrors related edges with their weight', () => {
    expect(getSkill('pytorch').related).toContainEqual({ id: 'tensorflow', weight: 0.6 });
    expect(getSkill('tensorflow').related).toContainEqual({ id: 'pytorch', weight: 0.6 });
  });

  it('has no cycles among parents', () => {
    const cyclic: string[] = [];
    for (const skill of TAXONOMY) {
      const seen = new Set<string>([skill.id]);
      let parent = skill.parent;
      while (parent !== null) {
        if (seen.has(parent)) {
          cyclic.push(skill.id);
          break;
        }
        seen.add(parent);
        parent = getSkill(parent).parent;
      }
    }
    expect(cyclic).toEqual([]);
  });

  it('chains lora up to LLM fine-tuning', () => {
    expect(skillAncestors('lora').map((s) => s.id)).toEqual([
      'parameter-efficient-fine-tuning',
      'llm-fine-tuning',
      'large-language-models',
      'generative-ai',
      'deep-learning',
      'machine-learning',
    ]);
  });

  it('uses ESCO skill URIs of the right shape, each for one skill', () => {
    const uris = TAXONOMY.flatMap((skill) => (skill.esco === undefined ? [] : [skill.esco]));
    expect(uris.length).toBeGreaterThan(20);
    for (const uri of uris) expect(uri).toMatch(ESCO_SKILL_URI);
    expect(new Set(uris).size).toBe(uris.length);
  });

  it('uses every category', () => {
    const used = new Set(TAXONOMY.map((skill) => skill.category));
    expect(SKILL_CATEGORIES.filter((category) => !used.has(category))).toEqual([]);
  });

  it('finds every name and alias, written alone, as its own skill', () => {
    const missed: string[] = [];
    for (const skill of TAXONOMY) {
      const contextKeys = new Set((skill.contextAliases ?? []).map(phraseKey));
      const plain = [skill.name, ...skill.aliases].filter(
        (form) => !contextKeys.has(phraseKey(form)) && !(skill.ambiguous === true && form === skill.name),
      );
      for (const form of plain) {
        const found = extractSkills(form);
        if (found.length !== 1 || found[0]?.skillId !== skill.id) missed.push(`${skill.id}: '${form}'`);
      }
    }
    expect(missed).toEqual([]);
  });
});
