// Hand-labelled relevance judgements for `npm run eval:match`, written from the 2026 ML career guide
// (shared/reference/ml-career-guide-2026.txt): its four stages (junior 0-2 years, mid 2-4, senior
// 4-7, staff 7+), the skills it lists per stage, its portfolio advice (measured, deployed work over
// notebooks) and its salary table. Labels were set by reading each profile against each position as
// a recruiter would, before any of these pairs was scored, and are not to be edited to suit the
// scorer: tune config.ts instead.
//
// Relevance: 3 a strong fit (meets the stage and the required skills, wants this kind of role);
// 2 a good fit with a gap (one stage off, a missing skill, a move needed); 1 a weak fit (adjacent
// background, a stretch); 0 not a fit, including pairs a hard filter rules out (hidden, blocked,
// cannot work there, pay far above the band).
import type { MatchCandidate, MatchPosition, MatchSkill } from '../types.js';
import type { EvidenceStrength, Level, RoleFamily } from '../vocabulary.js';

/** The moment the eval scores at. */
export const EVAL_NOW = new Date('2026-05-01T00:00:00Z');

export interface Judgement {
  positionId: string;
  candidateId: string;
  relevance: 0 | 1 | 2 | 3;
  why: string;
}

const STRENGTH: Record<string, EvidenceStrength> = {
  c: 'claimed',
  p: 'used_in_project',
  m: 'measured_project',
  x: 'certified_or_published',
};

/** 'pytorch:5:m kubernetes:4:p' → skills (c claimed, p project, m measured, x certified/published). */
function parseSkills(spec: string): MatchSkill[] {
  return spec
    .split(/\s+/)
    .filter(Boolean)
    .map((item) => {
      const [skillId = '', proficiency = '3', strength = 'c'] = item.split(':');
      return { skillId, proficiency: Number(proficiency), strength: STRENGTH[strength] ?? 'claimed' };
    });
}

interface Person {
  level: Level;
  years: number;
  country: string;
  skills: string;
  target: RoleFamily | null;
  pay: number;
  relocate?: boolean;
  desired?: string[];
  remote?: MatchCandidate['remotePreference'];
  projects?: number;
  measured?: number;
  certifications?: number;
  publications?: number;
  updatedAt?: string;
  open?: boolean;
  visibility?: MatchCandidate['visibility'];
  blocked?: string[];
  targetLevel?: Level | null;
}

const PROJECTS: Record<Level, [number, number]> = {
  junior: [2, 0],
  mid: [3, 1],
  senior: [4, 2],
  staff: [5, 3],
};

function person(id: string, p: Person): MatchCandidate {
  const [projects, measured] = PROJECTS[p.level];
  return {
    id,
    skills: parseSkills(p.skills),
    level: p.level,
    yearsExperience: p.years,
    country: p.country,
    targetRoleFamily: p.target,
    targetLevel: p.targetLevel === undefined ? p.level : p.targetLevel,
    desiredCountries: p.desired ?? [],
    remotePreference: p.remote ?? 'any',
    willingToRelocate: p.relocate ?? false,
    minimumPayUsd: p.pay,
    visibility: p.visibility ?? 'verified_employers',
    blockedDomains: p.blocked ?? [],
    projects: p.projects ?? projects,
    measuredProjects: p.measured ?? measured,
    certifications: p.certifications ?? 0,
    publications: p.publications ?? 0,
    updatedAt: p.updatedAt ?? '2026-04-15T00:00:00Z',
    openToWork: p.open ?? true,
  };
}

interface Role {
  roleFamily: RoleFamily;
  level: Level;
  countries: string[];
  workplace: MatchPosition['workplace'];
  remoteCountries?: string[];
  visa: boolean;
  relocation?: boolean;
  required: string;
  nice: string;
  band: [number, number];
  domain: string;
}

function role(id: string, r: Role): MatchPosition {
  return {
    id,
    organisationId: `org-${id}`,
    organisationDomains: [r.domain],
    live: true,
    roleFamily: r.roleFamily,
    level: r.level,
    required: r.required
      .split(/\s+/)
      .filter(Boolean)
      .map((item) => {
        const [skillId = '', minimum = '3'] = item.split(':');
        return { skillId, minProficiency: Number(minimum) };
      }),
    niceToHave: r.nice.split(/\s+/).filter(Boolean),
    countries: r.countries,
    workplace: r.workplace,
    remoteCountries: r.remoteCountries ?? [],
    visaSponsorship: r.visa,
    relocationSupport: r.relocation ?? r.visa,
    salaryMinUsd: r.band[0],
    salaryMaxUsd: r.band[1],
  };
}

