import { describe, expect, it } from 'vitest';
import { careerModelSchema } from '../../contracts/career.js';
import { findSkill } from '../skills/index.js';
import { DEFAULT_CAREER_MODEL } from './default-model.js';

describe('DEFAULT_CAREER_MODEL', () => {
  it('is a valid career model', () => {
    const parsed = careerModelSchema.safeParse(DEFAULT_CAREER_MODEL);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it('names only taxonomy skills', () => {
    const steps = [...DEFAULT_CAREER_MODEL.stages, ...DEFAULT_CAREER_MODEL.tracks];
    const ids = steps.flatMap((s) => [
      ...s.coreSkills.flatMap((c) => [c.skillId, ...c.alternatives]),
      ...s.projects.flatMap((p) => p.skills),
    ]);
    expect(ids.filter((id) => findSkill(id)?.id !== id)).toEqual([]);
  });

  it('follows the guide: stage years, titles and one track per kind', () => {
    expect(DEFAULT_CAREER_MODEL.stages.map((s) => [s.id, s.years.min, s.years.max])).toEqual([
      ['junior', 0, 2],
      ['mid', 2, 4],
      ['senior', 4, 7],
      ['staff', 7, null],
    ]);
    expect(DEFAULT_CAREER_MODEL.stages[0]?.typicalTitles).toContain('Associate Data Scientist');
    expect(DEFAULT_CAREER_MODEL.tracks.map((t) => t.track).sort()).toEqual([
      'architect',
      'ic',
      'management',
      'research',
    ]);
  });

  it('rejects an edit that is out of bounds or out of order', () => {
    const huge = structuredClone(DEFAULT_CAREER_MODEL);
    const junior = huge.stages[0];
    if (junior === undefined) throw new Error('no junior');
    junior.title = 'x'.repeat(10_000);
    expect(careerModelSchema.safeParse(huge).success).toBe(false);
    const swapped = structuredClone(DEFAULT_CAREER_MODEL);
    swapped.stages.reverse();
    expect(careerModelSchema.safeParse(swapped).success).toBe(false);
    expect(careerModelSchema.safeParse({ ...DEFAULT_CAREER_MODEL, extra: 1 }).success).toBe(false);
  });
});
