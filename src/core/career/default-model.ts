// The career model shipped before any admin edits it, written from the 2026 ML career guide
// (shared/reference/ml-career-guide-2026.txt). Each step cites the guide's section; where the guide
// is silent (expected proficiencies, evidence counts, the tracks' skills) the choice is ours and the
// comment beside it says why. Proficiency is the profile's 1-5 scale: 2 basic, 3 working, 4 strong.
import type {
  CareerModel,
  CoreSkill,
  EvidenceExpectation,
  PortfolioProjectTemplate,
} from '../../contracts/career.js';

const skill = (skillId: string, proficiency: number, alternatives: string[] = []): CoreSkill => ({
  skillId,
  proficiency,
  alternatives,
});
const evidence = (e: Partial<EvidenceExpectation>): EvidenceExpectation => ({
  projects: 0,
  measuredProjects: 0,
  deployedProjects: 0,
  publications: 0,
  leadership: false,
  architecture: false,
  ...e,
});
const project = (p: PortfolioProjectTemplate) => p;

export const DEFAULT_CAREER_MODEL: CareerModel = {
  stages: [
    {
      id: 'junior',
      title: 'Junior ML Engineer',
      years: { min: 0, max: 2 },
      source: 'ML Job Path, Stage 1; Building an AI Portfolio, For Junior Candidates',
      typicalTitles: ['Junior ML Engineer', 'ML Engineer I', 'Associate Data Scientist'],
      // "Core skills needed" of Stage 1; "working" knowledge is the bar for a first role.
      coreSkills: [
        skill('python', 3),
        skill('pandas', 2, ['numpy']),
        skill('scikit-learn', 2),
        skill('pytorch', 2, ['tensorflow']),
        skill('sql', 2),
        skill('git', 2),
        skill('supervised-learning', 2, ['unsupervised-learning']),
      ],
      responsibilities: [
        'Learn production workflows and contribute to well scoped tasks under guidance',
        'Data preprocessing and feature engineering',
        'Model training experiments',
        'Unit tests for ML code',
      ],
      projects: [
        project({
          id: 'junior-end-to-end-tabular',
          title: 'End-to-end classification or regression on real data',
          description:
            'Take a real-world dataset (not Iris or Titanic): clean it, engineer features, train several models, evaluate them rigorously and deploy the best as a small web app.',
          skills: ['python', 'pandas', 'scikit-learn', 'feature-engineering', 'fastapi'],
          measurableOutcome: 'Held-out metric against a baseline, and a public demo link',
        }),
        project({
          id: 'junior-transfer-learning',
          title: 'Transfer learning on a custom dataset',
          description:
            'An NLP or computer vision project: fine-tune a pretrained model on a dataset you collected and show performance before and after.',
          skills: ['pytorch', 'transfer-learning', 'hugging-face'],
          measurableOutcome: 'Before and after metrics on the same test split',
        }),
        project({
          id: 'junior-scheduled-pipeline',
          title: 'Data pipeline with scheduled retraining',
          description:
            'Ingest data from an API, transform and store it, and trigger a model retraining job on a schedule.',
          skills: ['python', 'sql', 'apache-airflow', 'data-pipelines'],
          measurableOutcome: 'Runs without intervention for a month; freshness and retraining metrics logged',
        }),
      ],
      standOut: [
        'Build 3 to 5 projects that solve real problems, not tutorial reproductions',
        'Deploy at least one model as an API (FastAPI or Flask) hosted on a cloud platform',
        'Document your thinking, trade-offs and results thoroughly',
      ],
      // "A portfolio of 3 to 5 projects … deploy at least one model": the junior bar is the start of
      // that advice (one project), since it is the entry rung.
      evidence: evidence({ projects: 1 }),
      salaryBenchmark: { roleFamily: 'ml_engineer', level: 'junior' },
    },
    {
      id: 'mid',
      title: 'Mid-level ML Engineer',
      years: { min: 2, max: 4 },
      source: 'ML Job Path, Stage 2; Building an AI Portfolio, For Mid Level Candidates',
      typicalTitles: ['ML Engineer II', 'Machine Learning Engineer', 'Applied Scientist'],
      coreSkills: [
        skill('transformers', 3, ['attention-mechanisms', 'transfer-learning']),
        skill('aws-sagemaker', 3, ['vertex-ai', 'azure-ml']),
        skill('mlflow', 3, ['kubeflow', 'weights-and-biases']),
        skill('apache-spark', 2, ['apache-airflow', 'stream-processing']),
        skill('ab-testing', 2, ['experiment-design']),
        skill('pytorch', 3, ['tensorflow']),
      ],
      responsibilities: [
        'Own features end to end',
        'Scope a problem and choose an appropriate modelling approach',
        'Build the pipeline, deploy the model and monitor its performance independently',
      ],
      projects: [
        project({
          id: 'mid-scale',
          title: 'A project that handles scale',
          description:
            'Large datasets, distributed training or high-throughput serving: show the system holding up under real load.',
          skills: ['apache-spark', 'distributed-training', 'model-serving'],
          measurableOutcome: 'Throughput or training time at a stated data size, before and after',
        }),
        project({
          id: 'mid-mlops-setup',
          title: 'MLOps setup: tracking, versioning, automated deployment',
          description:
            'Experiment tracking, model versioning and automated deployment for one model, with the pipeline in CI.',
          skills: ['mlflow', 'model-registry', 'ci-cd', 'docker', 'aws-sagemaker'],
          measurableOutcome: 'Time from merged change to deployed model; number of tracked experiments',
        }),
        project({
          id: 'mid-business-impact',
          title: 'A model framed by its business impact',
          description:
            'Ship a model behind an A/B test and report the metric that matters: revenue lift, cost reduction or latency.',
          skills: ['ab-testing', 'transformers', 'model-monitoring'],
          measurableOutcome: 'Measured lift or saving from the experiment, with its confidence interval',
        }),
      ],
      standOut: [
        'Contribute to open source ML projects',
        'Write technical blog posts or publish findings on arXiv',
        'Mentor junior colleagues',
        'Begin a specialisation such as NLP, computer vision or recommender systems',
      ],
      // "Own features end to end … deploying the model": a deployed model they own is the mark of
      // the stage; two projects, one with measured results ("demonstrate business impact").
      evidence: evidence({ projects: 2, measuredProjects: 1, deployedProjects: 1 }),
      salaryBenchmark: { roleFamily: 'ml_engineer', level: 'mid' },
    },
    {
      id: 'senior',
      title: 'Senior ML Engineer',
      years: { min: 4, max: 7 },
      source: 'ML Job Path, Stage 3; Building an AI Portfolio, For Senior Candidates',
      typicalTitles: ['Senior ML Engineer', 'Staff ML Engineer', 'Senior Applied Scientist'],
      coreSkills: [
        skill('distributed-training', 3, ['model-parallelism', 'data-parallelism']),
        skill('model-serving', 4, ['inference-optimisation']),
        skill('llm-fine-tuning', 3, ['rlhf']),
        skill('prompt-engineering', 3),
        skill('cloud-cost-optimisation', 3, ['gpu-computing']),
        skill('mentoring', 3, ['code-review']),
        skill('stakeholder-communication', 3, ['roadmapping']),
      ],
      responsibilities: [
        'Design system architectures and make technology choices that affect the whole team',
        'Lead cross-functional projects',
        'Be accountable for the business impact of ML systems',
      ],
      projects: [
        project({
          id: 'senior-platform-design',
          title: 'ML platform design document',
          description:
            'A system design document and architecture diagram for an ML platform you built: distributed training, model sharding or low-latency serving, with the alternatives you rejected.',
          skills: ['distributed-training', 'model-serving', 'system-design'],
          measurableOutcome: 'Latency, cost or throughput targets set in the design and met in production',
        }),
        project({
          id: 'senior-prototype-to-production',
          title: 'Case study: prototype to production',
          description:
            'Publish how a model moved from prototype to production and the decisions made along the way, including GPU and cloud cost.',
          skills: ['llm-fine-tuning', 'cloud-cost-optimisation', 'model-monitoring'],
          measurableOutcome: 'Revenue or efficiency gain delivered, e.g. "cut inference cost by 40%"',
        }),
        project({
          id: 'senior-mentorship',
          title: 'Mentorship record',
          description: 'Documentation you wrote for your team or internal talks you delivered.',
          skills: ['mentoring', 'technical-writing', 'public-speaking'],
          measurableOutcome: 'People onboarded or teams that adopted the documentation',
        }),
      ],
      standOut: [
        'Lead a project that delivers measurable revenue or efficiency gains',
        'Build internal tools or frameworks that other teams adopt',
        'Develop a public reputation: conference talks, publications or a recognised open source contribution',
      ],
      // "Senior engineers are technical leaders": leadership evidence is a gate; three measured
      // projects follow "lead a project that delivers measurable … gains".
      evidence: evidence({ projects: 3, measuredProjects: 2, deployedProjects: 1, leadership: true }),
      salaryBenchmark: { roleFamily: 'ml_engineer', level: 'senior' },
    },
    {
      id: 'staff',
      title: 'Staff Engineer, Architect or Manager',
      years: { min: 7, max: null },
      source: 'ML Job Path, Stage 4; ML Salary Benchmarks (+25% for LLM + architecture)',
      typicalTitles: ['Staff ML Engineer', 'Principal ML Engineer', 'ML Architect', 'ML Engineering Manager'],
      coreSkills: [
        skill('software-architecture', 4, ['ml-architecture', 'system-design']),
        skill('distributed-systems', 4),
        skill('large-language-models', 4, ['llm-fine-tuning']),
        skill('technical-strategy', 3, ['cross-team-leadership']),
        skill('kubernetes', 3, ['cloud-architecture']),
      ],
      responsibilities: [
        'Set technical direction across multiple teams',
        'Solve ambiguous, high-impact problems',
        'Standardise tooling and best practices, or lead teams of ML engineers',
      ],
      projects: [
        project({
          id: 'staff-org-platform',
          title: 'Organisation-wide AI platform',
          description:
            'Design and drive adoption of a shared platform (training, serving or evaluation) used by several teams.',
          skills: ['software-architecture', 'distributed-systems', 'kubernetes'],
          measurableOutcome: 'Teams onboarded and the time or cost each saved',
        }),
        project({
          id: 'staff-llm-architecture',
          title: 'LLM system architecture',
          description:
            'The architecture of a production LLM system: retrieval, fine-tuning, evaluation and serving at scale.',
          skills: ['large-language-models', 'software-architecture', 'llm-evaluation'],
          measurableOutcome: 'Quality, latency and cost per request against the previous system',
        }),
      ],
      standOut: [
        'Staff engineers solve ambiguous, high-impact problems',
        'Architects standardise tooling and best practices across the company',
        'Managers are accountable for hiring, retention, team performance and cross-department alignment',
      ],
      // "Setting technical direction across multiple teams" needs both leadership and architecture.
      evidence: evidence({
        projects: 3,
        measuredProjects: 2,
        deployedProjects: 1,
        publications: 1,
        leadership: true,
        architecture: true,
      }),
      salaryBenchmark: { roleFamily: 'ml_engineer', level: 'staff' },
    },
  ],
  // "Stage 4 … career paths diverge" and "Career growth beyond senior engineer branches into staff
  // engineer, ML architect, research scientist, or engineering management tracks". The guide gives
  // one sentence per track; the skills are ours, picked from its senior and "High Demand" lists.
  tracks: [
    {
      id: 'staff_ic',
      track: 'ic',
      roleFamily: 'ml_engineer',
      title: 'Staff or Principal ML Engineer',
      years: { min: 7, max: null },
      source: 'ML Job Path, Stage 4 (individual contributor track)',
      typicalTitles: ['Staff ML Engineer', 'Principal ML Engineer'],
      coreSkills: [
        skill('distributed-systems', 4),
        skill('software-architecture', 4, ['system-design']),
        skill('large-language-models', 4, ['llm-fine-tuning']),
        skill('inference-optimisation', 4, ['model-serving']),
        skill('cross-team-leadership', 3, ['technical-strategy']),
      ],
      responsibilities: [
        'Set technical direction across multiple teams',
        'Solve ambiguous, high-impact problems',
      ],
      projects: [
        project({
          id: 'staff-ic-ambiguous-problem',
          title: 'An ambiguous, high-impact problem solved across teams',
          description:
            'Write up a cross-team technical problem you framed, the options, the decision and its result.',
          skills: ['distributed-systems', 'software-architecture', 'cross-team-leadership'],
          measurableOutcome: 'The business metric it moved and the teams that adopted the solution',
        }),
      ],
      standOut: [
        'Build internal tools or frameworks that other teams adopt',
        'A recognised open source contribution',
      ],
      evidence: evidence({
        projects: 3,
        measuredProjects: 2,
        deployedProjects: 1,
        leadership: true,
        architecture: true,
      }),
      salaryBenchmark: { roleFamily: 'ml_engineer', level: 'staff' },
    },
    {
      id: 'ml_architect',
      track: 'architect',
      roleFamily: 'ml_architect',
      title: 'ML Architect',
      years: { min: 7, max: null },
      source: 'ML Job Path, Stage 4 ("designing organization wide AI platforms")',
      typicalTitles: ['ML Architect', 'AI Platform Architect'],
      coreSkills: [
        skill('ml-architecture', 4, ['software-architecture']),
        skill('mlops', 4),
        skill('kubernetes', 4),
        skill('cloud-architecture', 4, ['aws', 'gcp', 'azure']),
        skill('ai-governance', 3),
      ],
      responsibilities: [
        'Design organisation-wide AI platforms',
        'Standardise tooling and best practices across the company',
      ],
      projects: [
        project({
          id: 'architect-reference-platform',
          title: 'Reference architecture for ML delivery',
          description:
            'A reference architecture and golden path (CI/CD for models, registry, monitoring, governance) adopted by several teams.',
          skills: ['ml-architecture', 'mlops', 'kubernetes', 'ai-governance'],
          measurableOutcome: 'Teams on the golden path and their time from experiment to production',
        }),
      ],
      standOut: [
        'Standardise tooling across the company',
        'Responsible AI practices under regional regulation',
      ],
      evidence: evidence({ projects: 3, measuredProjects: 1, deployedProjects: 1, architecture: true }),
      salaryBenchmark: { roleFamily: 'ml_architect', level: 'staff' },
    },
    {
      id: 'research_scientist',
      track: 'research',
      roleFamily: 'research_scientist',
      title: 'Research Scientist',
      years: { min: 7, max: null },
      source:
        'ML Job Path, Stage 4; What Does a Machine Learning Engineer Actually Do ("theoretical advances")',
      typicalTitles: ['Research Scientist', 'Senior Research Scientist'],
      coreSkills: [
        skill('deep-learning', 5),
        skill('research', 4, ['research-publications']),
        skill('large-language-models', 4, ['reinforcement-learning']),
        skill('statistics', 4, ['probability']),
        skill('linear-algebra', 4),
      ],
      responsibilities: ['Advance the state of the art', 'Publish and turn results into products'],
      projects: [
        project({
          id: 'research-paper',
          title: 'A peer-reviewed or arXiv paper with code',
          description: 'A research question, experiments with baselines and ablations, and released code.',
          skills: ['research', 'deep-learning', 'statistics'],
          measurableOutcome: 'Improvement over the strongest baseline on a public benchmark',
        }),
      ],
      standOut: ['Publish findings on arXiv and at conferences', 'Conference talks'],
      // Publications are the research track's evidence ("publications, or a recognised contribution").
      evidence: evidence({ projects: 2, publications: 2 }),
      salaryBenchmark: { roleFamily: 'research_scientist', level: 'staff' },
    },
    {
      id: 'engineering_manager',
      track: 'management',
      roleFamily: 'engineering_manager',
      title: 'ML Engineering Manager',
      years: { min: 7, max: null },
      source: 'ML Job Path, Stage 4 ("Managers are accountable for hiring, retention, team performance")',
      typicalTitles: ['ML Engineering Manager', 'Head of Machine Learning'],
      coreSkills: [
        skill('people-management', 4),
        skill('hiring', 3),
        skill('stakeholder-communication', 4),
        skill('roadmapping', 3, ['project-management']),
        skill('mlops', 3, ['software-architecture']),
      ],
      responsibilities: ['Hiring and retention', 'Team performance', 'Cross-department alignment'],
      projects: [
        project({
          id: 'manager-team-outcome',
          title: 'A team outcome you were accountable for',
          description:
            'The team you built or led, what it delivered, and how you hired, grew and aligned it with other departments.',
          skills: ['people-management', 'hiring', 'roadmapping'],
          measurableOutcome: 'Delivery against the roadmap, retention and hiring figures',
        }),
      ],
      standOut: ['Mentor junior colleagues', 'Explain complex ML concepts to non-technical stakeholders'],
      evidence: evidence({ projects: 2, measuredProjects: 1, leadership: true }),
      salaryBenchmark: { roleFamily: 'engineering_manager', level: 'staff' },
    },
  ],
};