export const EVAL_CANDIDATES: readonly MatchCandidate[] = [
  // Juniors.
  person('c01-junior-notebooks', {
    level: 'junior',
    years: 1,
    country: 'IN',
    target: 'ml_engineer',
    pay: 24_000,
    skills: 'python:3:c pandas:3:c scikit-learn:2:c jupyter:3:p numpy:3:c',
    projects: 2,
    measured: 0,
  }),
  person('c02-junior-deployed', {
    level: 'junior',
    years: 1.5,
    country: 'AE',
    target: 'ml_engineer',
    pay: 90_000,
    skills: 'python:4:m pytorch:3:p scikit-learn:4:m sql:3:p git:4:p fastapi:3:m docker:2:p',
    projects: 4,
    measured: 2,
  }),
  person('c03-junior-analyst', {
    level: 'junior',
    years: 1,
    country: 'SA',
    target: 'data_scientist',
    pay: 80_000,
    skills: 'python:3:p pandas:4:p sql:4:p statistics:3:p scikit-learn:3:p tableau:3:p git:3:p',
  }),
  person('c17-junior-cv', {
    level: 'junior',
    years: 1,
    country: 'DE',
    target: 'ml_engineer',
    pay: 60_000,
    skills: 'python:3:p opencv:3:p computer-vision:2:c pytorch:2:c',
  }),
  person('c22-junior-llm-india', {
    level: 'junior',
    years: 1,
    country: 'IN',
    target: 'ml_engineer',
    pay: 25_000,
    remote: 'remote',
    skills: 'python:3:p prompt-engineering:3:p rag:3:p hugging-face:3:c',
  }),
  person('c30-junior-research', {
    level: 'junior',
    years: 1,
    country: 'GB',
    target: 'research_scientist',
    pay: 90_000,
    skills: 'pytorch:4:x transformers:3:x python:4:p probability:4:x',
    publications: 2,
  }),
  person('c31-junior-riyadh', {
    level: 'junior',
    years: 1.5,
    country: 'SA',
    target: 'ml_engineer',
    pay: 80_000,
    skills: 'python:4:p scikit-learn:3:m sql:3:p git:3:p pytorch:2:c docker:2:p',
    projects: 3,
    measured: 1,
  }),
  person('c32-junior-riyadh-notebooks', {
    level: 'junior',
    years: 0.5,
    country: 'SA',
    target: 'ml_engineer',
    pay: 70_000,
    skills: 'python:3:c pandas:3:c jupyter:3:c',
    projects: 1,
  }),
  person('c34-junior-devops', {
    level: 'junior',
    years: 1.5,
    country: 'DE',
    target: 'mlops_engineer',
    pay: 65_000,
    skills: 'docker:3:p kubernetes:2:p ci-cd:3:p linux:4:p python:3:p',
  }),
  person('c39-junior-ds-india', {
    level: 'junior',
    years: 1,
    country: 'IN',
    target: 'data_scientist',
    pay: 20_000,
    skills: 'python:3:p sql:3:p statistics:3:c pandas:3:p',
  }),
  person('c49-junior-llm-dubai', {
    level: 'junior',
    years: 1.5,
    country: 'AE',
    target: 'ml_engineer',
    pay: 80_000,
    remote: 'remote',
    skills: 'python:3:p prompt-engineering:4:m rag:3:m hugging-face:3:p fastapi:3:p',
    projects: 3,
    measured: 2,
  }),
  person('c50-junior-llm-riyadh', {
    level: 'junior',
    years: 0.5,
    country: 'SA',
    target: 'ml_engineer',
    pay: 75_000,
    skills: 'python:3:p prompt-engineering:2:c rag:2:c',
  }),
  // Mid level.
  person('c04-mid-mlops-dubai', {
    level: 'mid',
    years: 3,
    country: 'AE',
    target: 'mlops_engineer',
    pay: 140_000,
    skills: 'kubernetes:4:m docker:4:m terraform:3:p ci-cd:4:m mlflow:4:m python:4:p model-monitoring:3:p',
  }),
  person('c07-mid-tensorflow', {
    level: 'mid',
    years: 3,
    country: 'AE',
    target: 'ml_engineer',
    pay: 130_000,
    skills: 'tensorflow:4:m keras:4:p python:4:m docker:3:p sql:3:p aws-sagemaker:3:p',
  }),
  person('c10-mid-arabic-nlp', {
    level: 'mid',
    years: 3,
    country: 'JO',
    target: 'applied_scientist',
    pay: 85_000,
    relocate: true,
    skills: 'arabic-nlp:4:m nlp:4:p transformers:3:p pytorch:3:p python:4:p',
  }),
  person('c11-mid-ds-bangalore', {
    level: 'mid',
    years: 3,
    country: 'IN',
    target: 'data_scientist',
    pay: 38_000,
    skills: 'python:4:m sql:4:m statistics:4:m ab-testing:4:m xgboost:4:m pandas:5:p scikit-learn:4:p',
  }),
  person('c16-mid-cv-berlin', {
    level: 'mid',
    years: 3,
    country: 'DE',
    target: 'ml_engineer',
    pay: 95_000,
    skills: 'pytorch:4:m computer-vision:4:m object-detection:4:m opencv:4:p python:4:p docker:3:p',
  }),
  person('c21-mid-llm-dubai', {
    level: 'mid',
    years: 3,
    country: 'AE',
    target: 'ml_engineer',
    pay: 130_000,
    remote: 'remote',
    skills:
      'python:4:m pytorch:4:p llm-fine-tuning:4:m lora:4:m rag:4:m prompt-engineering:4:p hugging-face:4:p vllm:3:p',
  }),
  person('c23-mid-backend-switcher', {
    level: 'mid',
    years: 4,
    country: 'AE',
    target: 'ml_engineer',
    targetLevel: 'junior',
    pay: 110_000,
    skills: 'python:4:m docker:4:m kubernetes:3:p sql:4:m fastapi:4:m git:5:m ci-cd:3:p',
  }),
  person('c26-mid-doha', {
    level: 'mid',
    years: 3,
    country: 'QA',
    target: 'ml_engineer',
    pay: 110_000,
    skills: 'pytorch:4:m python:4:m docker:3:p',
  }),
  person('c29-mid-data-engineer', {
    level: 'mid',
    years: 3,
    country: 'SA',
    target: 'ml_engineer',
    pay: 100_000,
    relocate: true,
    skills: 'apache-spark:4:m apache-airflow:4:m sql:5:m python:4:m dbt:4:p apache-kafka:3:p',
  }),
  person('c33-mid-mlops-amsterdam', {
    level: 'mid',
    years: 3,
    country: 'NL',
    target: 'mlops_engineer',
    pay: 125_000,
    remote: 'remote',
    skills: 'kubernetes:4:m docker:4:m ci-cd:4:m mlflow:3:p terraform:3:p helm:3:p python:4:p',
  }),
  person('c36-mid-mlops-doha', {
    level: 'mid',
    years: 3.5,
    country: 'QA',
    target: 'mlops_engineer',
    targetLevel: 'senior',
    pay: 140_000,
    skills: 'kubernetes:4:p terraform:3:p ci-cd:3:p docker:4:p python:3:p',
  }),
  person('c41-mid-data-engineer-india', {
    level: 'mid',
    years: 3,
    country: 'IN',
    target: 'data_scientist',
    pay: 35_000,
    skills: 'apache-spark:4:m apache-airflow:4:p sql:4:m python:4:m',
  }),
  person('c45-mid-tech-lead', {
    level: 'mid',
    years: 4,
    country: 'US',
    target: 'engineering_manager',
    pay: 190_000,
    remote: 'remote',
    skills: 'mentoring:3:p code-review:4:m python:4:m hiring:2:c',
  }),
  person('c47-mid-cv-india', {
    level: 'mid',
    years: 3,
    country: 'IN',
    target: 'ml_engineer',
    pay: 45_000,
    relocate: true,
    skills: 'pytorch:4:m computer-vision:4:m object-detection:4:m opencv:4:m python:4:p',
  }),
  person('c48-mid-nlp-berlin', {
    level: 'mid',
    years: 3,
    country: 'DE',
    target: 'ml_engineer',
    pay: 95_000,
    skills: 'pytorch:4:m transformers:4:m python:4:p nlp:4:m',
  }),
  person('c51-mid-recsys', {
    level: 'mid',
    years: 3.5,
    country: 'US',
    target: 'ml_engineer',
    targetLevel: 'senior',
    pay: 170_000,
    skills: 'recommender-systems:4:m collaborative-filtering:4:m python:4:m sql:4:p pytorch:3:p',
  }),
  // Senior.
  person('c05-senior-mlops-london', {
    level: 'senior',
    years: 6,
    country: 'GB',
    target: 'mlops_engineer',
    pay: 180_000,
    relocate: true,
    skills:
      'kubernetes:5:m terraform:4:m ci-cd:5:m model-monitoring:4:m helm:4:p python:4:p aws-sagemaker:4:p kubeflow:4:m',
  }),
  person('c06-senior-ml-dubai', {
    level: 'senior',
    years: 5,
    country: 'AE',
    target: 'ml_engineer',
    pay: 175_000,
    skills: 'pytorch:5:m kubernetes:4:m python:5:m distributed-training:4:m model-serving:4:m mlflow:3:p',
    projects: 5,
    measured: 3,
  }),
  person('c09-senior-arabic-nlp', {
    level: 'senior',
    years: 5,
    country: 'AE',
    target: 'applied_scientist',
    pay: 190_000,
    skills: 'arabic-nlp:5:x nlp:5:m transformers:4:m pytorch:4:m llm-fine-tuning:4:m python:5:m',
    publications: 2,
  }),
  person('c12-senior-ds-us', {
    level: 'senior',
    years: 5,
    country: 'US',
    target: 'data_scientist',
    pay: 200_000,
    skills: 'python:5:m sql:5:m statistics:5:m ab-testing:5:m xgboost:4:p experiment-design:4:m',
  }),
  person('c15-senior-ml-us', {
    level: 'senior',
    years: 6,
    country: 'US',
    target: 'ml_engineer',
    pay: 210_000,
    skills: 'python:5:m pytorch:5:m kubernetes:4:m distributed-training:4:p mentoring:3:p',
  }),
  person('c18-senior-ml-hidden', {
    level: 'senior',
    years: 6,
    country: 'AE',
    target: 'ml_engineer',
    pay: 180_000,
    visibility: 'hidden',
    skills: 'pytorch:5:m kubernetes:4:m python:5:m distributed-training:4:m model-serving:4:m',
  }),
  person('c19-mid-mlops-blocking', {
    level: 'mid',
    years: 3,
    country: 'NL',
    target: 'mlops_engineer',
    pay: 120_000,
    blocked: ['northwind.example'],
    skills: 'kubernetes:4:m docker:4:m ci-cd:4:m mlflow:4:m terraform:3:p',
  }),
  person('c20-senior-ml-expensive', {
    level: 'senior',
    years: 6,
    country: 'AE',
    target: 'ml_engineer',
    pay: 300_000,
    skills: 'pytorch:5:m kubernetes:4:m python:5:m distributed-training:4:m model-serving:4:m',
  }),
  person('c24-senior-statistician', {
    level: 'senior',
    years: 6,
    country: 'GB',
    target: 'data_scientist',
    pay: 120_000,
    skills: 'statistics:5:x r:5:m experiment-design:4:m probability:5:x sql:3:p',
  }),
  person('c25-senior-ml-relocating', {
    level: 'senior',
    years: 5,
    country: 'IN',
    target: 'ml_engineer',
    pay: 90_000,
    relocate: true,
    desired: ['AE'],
    skills: 'pytorch:5:m kubernetes:3:p python:5:m distributed-training:3:p model-serving:4:m',
  }),
  person('c27-senior-ml-stale', {
    level: 'senior',
    years: 6,
    country: 'AE',
    target: 'ml_engineer',
    pay: 180_000,
    open: false,
    updatedAt: '2024-03-01T00:00:00Z',
    skills: 'pytorch:5:p kubernetes:4:p python:5:p distributed-training:4:p',
    projects: 2,
    measured: 0,
  }),
  person('c28-senior-recsys', {
    level: 'senior',
    years: 5,
    country: 'US',
    target: 'ml_engineer',
    pay: 200_000,
    skills:
      'recommender-systems:5:m collaborative-filtering:4:m learning-to-rank:4:m python:5:m pytorch:4:p sql:4:m apache-spark:4:p',
  }),
  person('c35-senior-mlops-doha', {
    level: 'senior',
    years: 6,
    country: 'QA',
    target: 'mlops_engineer',
    pay: 170_000,
    skills: 'kubernetes:5:m terraform:4:m ci-cd:4:m model-monitoring:4:m python:4:p helm:3:p',
  }),
  person('c37-senior-research-dubai', {
    level: 'senior',
    years: 6,
    country: 'AE',
    target: 'research_scientist',
    targetLevel: 'staff',
    pay: 230_000,
    relocate: true,
    skills: 'pytorch:5:m transformers:5:m rlhf:3:p distributed-training:4:m jax:3:p python:5:m',
    publications: 3,
  }),
  person('c40-senior-ds-india', {
    level: 'senior',
    years: 6,
    country: 'IN',
    target: 'data_scientist',
    pay: 50_000,
    skills: 'python:5:m sql:5:m statistics:5:m ab-testing:4:m xgboost:4:m experiment-design:4:m',
  }),
  person('c42-senior-nlp-dubai', {
    level: 'senior',
    years: 5,
    country: 'AE',
    target: 'applied_scientist',
    pay: 185_000,
    skills: 'nlp:5:m transformers:5:m pytorch:4:m llm-fine-tuning:4:m python:5:m',
  }),
  person('c43-senior-architect-dubai', {
    level: 'senior',
    years: 7,
    country: 'AE',
    target: 'ml_architect',
    targetLevel: 'staff',
    pay: 220_000,
    relocate: true,
    skills: 'system-design:4:m ml-architecture:4:m kubernetes:4:m aws-sagemaker:3:p',
  }),
  person('c44-senior-em-toronto', {
    level: 'senior',
    years: 6,
    country: 'CA',
    target: 'engineering_manager',
    pay: 210_000,
    remote: 'remote',
    skills: 'people-management:4:m hiring:4:m mentoring:4:m roadmapping:3:p stakeholder-communication:4:p',
  }),
  person('c46-senior-cv-berlin', {
    level: 'senior',
    years: 6,
    country: 'DE',
    target: 'ml_engineer',
    pay: 115_000,
    skills:
      'pytorch:5:m computer-vision:5:m object-detection:5:m image-segmentation:4:m opencv:4:m python:5:p',
  }),
  // Staff.
  person('c08-staff-research-london', {
    level: 'staff',
    years: 9,
    country: 'GB',
    target: 'research_scientist',
    pay: 290_000,
    skills: 'pytorch:5:x transformers:5:x rlhf:4:x distributed-training:5:m llm-fine-tuning:5:x python:5:m',
    publications: 6,
  }),
  person('c13-staff-architect-riyadh', {
    level: 'staff',
    years: 11,
    country: 'SA',
    target: 'ml_architect',
    pay: 260_000,
    skills:
      'system-design:5:m ml-architecture:5:m kubernetes:4:p aws-sagemaker:4:x vertex-ai:3:p technical-strategy:4:p',
  }),
  person('c14-staff-em-us', {
    level: 'staff',
    years: 10,
    country: 'US',
    target: 'engineering_manager',
    pay: 250_000,
    remote: 'remote',
    skills:
      'people-management:5:m hiring:5:m roadmapping:4:m stakeholder-communication:5:m mentoring:5:m python:3:c',
  }),
  person('c38-staff-ml-london', {
    level: 'staff',
    years: 8,
    country: 'GB',
    target: 'ml_engineer',
    pay: 250_000,
    skills: 'pytorch:5:m distributed-training:5:m kubernetes:4:m python:5:m transformers:3:p',
  }),
];

