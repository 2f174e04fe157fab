import { describe, expect, it } from 'vitest';
import { careerResponseSchema } from '../../contracts/career.js';
import type { MatchPosition } from '../matching/index.js';
import { buildCandidate, buildPosition } from '../matching/matching.fixtures.js';
import { buildProfile, JUNIOR_SKILLS, measured, NOW, project, skills } from './career.fixtures.js';
import { DEFAULT_CAREER_MODEL } from './default-model.js';
import { payEffect } from './pay-effect.js';
import { careerReport } from './recommend.js';
import { UnlockIndex } from './unlock/unlock-index.js';

const junior = buildProfile({
  years: 1,
  skills: skills(JUNIOR_SKILLS),
  items: [project(), project()],
  goals: { targetTrack: null, desiredCountries: ['AE'] },
});

/** A mid-level position in the UAE requiring the given skills. */
const midPosition = (id: string, required: string[], overrides: Partial<MatchPosition> = {}) =>
  buildPosition({
    id,
    level: 'mid',
    countries: ['AE'],
    required: required.map((skillId) => ({ skillId, minProficiency: 3 })),
    ...overrides,
  });

describe('careerReport', () => {
  it('targets the next stage by default and matches the response schema', () => {
    const report = careerReport({ model: DEFAULT_CAREER_MODEL, modelVersion: 3, profile: junior, now: NOW });
    expect(report.assessment.stage).toBe('junior');
    expect(report.target).toMatchObject({ id: 'mid', isDefault: true });
    expect(report.readiness?.percent).toBeGreaterThan(0);
    expect(report.readiness?.percent).toBeLessThan(100);
    expect(report.ladder.map((s) => s.id)).toEqual([
      'junior',
      'mid',
      'senior',
      'staff',
      'staff_ic',
      'ml_architect',
      'research_scientist',
      'engineering_manager',
    ]);
    expect(report.tracks).toHaveLength(4);
    expect(careerResponseSchema.safeParse(report).error?.issues ?? []).toEqual([]);
  });

  it("names every skill its checks and projects give by id, a passed stage's checks too", () => {
    const report = careerReport({
      model: DEFAULT_CAREER_MODEL,
      modelVersion: 1,
      profile: junior,
      now: NOW,
      target: 'senior',
    });
    const ids = new Set([
      ...report.assessment.stages
        .flatMap((s) => s.checks)
        .filter((c) => c.kind === 'skill')
        .map((c) => c.key),
      ...(report.readiness?.checks ?? []).filter((c) => c.kind === 'skill').map((c) => c.key),
      ...report.projects.flatMap((p) => p.skills),
    ]);
    expect(Object.keys(report.skillNames).sort()).toEqual([...ids].sort());
    // The mid stage asks for Spark; a junior aiming at senior has no gap naming it.
    expect(report.gaps.map((g) => g.skillId)).not.toContain('apache-spark');
    expect(report.skillNames['apache-spark']).toBe('Apache Spark');
  });

  it('ranks gaps by demand × pay × size, labelling where the pay effect comes from', () => {
    const openPositions = [
      midPosition('p1', ['mlflow', 'transformers']),
      midPosition('p2', ['mlflow']),
      midPosition('p3', ['mlflow', 'aws-sagemaker']),
      midPosition('p4', ['transformers'], { countries: ['US'] }), // not a preferred country
      midPosition('p5', ['transformers'], { level: 'senior' }), // not the target level
    ];
    const report = careerReport({
      model: DEFAULT_CAREER_MODEL,
      modelVersion: 1,
      profile: junior,
      now: NOW,
      openPositions,
    });
    const mlflow = report.gaps.find((g) => g.skillId === 'mlflow');
    expect(mlflow).toMatchObject({
      demand: { requiring: 3, positions: 3, share: 1 },
      size: 3,
      payEffect: { source: 'neutral', factor: 1 },
    });
    expect(mlflow?.value).toBe(3);
    expect(report.gaps[0]?.skillId).toBe('mlflow');
    const transformers = report.gaps.find((g) => g.skillId === 'transformers');
    expect(transformers?.demand).toEqual({ requiring: 1, positions: 3, share: 1 / 3 });
    // The values are in descending order.
    const values = report.gaps.map((g) => g.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it('uses a sufficient measured premium, else the guide, else neutral', () => {
    const measuredPremium = (id: string) =>
      id === 'mlops' ? { sufficient: true, premium: 0.3 } : { sufficient: false, premium: null };
    expect(payEffect('mlops', 'mid', measuredPremium)).toMatchObject({ source: 'measured', factor: 1.3 });
    expect(payEffect('distributed-systems', 'senior', measuredPremium)).toMatchObject({
      source: 'guide',
      premium: 0.2,
    });
    expect(payEffect('large-language-models', 'staff')).toMatchObject({ source: 'guide', premium: 0.25 });
    expect(payEffect('large-language-models', 'mid')).toMatchObject({ source: 'guide', premium: 0.1 });
    expect(payEffect('sql', 'mid', measuredPremium)).toMatchObject({ source: 'neutral', factor: 1 });
  });

  it('counts the positions each gap unlocks with the matcher', () => {
    const candidate = buildCandidate({ minimumPayUsd: null });
    const positions = [
      // 66.8 and 50.4 today, 77.3 and 83.9 with MLflow at 3 backed by a project.
      midPosition('u1', ['mlflow', 'transformers', 'python'], {
        salaryMinUsd: 100_000,
        salaryMaxUsd: 140_000,
      }),
      midPosition('u2', ['mlflow'], { salaryMinUsd: 120_000, salaryMaxUsd: 160_000 }),
      midPosition('u3', ['kubernetes', 'go']),
    ];
    const index = new UnlockIndex(positions);
    const before = index.unlockCounts(candidate, [{ skillId: 'mlflow', proficiency: 3 }], { now: NOW });
    expect(before[0]).toMatchObject({ positions: 2, medianBandUsd: 130_000 });
    const report = careerReport({
      model: DEFAULT_CAREER_MODEL,
      modelVersion: 1,
      profile: junior,
      now: NOW,
      openPositions: positions,
      unlock: { index, candidate },
    });
    const mlflow = report.gaps.find((g) => g.skillId === 'mlflow');
    expect(mlflow?.unlock).toEqual({
      positions: before[0]?.positions,
      medianBandUsd: before[0]?.medianBandUsd,
    });
    expect(report.gaps.every((g) => g.unlock !== null)).toBe(true);
  });

  it('suggests templates covering the most top gaps, and a project of the gap skills no template covers', () => {
    const report = careerReport({ model: DEFAULT_CAREER_MODEL, modelVersion: 1, profile: junior, now: NOW });
    expect(report.projects.length).toBeGreaterThan(0);
    const counts = report.projects.filter((p) => p.source === 'template').map((p) => p.closesGaps.length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const top = report.gaps.slice(0, 5).map((g) => g.skillId);
    expect(new Set(report.projects.flatMap((p) => p.closesGaps))).toEqual(new Set(top));

    const custom = DEFAULT_CAREER_MODEL.stages.map((s) => ({ ...s, projects: [] }));
    const bare = { stages: custom, tracks: DEFAULT_CAREER_MODEL.tracks.map((t) => ({ ...t, projects: [] })) };
    const own = careerReport({ model: bare, modelVersion: 1, profile: junior, now: NOW }).projects;
    expect(own).toHaveLength(1);
    expect(own[0]).toMatchObject({ source: 'gap_skills', skills: top });
  });

  it('after staff, targets the track of the goals, else staff IC; compares all four tracks', () => {
    const staffProfile = (targetTrack: 'research' | null) =>
      buildProfile({
        years: 9,
        skills: skills(
          `${JUNIOR_SKILLS} transformers:4:used_in_project aws-sagemaker:4:used_in_project mlflow:4:used_in_project apache-spark:3 ab-testing:3 pytorch:4:used_in_project distributed-training:4:used_in_project model-serving:4:used_in_project llm-fine-tuning:4:used_in_project prompt-engineering:3 cloud-cost-optimisation:3 mentoring:4:used_in_project stakeholder-communication:3 software-architecture:4:used_in_project distributed-systems:4:used_in_project large-language-models:4 technical-strategy:3 kubernetes:3`,
        ),
        items: [
          measured({ links: { demo: 'https://example.com/d' } }),
          measured(),
          measured(),
          {
            id: '00000000-0000-4000-8000-00000000ffff',
            kind: 'publication',
            title: 'Paper',
            venue: 'ICML',
            authors: [],
          },
        ],
        goals: { targetTrack, desiredCountries: [] },
      });
    const ic = careerReport({
      model: DEFAULT_CAREER_MODEL,
      modelVersion: 1,
      profile: staffProfile(null),
      now: NOW,
    });
    expect(ic.assessment.stage).toBe('staff');
    expect(ic.target?.id).toBe('staff_ic');
    const research = careerReport({
      model: DEFAULT_CAREER_MODEL,
      modelVersion: 1,
      profile: staffProfile('research'),
      now: NOW,
    });
    expect(research.target?.id).toBe('research_scientist');
    expect(research.tracks.filter((t) => t.preferred).map((t) => t.track)).toEqual(['research_scientist']);
    expect(research.tracks.every((t) => t.readiness > 0 && t.topGaps.length <= 3)).toBe(true);
  });

  it('gives no default target for contradictory data, but answers an explicit one', () => {
    const contradictory = buildProfile({ years: 61, skills: skills(JUNIOR_SKILLS) });
    const report = careerReport({
      model: DEFAULT_CAREER_MODEL,
      modelVersion: 1,
      profile: contradictory,
      now: NOW,
    });
    expect(report).toMatchObject({ target: null, readiness: null, gaps: [], projects: [] });
    expect(report.assessment.status).toBe('contradictory');
    const asked = careerReport({
      model: DEFAULT_CAREER_MODEL,
      modelVersion: 1,
      profile: contradictory,
      now: NOW,
      target: 'mid',
    });
    expect(asked.target).toMatchObject({ id: 'mid', isDefault: false });
  });

  it('sends a profile without skills toward junior', () => {
    const report = careerReport({
      model: DEFAULT_CAREER_MODEL,
      modelVersion: 1,
      profile: buildProfile(),
      now: NOW,
    });
    expect(report.assessment.status).toBe('no_skills');
    expect(report.target?.id).toBe('junior');
    expect(report.gaps.length).toBe(DEFAULT_CAREER_MODEL.stages[0]?.coreSkills.length);
  });
});
