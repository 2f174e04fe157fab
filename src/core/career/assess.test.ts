import { describe, expect, it } from 'vitest';
import { assessCareer } from './assess.js';
import {
  buildProfile,
  education,
  JUNIOR_SKILLS,
  measured,
  NOW,
  project,
  publication,
  role,
  skills,
} from './career.fixtures.js';
import { DEFAULT_CAREER_MODEL } from './default-model.js';
import type { CareerProfile } from './profile-facts.js';

const assess = (profile: CareerProfile) => assessCareer(DEFAULT_CAREER_MODEL, profile, NOW);

// Stage 2 of the guide: transformers, a cloud ML platform, MLOps tools, and a deployed model owned.
const MID_SKILLS = `${JUNIOR_SKILLS} transformers:3:used_in_project aws-sagemaker:3:used_in_project mlflow:3:used_in_project pytorch:3:used_in_project`;
const deployedModel = () =>
  measured({
    title: 'Support-ticket classifier',
    approach:
      'Fine-tuned a transformer, tracked runs in MLflow, deployed on SageMaker; I own and maintain the endpoint',
    links: { demo: 'https://example.com/demo', repository: 'https://example.com/r' },
  });
// Stage 3: distributed training, serving, LLM fine-tuning, cost, mentorship, stakeholders.
const SENIOR_SKILLS = `${MID_SKILLS} apache-spark:3 ab-testing:3 distributed-training:3:used_in_project model-serving:4:measured_project llm-fine-tuning:3:used_in_project prompt-engineering:3 cloud-cost-optimisation:3 mentoring:3:used_in_project stakeholder-communication:3`;
// Stage 4: architecture, distributed systems, LLMs, strategy, Kubernetes.
const STAFF_SKILLS = `${SENIOR_SKILLS} software-architecture:4:used_in_project distributed-systems:4:used_in_project large-language-models:4:used_in_project technical-strategy:3 kubernetes:3:used_in_project`;
const portfolio = () => [
  deployedModel(),
  measured({ title: 'Churn model' }),
  measured({ title: 'Ranking service in production' }),
];

describe('assessCareer (cases from the guide)', () => {
  it('1 year with notebook projects only is junior', () => {
    const a = assess(
      buildProfile({
        years: 1,
        skills: skills(JUNIOR_SKILLS),
        items: [project({ title: 'Titanic notebook' }), project({ title: 'MNIST notebook' })],
      }),
    );
    expect(a.status).toBe('assessed');
    expect(a.stage).toBe('junior');
    expect(a.reasons.join(' ')).toMatch(/Not yet Mid-level/);
  });

  it('3 years with transformers, SageMaker, MLflow and a model they deployed and own is mid', () => {
    const a = assess(buildProfile({ years: 3, skills: skills(MID_SKILLS), items: [deployedModel()] }));
    expect(a.stage).toBe('mid');
    const mid = a.stages.find((s) => s.stage === 'mid');
    expect(mid?.checks.find((c) => c.kind === 'deployed_projects')?.met).toBe(true);
    expect(a.confidence).toBeGreaterThan(0);
  });

  it('5 years leading measured production work with the senior skills is senior', () => {
    const a = assess(
      buildProfile({
        years: 5,
        skills: skills(SENIOR_SKILLS),
        items: [
          ...portfolio(),
          role({
            title: 'Senior ML Engineer',
            highlights: ['Mentored three engineers'],
            startDate: '2021-01',
          }),
        ],
      }),
    );
    expect(a.stage).toBe('senior');
  });

  it('staff needs leadership and architecture evidence, not just the skills and years', () => {
    const base = {
      years: 9,
      skills: skills(
        STAFF_SKILLS.replace('mentoring:3:used_in_project', 'mentoring:3').replace(
          /software-architecture:4:used_in_project/,
          'software-architecture:4',
        ),
      ),
    };
    const withoutEvidence = assess(buildProfile({ ...base, items: [...portfolio(), publication()] }));
    expect(withoutEvidence.stage).not.toBe('staff');
    const staff = assess(
      buildProfile({
        ...base,
        items: [
          ...portfolio(),
          publication(),
          role({
            title: 'Staff ML Engineer',
            highlights: ['Led the architecture of the company-wide training platform'],
            startDate: '2017-01',
          }),
        ],
      }),
    );
    expect(staff.stage).toBe('staff');
  });

  it('10 years with junior-level skills and no evidence is not staff (years never decide)', () => {
    const a = assess(buildProfile({ years: 10, skills: skills('python:2 pandas:2 sql:2') }));
    expect(a.stage).toBe('junior');
    expect(a.stages.find((s) => s.stage === 'staff')?.reached).toBe(false);
  });

  it('20 years of experience with a first degree started four years ago is contradictory', () => {
    const a = assess(
      buildProfile({
        years: 20,
        skills: skills(MID_SKILLS),
        items: [education({ studyType: 'Bachelor', startDate: '2022-09', endDate: '2026-06' })],
      }),
    );
    expect(a.status).toBe('contradictory');
    expect(a.stage).toBeNull();
    expect(a.contradictions.map((c) => c.code)).toEqual(['years_exceed_history']);
    expect(a.reasons[0]).toMatch(/first degree started 2022/);
  });

  it('years above 60 and reversed dates are contradictory', () => {
    expect(assess(buildProfile({ years: 61, skills: skills(MID_SKILLS) })).contradictions[0]?.code).toBe(
      'years_out_of_range',
    );
    const reversed = assess(
      buildProfile({
        years: 3,
        skills: skills(MID_SKILLS),
        items: [role({ startDate: '2024-05', endDate: '2023-01' })],
      }),
    );
    expect(reversed.status).toBe('contradictory');
    expect(reversed.contradictions[0]?.code).toBe('dates_reversed');
  });

  it('a profile without skills has no stage, and says why', () => {
    const a = assess(buildProfile({ years: 4, items: [deployedModel()] }));
    expect(a).toMatchObject({ status: 'no_skills', stage: null, confidence: 0 });
    expect(a.reasons[0]).toMatch(/No skills/);
  });

  it('uses the span of dated roles when years are not given', () => {
    const a = assess(
      buildProfile({
        skills: skills(MID_SKILLS),
        items: [
          deployedModel(),
          role({ startDate: '2023-01', endDate: '2024-01' }),
          role({ startDate: '2023-06' }),
        ],
      }),
    );
    expect(a.years).toBeCloseTo(3.3, 1);
    expect(a.stage).toBe('mid');
  });
});