export const EVAL_POSITIONS: readonly MatchPosition[] = [
  role('p01-senior-ml-dubai', {
    roleFamily: 'ml_engineer',
    level: 'senior',
    countries: ['AE'],
    workplace: 'hybrid',
    visa: true,
    required: 'pytorch:4 kubernetes:3 python:4 distributed-training:3',
    nice: 'mlflow model-serving',
    band: [160_000, 210_000],
    domain: 'falconai.example',
  }),
  role('p02-junior-ml-riyadh', {
    roleFamily: 'ml_engineer',
    level: 'junior',
    countries: ['SA'],
    workplace: 'hybrid',
    visa: false,
    required: 'python:3 scikit-learn:3 sql:3 git:3',
    nice: 'pytorch docker',
    band: [70_000, 110_000],
    domain: 'saharadata.example',
  }),
  role('p03-mid-mlops-remote-europe', {
    roleFamily: 'mlops_engineer',
    level: 'mid',
    countries: ['NL'],
    workplace: 'remote',
    remoteCountries: ['NL', 'DE', 'GB', 'IE', 'FR'],
    visa: false,
    required: 'kubernetes:3 docker:3 ci-cd:3 mlflow:3 terraform:2',
    nice: 'helm model-monitoring',
    band: [110_000, 160_000],
    domain: 'northwind.example',
  }),
  role('p04-senior-mlops-doha', {
    roleFamily: 'mlops_engineer',
    level: 'senior',
    countries: ['QA'],
    workplace: 'onsite',
    visa: false,
    required: 'kubernetes:4 terraform:3 ci-cd:4 model-monitoring:3 python:3',
    nice: 'helm mlflow',
    band: [150_000, 200_000],
    domain: 'pearlcloud.example',
  }),
  role('p05-staff-research-london', {
    roleFamily: 'research_scientist',
    level: 'staff',
    countries: ['GB'],
    workplace: 'hybrid',
    visa: true,
    required: 'pytorch:5 transformers:4 rlhf:3 distributed-training:4',
    nice: 'jax llm-fine-tuning',
    band: [220_000, 320_000],
    domain: 'thamesresearch.example',
  }),
  role('p06-mid-ds-bangalore', {
    roleFamily: 'data_scientist',
    level: 'mid',
    countries: ['IN'],
    workplace: 'hybrid',
    visa: false,
    required: 'python:3 sql:3 statistics:3 ab-testing:3 xgboost:3',
    nice: 'pandas experiment-design',
    band: [25_000, 45_000],
    domain: 'lotusanalytics.example',
  }),
  role('p07-senior-arabic-nlp-abudhabi', {
    roleFamily: 'applied_scientist',
    level: 'senior',
    countries: ['AE'],
    workplace: 'onsite',
    visa: true,
    required: 'arabic-nlp:4 transformers:4 pytorch:4 llm-fine-tuning:3',
    nice: 'nlp rag',
    band: [160_000, 210_000],
    domain: 'dhowlabs.example',
  }),
  role('p08-staff-architect-riyadh', {
    roleFamily: 'ml_architect',
    level: 'staff',
    countries: ['SA'],
    workplace: 'onsite',
    visa: true,
    required: 'system-design:5 ml-architecture:4 kubernetes:3 aws-sagemaker:3',
    nice: 'vertex-ai technical-strategy',
    band: [200_000, 300_000],
    domain: 'najmtech.example',
  }),
  role('p09-senior-em-remote-us', {
    roleFamily: 'engineering_manager',
    level: 'senior',
    countries: ['US'],
    workplace: 'remote',
    remoteCountries: ['US', 'CA'],
    visa: false,
    required: 'people-management:4 hiring:3 roadmapping:3 mentoring:4 stakeholder-communication:3',
    nice: 'technical-strategy',
    band: [200_000, 260_000],
    domain: 'prairieml.example',
  }),
  role('p10-mid-cv-berlin', {
    roleFamily: 'ml_engineer',
    level: 'mid',
    countries: ['DE'],
    workplace: 'onsite',
    visa: false,
    required: 'pytorch:3 computer-vision:3 object-detection:3 opencv:3',
    nice: 'docker image-segmentation',
    band: [80_000, 120_000],
    domain: 'spreevision.example',
  }),
  role('p11-junior-llm-remote-gulf', {
    roleFamily: 'ml_engineer',
    level: 'junior',
    countries: ['AE'],
    workplace: 'remote',
    remoteCountries: ['AE', 'SA', 'QA'],
    visa: false,
    required: 'python:3 prompt-engineering:3 rag:2 hugging-face:2',
    nice: 'llm-fine-tuning fastapi',
    band: [70_000, 100_000],
    domain: 'oasisai.example',
  }),
  role('p12-senior-recsys-seattle', {
    roleFamily: 'ml_engineer',
    level: 'senior',
    countries: ['US'],
    workplace: 'hybrid',
    visa: true,
    required: 'recommender-systems:4 python:4 pytorch:3 sql:3 apache-spark:3',
    nice: 'learning-to-rank collaborative-filtering',
    band: [180_000, 230_000],
    domain: 'cascadeshop.example',
  }),
];

