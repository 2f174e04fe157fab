import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH_CONFIG } from './config.js';
import { buildCandidate, buildPosition, skills, TEST_NOW } from './matching.fixtures.js';
import type { ScoredMatch } from './result.js';
import { scorePair } from './score.js';
import type { MatchCandidate, MatchPosition } from './types.js';

function scored(candidate: MatchCandidate, position: MatchPosition): ScoredMatch {
  const result = scorePair(candidate, position, { now: TEST_NOW });
  if (result.excluded !== null) throw new Error(`unexpectedly excluded: ${result.excluded.message}`);
  return result;
}

const seniorMlEngineer = buildPosition({
  level: 'senior',
  required: [
    { skillId: 'pytorch', minProficiency: 4 },
    { skillId: 'kubernetes', minProficiency: 3 },
    { skillId: 'python', minProficiency: 4 },
    { skillId: 'distributed-training', minProficiency: 3 },
  ],
  niceToHave: ['mlflow', 'model-serving'],
  salaryMinUsd: 160_000,
  salaryMaxUsd: 210_000,
});

const seniorMlops = buildPosition({
  roleFamily: 'mlops_engineer',
  level: 'senior',
  required: [
    { skillId: 'kubernetes', minProficiency: 4 },
    { skillId: 'terraform', minProficiency: 3 },
    { skillId: 'ci-cd', minProficiency: 4 },
    { skillId: 'model-monitoring', minProficiency: 3 },
    { skillId: 'python', minProficiency: 3 },
  ],
  niceToHave: ['mlflow', 'helm'],
  salaryMinUsd: 160_000,
  salaryMaxUsd: 210_000,
});