const j = (
  positionId: string,
  candidateId: string,
  relevance: Judgement['relevance'],
  why: string,
): Judgement => ({
  positionId,
  candidateId,
  relevance,
  why,
});

export const JUDGEMENTS: readonly Judgement[] = [
  j(
    'p01-senior-ml-dubai',
    'c06-senior-ml-dubai',
    3,
    'senior in Dubai, every requirement met with measured work',
  ),
  j('p01-senior-ml-dubai', 'c25-senior-ml-relocating', 2, 'meets every minimum, but must move from India'),
  j(
    'p01-senior-ml-dubai',
    'c27-senior-ml-stale',
    1,
    'right skills, but stale profile, not open, no measured work',
  ),
  j('p01-senior-ml-dubai', 'c07-mid-tensorflow', 1, 'mid level, TensorFlow not PyTorch, no Kubernetes'),
  j('p01-senior-ml-dubai', 'c21-mid-llm-dubai', 1, 'mid level LLM engineer, PyTorch but no infrastructure'),
  j('p01-senior-ml-dubai', 'c01-junior-notebooks', 0, 'junior with notebook projects only'),
  j('p01-senior-ml-dubai', 'c18-senior-ml-hidden', 0, 'hidden profile'),
  j('p01-senior-ml-dubai', 'c20-senior-ml-expensive', 0, 'asks far above the band'),
  j('p01-senior-ml-dubai', 'c15-senior-ml-us', 0, 'in the US and not relocating'),

  j('p02-junior-ml-riyadh', 'c31-junior-riyadh', 3, 'junior in Riyadh with the core junior stack'),
  j(
    'p02-junior-ml-riyadh',
    'c03-junior-analyst',
    2,
    'junior in Riyadh, strong SQL and pandas, aims at data science',
  ),
  j('p02-junior-ml-riyadh', 'c32-junior-riyadh-notebooks', 1, 'junior in Riyadh, notebooks only'),
  j('p02-junior-ml-riyadh', 'c29-mid-data-engineer', 1, 'data engineer, over-qualified, no scikit-learn'),
  j('p02-junior-ml-riyadh', 'c13-staff-architect-riyadh', 0, 'staff architect, pay far above a junior band'),
  j('p02-junior-ml-riyadh', 'c02-junior-deployed', 0, 'in Dubai, and the role sponsors no visa'),

  j('p03-mid-mlops-remote-europe', 'c33-mid-mlops-amsterdam', 3, 'mid MLOps in the Netherlands, full stack'),
  j(
    'p03-mid-mlops-remote-europe',
    'c05-senior-mlops-london',
    2,
    'senior MLOps in London, over-qualified, no MLflow',
  ),
  j('p03-mid-mlops-remote-europe', 'c34-junior-devops', 1, 'junior DevOps in Germany, no MLflow'),
  j('p03-mid-mlops-remote-europe', 'c16-mid-cv-berlin', 1, 'CV engineer with Docker only'),
  j('p03-mid-mlops-remote-europe', 'c24-senior-statistician', 0, 'statistician, none of the stack'),
  j('p03-mid-mlops-remote-europe', 'c04-mid-mlops-dubai', 0, 'lives in Dubai, outside the remote countries'),
  j('p03-mid-mlops-remote-europe', 'c19-mid-mlops-blocking', 0, 'blocked this employer'),

  j('p04-senior-mlops-doha', 'c35-senior-mlops-doha', 3, 'senior MLOps in Doha, every requirement met'),
  j(
    'p04-senior-mlops-doha',
    'c36-mid-mlops-doha',
    2,
    'mid MLOps in Doha aiming at senior, monitoring missing',
  ),
  j('p04-senior-mlops-doha', 'c26-mid-doha', 1, 'mid ML engineer in Doha, Docker and Python only'),
  j('p04-senior-mlops-doha', 'c05-senior-mlops-london', 0, 'in London, and the role sponsors no visa'),
  j('p04-senior-mlops-doha', 'c04-mid-mlops-dubai', 0, 'in Dubai, and the role sponsors no visa'),

  j(
    'p05-staff-research-london',
    'c08-staff-research-london',
    3,
    'staff researcher in London, publications, RLHF',
  ),
  j(
    'p05-staff-research-london',
    'c37-senior-research-dubai',
    2,
    'senior researcher aiming at staff, would move',
  ),
  j('p05-staff-research-london', 'c38-staff-ml-london', 1, 'staff ML engineer, no RLHF, engineering track'),
  j(
    'p05-staff-research-london',
    'c30-junior-research',
    1,
    'junior researcher with publications, far too early',
  ),
  j('p05-staff-research-london', 'c24-senior-statistician', 0, 'statistician, no deep learning'),
  j('p05-staff-research-london', 'c21-mid-llm-dubai', 0, 'in Dubai, will not relocate'),

  j('p06-mid-ds-bangalore', 'c11-mid-ds-bangalore', 3, 'mid data scientist in Bangalore, every requirement'),
  j('p06-mid-ds-bangalore', 'c40-senior-ds-india', 2, 'senior, over-qualified, asks above the band'),
  j('p06-mid-ds-bangalore', 'c39-junior-ds-india', 1, 'junior, claimed statistics, no A/B testing'),
  j('p06-mid-ds-bangalore', 'c41-mid-data-engineer-india', 1, 'data engineer, SQL and Python only'),
  j('p06-mid-ds-bangalore', 'c01-junior-notebooks', 1, 'junior with pandas notebooks'),
  j('p06-mid-ds-bangalore', 'c22-junior-llm-india', 0, 'junior LLM tinkerer, Python only'),

  j('p07-senior-arabic-nlp-abudhabi', 'c09-senior-arabic-nlp', 3, 'senior Arabic NLP scientist in the UAE'),
  j('p07-senior-arabic-nlp-abudhabi', 'c42-senior-nlp-dubai', 2, 'senior NLP, no Arabic NLP'),
  j('p07-senior-arabic-nlp-abudhabi', 'c10-mid-arabic-nlp', 2, 'mid Arabic NLP, would move from Jordan'),
  j('p07-senior-arabic-nlp-abudhabi', 'c21-mid-llm-dubai', 1, 'mid LLM engineer, no NLP background'),
  j('p07-senior-arabic-nlp-abudhabi', 'c02-junior-deployed', 0, 'junior generalist'),
  j('p07-senior-arabic-nlp-abudhabi', 'c08-staff-research-london', 0, 'in London, will not relocate'),

  j('p08-staff-architect-riyadh', 'c13-staff-architect-riyadh', 3, 'staff architect in Riyadh'),
  j(
    'p08-staff-architect-riyadh',
    'c43-senior-architect-dubai',
    2,
    'senior architect aiming at staff, would move',
  ),
  j(
    'p08-staff-architect-riyadh',
    'c05-senior-mlops-london',
    1,
    'senior MLOps, platform skills but no architecture',
  ),
  j('p08-staff-architect-riyadh', 'c23-mid-backend-switcher', 0, 'mid backend engineer, Kubernetes only'),
  j('p08-staff-architect-riyadh', 'c06-senior-ml-dubai', 0, 'in Dubai, will not relocate'),

  j('p09-senior-em-remote-us', 'c44-senior-em-toronto', 3, 'senior ML manager in Canada, every requirement'),
  j('p09-senior-em-remote-us', 'c14-staff-em-us', 3, 'staff manager in the US, over-qualified by a stage'),
  j('p09-senior-em-remote-us', 'c45-mid-tech-lead', 1, 'mid tech lead mentoring, no management yet'),
  j('p09-senior-em-remote-us', 'c15-senior-ml-us', 1, 'senior IC who mentors'),
  j('p09-senior-em-remote-us', 'c12-senior-ds-us', 0, 'senior IC data scientist, no people skills listed'),

  j('p10-mid-cv-berlin', 'c16-mid-cv-berlin', 3, 'mid CV engineer in Berlin, every requirement'),
  j('p10-mid-cv-berlin', 'c46-senior-cv-berlin', 2, 'senior CV in Berlin, over-qualified'),
  j('p10-mid-cv-berlin', 'c17-junior-cv', 1, 'junior, CV basics claimed'),
  j('p10-mid-cv-berlin', 'c48-mid-nlp-berlin', 1, 'mid NLP engineer, PyTorch only'),
  j('p10-mid-cv-berlin', 'c47-mid-cv-india', 0, 'in India, and the role sponsors no visa'),

  j(
    'p11-junior-llm-remote-gulf',
    'c49-junior-llm-dubai',
    3,
    'junior LLM engineer in Dubai, measured RAG work',
  ),
  j('p11-junior-llm-remote-gulf', 'c50-junior-llm-riyadh', 2, 'junior in Riyadh, LLM basics claimed'),
  j(
    'p11-junior-llm-remote-gulf',
    'c02-junior-deployed',
    1,
    'junior in Dubai, deployed models but no LLM work',
  ),
  j('p11-junior-llm-remote-gulf', 'c03-junior-analyst', 0, 'junior analyst, Python only'),
  j('p11-junior-llm-remote-gulf', 'c22-junior-llm-india', 0, 'lives in India, outside the remote countries'),
  j('p11-junior-llm-remote-gulf', 'c21-mid-llm-dubai', 0, 'mid engineer asking above a junior band'),

  j('p12-senior-recsys-seattle', 'c28-senior-recsys', 3, 'senior recommender engineer in the US'),
  j('p12-senior-recsys-seattle', 'c51-mid-recsys', 2, 'mid recommender engineer aiming at senior, no Spark'),
  j('p12-senior-recsys-seattle', 'c15-senior-ml-us', 1, 'senior ML engineer, no recommender work'),
  j('p12-senior-recsys-seattle', 'c12-senior-ds-us', 1, 'senior data scientist, SQL and Python'),
  j('p12-senior-recsys-seattle', 'c29-mid-data-engineer', 1, 'mid data engineer with Spark, would move'),
];