describe('scorePair against the career guide', () => {
  it('scores a junior with only notebook projects low against a senior MLOps position', () => {
    const junior = buildCandidate({
      level: 'junior',
      yearsExperience: 1,
      targetLevel: 'junior',
      skills: skills('python:3:c pandas:3:c scikit-learn:2:c jupyter:3:p'),
      projects: 2,
      measuredProjects: 0,
      minimumPayUsd: 90_000,
    });
    const result = scored(junior, seniorMlops);
    expect(result.score).toBeLessThan(45);
    expect(result.missingRequired).toEqual(['kubernetes', 'terraform', 'ci-cd', 'model-monitoring']);
  });

  it('scores a senior with PyTorch 5, Kubernetes 4 and measured projects high against a senior ML engineer position', () => {
    const senior = buildCandidate({
      level: 'senior',
      yearsExperience: 6,
      targetLevel: 'senior',
      skills: skills('python:5:m pytorch:5:m kubernetes:4:m distributed-training:4:m mlflow:4:p'),
      projects: 5,
      measuredProjects: 3,
      publications: 1,
      minimumPayUsd: 170_000,
    });
    const result = scored(senior, seniorMlEngineer);
    expect(result.score).toBeGreaterThan(85);
    expect(result.missingRequired).toEqual([]);
    expect(result.matchedSkills.map((s) => s.skillId)).toEqual([
      'pytorch',
      'kubernetes',
      'python',
      'distributed-training',
      'mlflow',
    ]);
  });

  it('ranks the senior above a mid-level engineer with the same skill names at lower proficiency', () => {
    const base = { targetLevel: null, projects: 4, measuredProjects: 2 } as const;
    const senior = buildCandidate({
      ...base,
      id: 'senior',
      level: 'senior',
      skills: skills('python:5:m pytorch:5:m kubernetes:4:p distributed-training:4:p'),
    });
    const mid = buildCandidate({
      ...base,
      id: 'mid',
      level: 'mid',
      skills: skills('python:4:m pytorch:3:p kubernetes:2:c distributed-training:2:c'),
    });
    expect(scored(senior, seniorMlEngineer).rawScore).toBeGreaterThan(scored(mid, seniorMlEngineer).rawScore);
  });

  it('gives partial credit for TensorFlow when PyTorch is required', () => {
    const position = buildPosition({ required: [{ skillId: 'pytorch', minProficiency: 3 }], niceToHave: [] });
    const withPytorch = scored(buildCandidate({ skills: skills('pytorch:4:m') }), position);
    const withTensorflow = scored(buildCandidate({ skills: skills('tensorflow:4:m') }), position);
    const required = (r: ScoredMatch) => r.components.find((c) => c.key === 'required_skills')?.value ?? -1;
    expect(required(withPytorch)).toBeCloseTo(0.9);
    expect(required(withTensorflow)).toBeCloseTo(0.6 * 0.9);
    expect(withTensorflow.relatedCredit).toEqual([
      {
        skillId: 'pytorch',
        required: true,
        via: 'tensorflow',
        relation: 'related',
        weight: 0.6,
        credit: 0.6 * 0.9,
      },
    ]);
    expect(withTensorflow.missingRequired).toEqual(['pytorch']);
    expect(withTensorflow.rawScore).toBeLessThan(withPytorch.rawScore);
  });

  it('credits a specialisation towards its parent skill, and a parent weakly towards a child', () => {
    const pytorch = buildPosition({ required: [{ skillId: 'pytorch', minProficiency: 3 }], niceToHave: [] });
    // PyTorch Lightning is both a child of PyTorch and related at 0.7: the larger credit wins.
    const lightning = scored(buildCandidate({ skills: skills('pytorch-lightning:4:x') }), pytorch);
    expect(lightning.relatedCredit[0]).toMatchObject({
      via: 'pytorch-lightning',
      relation: 'child',
      weight: 0.8,
    });
    const deepLearning = scored(buildCandidate({ skills: skills('deep-learning:4:x') }), pytorch);
    expect(deepLearning.relatedCredit[0]).toMatchObject({
      via: 'deep-learning',
      relation: 'parent',
      weight: 0.4,
    });
  });

  it('gives partial credit below a minimum and full credit at or above it', () => {
    const position = buildPosition({ required: [{ skillId: 'python', minProficiency: 4 }], niceToHave: [] });
    const at = (proficiency: number) =>
      scored(
        buildCandidate({ skills: [{ skillId: 'python', proficiency, strength: 'certified_or_published' }] }),
        position,
      ).matchedSkills[0]?.credit;
    expect([at(5), at(4), at(3), at(2), at(1)]).toEqual([1, 1, 0.6, 0.3, 0.12]);
  });

  it('penalises the under-qualified more than the over-qualified', () => {
    const position = buildPosition({ level: 'mid' });
    const level = (candidateLevel: 'junior' | 'senior') =>
      scored(buildCandidate({ level: candidateLevel }), position).components.find((c) => c.key === 'level')
        ?.value;
    expect(level('senior')).toBe(0.75);
    expect(level('junior')).toBe(0.4);
  });

  it('derives the level from years when none is declared', () => {
    const position = buildPosition({ level: 'senior' });
    const result = scored(buildCandidate({ level: null, yearsExperience: 5 }), position);
    expect(result.components.find((c) => c.key === 'level')?.value).toBe(1);
  });

  it('makes component contributions sum to the raw score', () => {
    const result = scored(buildCandidate(), buildPosition());
    const sum = result.components.reduce((total, c) => total + c.contribution, 0);
    expect(Math.abs(sum - result.rawScore)).toBeLessThan(1e-9);
    expect(result.score).toBe(Math.round(result.rawScore * 10) / 10);
  });

  it('scores 0 with zero contributions when candidate fit and employer fit are both 0', () => {
    const config = {
      ...DEFAULT_MATCH_CONFIG,
      candidateWeights: { goals: 0, salary: 1 },
    };
    const position = buildPosition({ salaryMinUsd: 100_000, salaryMaxUsd: 100_000 });
    const result = scorePair(buildCandidate({ minimumPayUsd: 115_000 }), position, { now: TEST_NOW, config });
    if (result.excluded !== null) throw new Error('excluded');
    expect(result.candidateFit).toBe(0);
    expect(result.rawScore).toBe(0);
    expect(result.components.every((c) => c.contribution === 0)).toBe(true);
  });

  it('fits salary fully up to the band minimum and falls to 0 at the maximum plus tolerance', () => {
    const position = buildPosition({ salaryMinUsd: 100_000, salaryMaxUsd: 200_000 });
    const salary = (minimumPayUsd: number | null) =>
      scored(buildCandidate({ minimumPayUsd }), position).components.find((c) => c.key === 'salary')?.value;
    expect(salary(null)).toBe(1);
    expect(salary(90_000)).toBe(1);
    expect(salary(150_000)).toBeCloseTo(0.8);
    expect(salary(200_000)).toBeCloseTo(0.6);
    expect(salary(230_000)).toBeCloseTo(0);
  });

  it('lowers recency with the half-life', () => {
    const recency = (updatedAt: string) =>
      scored(buildCandidate({ updatedAt }), buildPosition()).components.find((c) => c.key === 'recency')
        ?.value;
    expect(recency('2026-05-01T00:00:00Z')).toBe(1);
    expect(recency('2025-11-02T00:00:00Z')).toBeCloseTo(0.5, 2);
  });
});

describe('hard filters', () => {
  const excluded = (candidate: MatchCandidate, position: MatchPosition) => {
    const result = scorePair(candidate, position, { now: TEST_NOW });
    if (result.excluded === null) throw new Error('expected an exclusion');
    return result.excluded;
  };

  it('excludes positions that are not live', () => {
    const result = excluded(buildCandidate(), buildPosition({ live: false }));
    expect(result.code).toBe('position_not_live');
    expect(result.message).toMatch(/^Position filter/);
  });

  it('excludes hidden candidates', () => {
    const result = excluded(buildCandidate({ visibility: 'hidden' }), buildPosition());
    expect(result).toMatchObject({ code: 'candidate_hidden' });
    expect(result.message).toMatch(/^Visibility filter/);
  });

  it("excludes candidates who blocked one of the organisation's domains, whatever the case", () => {
    const result = excluded(buildCandidate({ blockedDomains: ['Falcon.Example'] }), buildPosition());
    expect(result.code).toBe('organisation_blocked');
    expect(result.message).toMatch(/^Block filter/);
  });

  it('excludes candidates elsewhere who will not relocate from onsite and hybrid roles', () => {
    const result = excluded(buildCandidate({ country: 'IN' }), buildPosition());
    expect(result.code).toBe('location_not_eligible');
    expect(result.message).toMatch(/^Location filter.*United Arab Emirates.*India/);
    // The same places travel as codes, for an interface to name them in its own language.
    expect(result.particulars).toEqual({ workplace: 'hybrid', countries: ['AE'], home: 'IN' });
  });

  it('takes relocating candidates only where the visa is sponsored', () => {
    const mover = buildCandidate({ country: 'IN', willingToRelocate: true });
    expect(scorePair(mover, buildPosition(), { now: TEST_NOW }).excluded).toBeNull();
    const result = excluded(mover, buildPosition({ visaSponsorship: false }));
    expect(result.code).toBe('visa_not_sponsored');
    expect(result.message).toMatch(/^Visa filter/);
  });

  it('counts naming the country as a destination as willingness to relocate there', () => {
    const mover = buildCandidate({ country: 'IN', desiredCountries: ['AE'] });
    expect(scorePair(mover, buildPosition(), { now: TEST_NOW }).excluded).toBeNull();
  });

  it('takes remote candidates only from the listed countries', () => {
    const remote = buildPosition({ workplace: 'remote', remoteCountries: ['AE', 'SA'] });
    expect(scorePair(buildCandidate({ country: 'SA' }), remote, { now: TEST_NOW }).excluded).toBeNull();
    const result = excluded(buildCandidate({ country: 'IN', willingToRelocate: true }), remote);
    expect(result.code).toBe('remote_country_not_eligible');
    expect(result.message).toMatch(/^Remote-country filter/);
    expect(result.particulars).toEqual({ remoteCountries: ['AE', 'SA'], home: 'IN' });
  });

  it('treats a candidate without a country as eligible only for remote-anywhere roles or sponsored moves', () => {
    const nowhere = buildCandidate({ country: null });
    expect(excluded(nowhere, buildPosition()).code).toBe('location_not_eligible');
    expect(excluded(nowhere, buildPosition({ workplace: 'remote', remoteCountries: ['AE'] })).code).toBe(
      'remote_country_not_eligible',
    );
    const anywhere = buildPosition({ workplace: 'remote', remoteCountries: [] });
    expect(scorePair(nowhere, anywhere, { now: TEST_NOW }).excluded).toBeNull();
    const mover = buildCandidate({ country: null, willingToRelocate: true });
    expect(scorePair(mover, buildPosition(), { now: TEST_NOW }).excluded).toBeNull();
  });

  it('excludes minimums above the band maximum by more than the tolerance, and not at it', () => {
    const position = buildPosition({ salaryMaxUsd: 200_000 });
    expect(
      scorePair(buildCandidate({ minimumPayUsd: 230_000 }), position, { now: TEST_NOW }).excluded,
    ).toBeNull();
    const result = excluded(buildCandidate({ minimumPayUsd: 231_000 }), position);
    expect(result.code).toBe('salary_above_band');
    expect(result.message).toMatch(/^Salary filter.*15%/);
    expect(result.particulars).toEqual({
      minimumPayUsd: 231_000,
      salaryMaxUsd: 200_000,
      tolerancePercent: 15,
      limitUsd: 230_000,
    });
  });

  it('excludes candidates without any skill overlap', () => {
    const result = excluded(buildCandidate({ skills: skills('tableau:4:m') }), buildPosition());
    expect(result.code).toBe('no_skill_overlap');
    expect(result.message).toMatch(/^Skill filter/);
    expect(result.particulars).toEqual({});
  });
});

describe('improvements', () => {
  it('are the changes that raise the score most, with gains that re-scoring the edited profile confirms', () => {
    const candidate = buildCandidate({ skills: skills('python:4:m pytorch:2:c'), targetRoleFamily: null });
    const position = buildPosition();
    const result = scored(candidate, position);
    expect(result.improvements.length).toBe(3);
    const gains = result.improvements.map((i) => i.gain);
    expect([...gains].sort((a, b) => b - a)).toEqual(gains);
    const top = result.improvements[0];
    expect(top).toMatchObject({ kind: 'add_skill', skillId: 'docker' });
    const edited = scored(
      {
        ...candidate,
        skills: [...candidate.skills, { skillId: 'docker', proficiency: 3, strength: 'used_in_project' }],
      },
      position,
    );
    expect(top?.gain).toBe(Math.round((edited.rawScore - result.rawScore) * 10) / 10);
  });

  it('suggests raising a proficiency below the minimum, with the gain of doing so', () => {
    const position = buildPosition({ required: [{ skillId: 'pytorch', minProficiency: 4 }], niceToHave: [] });
    const candidate = buildCandidate({ skills: skills('pytorch:2:m') });
    const result = scored(candidate, position);
    const raise = result.improvements.find((i) => i.kind === 'raise_proficiency');
    expect(raise).toMatchObject({ skillId: 'pytorch', current: 2, minimum: 4 });
    const edited = scored({ ...candidate, skills: skills('pytorch:4:m') }, position);
    expect(raise?.gain).toBe(Math.round((edited.rawScore - result.rawScore) * 10) / 10);
  });

  it('suggests goals only where the candidate has not stated them', () => {
    const result = scored(buildCandidate({ targetRoleFamily: null, targetLevel: 'mid' }), buildPosition());
    const all = scorePair(buildCandidate({ targetRoleFamily: null }), buildPosition(), { now: TEST_NOW });
    expect(all.excluded).toBeNull();
    expect(result.improvements.every((i) => i.message !== 'State the level you are aiming for.')).toBe(true);
  });

  it('name the goal and the country to move to, for other languages to word', () => {
    // Every skill held well and measured, so the goals are the changes left to suggest.
    const position = buildPosition({ required: [{ skillId: 'pytorch', minProficiency: 3 }], niceToHave: [] });
    const candidate = buildCandidate({
      skills: skills('pytorch:5:m'),
      targetRoleFamily: null,
      openToWork: false,
    });
    const goals = scored(candidate, position).improvements.filter((i) => i.kind === 'set_goal');
    expect(goals.map((i) => i.goal).sort()).toEqual(['open_to_work', 'role_family']);
    // Living in Saudi Arabia and willing to move, without naming the UAE: naming it is suggested.
    const mover = {
      ...candidate,
      country: 'SA',
      willingToRelocate: true,
      targetRoleFamily: 'ml_engineer' as const,
      openToWork: true,
    };
    const relocate = scored(mover, position).improvements.find((i) => i.kind === 'set_goal');
    expect(relocate).toMatchObject({ goal: 'relocate', country: 'AE' });
  });
});
