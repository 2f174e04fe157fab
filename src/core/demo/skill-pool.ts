// The skills demo profiles and positions are built from, arranged as the 2026 career guide arranges
// them: the stage at which each becomes core, plus the specialisations the guide names. Ids are the
// stable slugs the full skill taxonomy will reuse.
import type { Stage } from './stages.js';

/** A specialisation the guide recommends developing from the mid level on. */
export type Specialisation = 'nlp' | 'cv' | 'recsys' | 'llm' | 'mlops' | 'data-eng';

export interface SkillDef {
  /** Lower-case kebab slug, stable across releases: 'scikit-learn', 'llm-fine-tuning'. */
  readonly id: string;
  /** Display name: 'scikit-learn', 'LLM fine-tuning'. */
  readonly name: string;
  /** The stage at which the guide lists the skill as core; null for optional and specialist skills. */
  readonly coreAt: Stage | null;
  /** The stage at which people typically pick the skill up; it scales proficiency and years. */
  readonly tier: Stage;
  readonly specialisations: readonly Specialisation[];
  /** Year the technology appeared, so nobody claims ten years of vLLM. */
  readonly since?: number;
  /** Wording inside a headline when it differs from the display name ('object detection'). */
  readonly phrase?: string;
}

interface SkillOptions {
  core?: boolean;
  spec?: readonly Specialisation[];
  since?: number;
  phrase?: string;
}

function skill(id: string, name: string, tier: Stage, options: SkillOptions = {}): SkillDef {
  return {
    id,
    name,
    coreAt: options.core === true ? tier : null,
    tier,
    specialisations: options.spec ?? [],
    ...(options.since === undefined ? {} : { since: options.since }),
    ...(options.phrase === undefined ? {} : { phrase: options.phrase }),
  };
}

const core = true;

/** Every demo skill, in stage order. */
export const SKILLS: readonly SkillDef[] = [
  // Junior core (guide stage 1) and the foundations it lists for all levels.
  skill('python', 'Python', 'junior', { core }),
  skill('numpy', 'NumPy', 'junior', { core }),
  skill('pandas', 'pandas', 'junior', { core, spec: ['data-eng'] }),
  skill('scikit-learn', 'scikit-learn', 'junior', { core }),
  skill('pytorch', 'PyTorch', 'junior', { core, since: 2016 }),
  skill('tensorflow', 'TensorFlow', 'junior', { core, since: 2015 }),
  skill('sql', 'SQL', 'junior', { core, spec: ['data-eng'] }),
  skill('git', 'Git', 'junior', { core }),
  skill('docker', 'Docker', 'junior', { core, spec: ['mlops'], since: 2013 }),
  skill('linux', 'Linux', 'junior', { core }),
  skill('statistics', 'Statistics', 'junior', { core }),
  skill('linear-algebra', 'Linear algebra', 'junior', { core }),
  skill('probability', 'Probability', 'junior', { core }),
  skill('supervised-learning', 'Supervised learning', 'junior', { core }),
  skill('unsupervised-learning', 'Unsupervised learning', 'junior', { core }),
  // Junior-level extras the guide mentions (portfolio APIs, tests, feature work).
  skill('feature-engineering', 'Feature engineering', 'junior', {
    spec: ['recsys'],
    phrase: 'feature engineering',
  }),
  skill('unit-testing', 'Unit testing', 'junior'),
  skill('fastapi', 'FastAPI', 'junior', { spec: ['mlops'], since: 2018 }),
  skill('flask', 'Flask', 'junior'),
  skill('jupyter', 'Jupyter', 'junior', { since: 2014 }),
  skill('postgresql', 'PostgreSQL', 'junior', { spec: ['data-eng'] }),
  skill('xgboost', 'XGBoost', 'junior', { spec: ['recsys'], since: 2014 }),
  skill('data-visualisation', 'Data visualisation', 'junior'),
  // Mid-level core (guide stage 2).
  skill('deep-learning', 'Deep learning', 'mid', { core }),
  skill('transformers', 'Transformers', 'mid', { core, spec: ['nlp', 'llm'], since: 2017 }),
  skill('transfer-learning', 'Transfer learning', 'mid', {
    core,
    spec: ['cv', 'nlp'],
    phrase: 'transfer learning',
  }),
  skill('aws-sagemaker', 'AWS SageMaker', 'mid', { core, spec: ['mlops'], since: 2017 }),
  skill('vertex-ai', 'Google Vertex AI', 'mid', { core, spec: ['mlops'], since: 2021 }),
  skill('azure-ml', 'Azure Machine Learning', 'mid', { core, spec: ['mlops'], since: 2015 }),
  skill('mlflow', 'MLflow', 'mid', { core, spec: ['mlops'], since: 2018 }),
  skill('kubeflow', 'Kubeflow', 'mid', { core, spec: ['mlops'], since: 2018 }),
  skill('weights-and-biases', 'Weights & Biases', 'mid', { core, spec: ['mlops'], since: 2018 }),
  skill('apache-spark', 'Apache Spark', 'mid', { core, spec: ['data-eng', 'recsys'], since: 2014 }),
  skill('apache-airflow', 'Apache Airflow', 'mid', { core, spec: ['data-eng'], since: 2015 }),
  skill('apache-kafka', 'Apache Kafka', 'mid', { core, spec: ['data-eng'], since: 2011 }),
  skill('ab-testing', 'A/B testing', 'mid', { core, spec: ['recsys'] }),
  skill('experiment-design', 'Experiment design', 'mid', { core, phrase: 'experiment design' }),
  // Mid-level extras and specialist skills.
  skill('dbt', 'dbt', 'mid', { spec: ['data-eng'], since: 2016 }),
  skill('ci-cd', 'CI/CD for ML', 'mid', { spec: ['mlops'] }),
  skill('model-monitoring', 'Model monitoring', 'mid', { spec: ['mlops'], phrase: 'model monitoring' }),
  skill('hugging-face', 'Hugging Face', 'mid', { spec: ['nlp', 'llm'], since: 2019 }),
  skill('time-series-forecasting', 'Time-series forecasting', 'mid', { phrase: 'forecasting' }),
  skill('nlp', 'Natural language processing', 'mid', { spec: ['nlp'] }),
  skill('spacy', 'spaCy', 'mid', { spec: ['nlp'], since: 2015 }),
  skill('arabic-nlp', 'Arabic NLP', 'mid', { spec: ['nlp'] }),
  skill('information-retrieval', 'Information retrieval', 'mid', {
    spec: ['nlp', 'recsys'],
    phrase: 'information retrieval',
  }),
  skill('computer-vision', 'Computer vision', 'mid', { spec: ['cv'] }),
  skill('opencv', 'OpenCV', 'mid', { spec: ['cv'] }),
  skill('object-detection', 'Object detection', 'mid', { spec: ['cv'], phrase: 'object detection' }),
  skill('image-segmentation', 'Image segmentation', 'mid', { spec: ['cv'], phrase: 'image segmentation' }),
  skill('recommender-systems', 'Recommender systems', 'mid', { spec: ['recsys'] }),
  skill('learning-to-rank', 'Learning to rank', 'mid', { spec: ['recsys'], phrase: 'learning to rank' }),
  skill('feature-stores', 'Feature stores', 'mid', {
    spec: ['mlops', 'recsys'],
    since: 2017,
    phrase: 'feature stores',
  }),
  skill('bigquery', 'BigQuery', 'mid', { spec: ['data-eng'], since: 2011 }),
  skill('snowflake', 'Snowflake', 'mid', { spec: ['data-eng'], since: 2014 }),
  skill('data-modelling', 'Data modelling', 'mid', { spec: ['data-eng'], phrase: 'data modelling' }),
  skill('terraform', 'Terraform', 'mid', { spec: ['mlops'], since: 2014 }),
  skill('rag', 'Retrieval-augmented generation', 'mid', { spec: ['llm'], since: 2020, phrase: 'RAG' }),
  skill('langchain', 'LangChain', 'mid', { spec: ['llm'], since: 2022 }),
  skill('vector-search', 'Vector search', 'mid', {
    spec: ['llm', 'recsys'],
    since: 2019,
    phrase: 'vector search',
  }),
  // Senior core (guide stage 3).
  skill('system-design', 'ML system design', 'senior', { core }),
  skill('distributed-training', 'Distributed training', 'senior', { core, phrase: 'distributed training' }),
  skill('model-parallelism', 'Model parallelism & sharding', 'senior', { core, since: 2019 }),
  skill('model-serving', 'Low-latency model serving', 'senior', {
    core,
    spec: ['mlops'],
    phrase: 'model serving',
  }),
  skill('llm-fine-tuning', 'LLM fine-tuning', 'senior', { core, spec: ['llm', 'nlp'], since: 2019 }),
  skill('rlhf', 'RLHF', 'senior', { core, spec: ['llm'], since: 2022 }),
  skill('prompt-engineering', 'Prompt engineering', 'senior', {
    core,
    spec: ['llm'],
    since: 2020,
    phrase: 'prompt engineering',
  }),
  skill('gpu-cost-optimisation', 'GPU cost optimisation', 'senior', { core, spec: ['mlops'] }),
  skill('mentoring', 'Technical mentoring', 'senior', { core }),
  skill('code-review', 'Code review', 'senior', { core }),
  skill('stakeholder-communication', 'Stakeholder communication', 'senior', { core }),
  skill('roadmapping', 'Project roadmapping', 'senior', { core }),
  skill('kubernetes', 'Kubernetes', 'senior', { core, spec: ['mlops'], since: 2015 }),
  // Senior specialist skills.
  skill('reinforcement-learning', 'Reinforcement learning', 'senior', {
    spec: ['recsys'],
    phrase: 'reinforcement learning',
  }),
  skill('lora', 'LoRA', 'senior', { spec: ['llm'], since: 2021 }),
  skill('qlora', 'QLoRA', 'senior', { spec: ['llm'], since: 2023 }),
  skill('dpo', 'DPO', 'senior', { spec: ['llm'], since: 2023 }),
  skill('vllm', 'vLLM', 'senior', { spec: ['llm', 'mlops'], since: 2023 }),
  skill('llm-evaluation', 'LLM evaluation', 'senior', { spec: ['llm'], since: 2021 }),
  skill('triton-inference-server', 'Triton Inference Server', 'senior', { spec: ['mlops'], since: 2019 }),
  skill('onnx', 'ONNX', 'senior', { spec: ['cv', 'mlops'], since: 2017 }),
  skill('cuda', 'CUDA', 'senior', { spec: ['cv'] }),
  skill('jax', 'JAX', 'senior', { since: 2018 }),
  // Staff, architect and manager tracks (guide stage 4).
  skill('ml-architecture', 'ML platform architecture', 'staff', { core, phrase: 'ML platform architecture' }),
  skill('technical-strategy', 'Technical strategy', 'staff', { core }),
  skill('cross-team-leadership', 'Cross-team technical leadership', 'staff', { core }),
  skill('hiring', 'Hiring & interviewing', 'staff', { core }),
  skill('people-management', 'People management', 'staff', { core }),
  skill('ai-governance', 'AI governance & responsible AI', 'staff', { core }),
];

/** Skill ids, in the same order as SKILLS. */
export const SKILL_IDS: readonly string[] = SKILLS.map((s) => s.id);

const skillIndexById = new Map(SKILLS.map((s, i) => [s.id, i]));

/** Position of a skill in SKILLS; throws for an unknown id, so typos fail at module load. */
export function skillIndex(id: string): number {
  const i = skillIndexById.get(id);
  if (i === undefined) throw new RangeError(`Unknown demo skill ${id}`);
  return i;
}

/** The skill with the given id; throws for an unknown id. */
export function skillById(id: string): SkillDef {
  return SKILLS[skillIndex(id)] as SkillDef;
}

/** A core requirement that one of several equivalent skills satisfies (PyTorch or TensorFlow). */
export type CoreSlot = readonly string[];

/**
 * Core requirements per stage, as the guide lists them. Alternatives share a slot; an id listed
 * twice in a slot is twice as likely (PyTorch is the more common choice in 2026 job posts).
 */
export const STAGE_CORE_SLOTS: Readonly<Record<Stage, readonly CoreSlot[]>> = {
  junior: [
    ['python'],
    ['numpy'],
    ['pandas'],
    ['scikit-learn'],
    ['pytorch', 'pytorch', 'tensorflow'],
    ['sql'],
    ['git'],
    ['supervised-learning'],
    ['unsupervised-learning'],
    ['statistics'],
    ['linear-algebra'],
    ['probability'],
    ['docker'],
    ['linux'],
  ],
  mid: [
    ['deep-learning'],
    ['transformers'],
    ['transfer-learning'],
    ['aws-sagemaker', 'vertex-ai', 'azure-ml'],
    ['mlflow', 'kubeflow', 'weights-and-biases'],
    ['apache-spark', 'apache-airflow', 'apache-kafka'],
    ['ab-testing'],
    ['experiment-design'],
  ],
  senior: [
    ['system-design'],
    ['distributed-training'],
    ['model-parallelism'],
    ['model-serving'],
    ['llm-fine-tuning'],
    ['rlhf'],
    ['prompt-engineering'],
    ['gpu-cost-optimisation'],
    ['mentoring'],
    ['code-review'],
    ['stakeholder-communication'],
    ['roadmapping'],
    ['kubernetes'],
  ],
  staff: [
    ['ml-architecture'],
    ['technical-strategy'],
    ['cross-team-leadership'],
    ['hiring'],
    ['people-management'],
    ['ai-governance'],
  ],
};

export interface SpecialisationDef {
  readonly id: Specialisation;
  /** Headline wording: 'NLP', 'Computer vision'. */
  readonly label: string;
  /** Team name in position titles: 'Senior Machine Learning Engineer, Generative AI'. */
  readonly team: string;
  /** The skill every specialist lists first. */
  readonly anchor: string;
  /** All skills of the specialisation, anchor first. */
  readonly skills: readonly string[];
}

function specialisation(id: Specialisation, label: string, team: string, anchor: string): SpecialisationDef {
  const others = SKILLS.filter((s) => s.id !== anchor && s.specialisations.includes(id)).map((s) => s.id);
  return { id, label, team, anchor: skillById(anchor).id, skills: [anchor, ...others] };
}

/** The specialisations, with their skills. */
export const SPECIALISATIONS: Readonly<Record<Specialisation, SpecialisationDef>> = {
  nlp: specialisation('nlp', 'NLP', 'NLP', 'nlp'),
  cv: specialisation('cv', 'Computer vision', 'Computer Vision', 'computer-vision'),
  recsys: specialisation('recsys', 'Recommender systems', 'Personalisation', 'recommender-systems'),
  llm: specialisation('llm', 'LLMs', 'Generative AI', 'llm-fine-tuning'),
  mlops: specialisation('mlops', 'MLOps', 'ML Platform', 'mlflow'),
  'data-eng': specialisation('data-eng', 'Data engineering', 'Data Platform', 'apache-spark'),
};

// Fail at load rather than generate profiles with unknown ids if the tables drift apart.
for (const [stage, slots] of Object.entries(STAGE_CORE_SLOTS)) {
  for (const slot of slots) {
    for (const id of slot) {
      if (skillById(id).coreAt !== stage)
        throw new Error(`Skill ${id} is in the ${stage} core but not marked so`);
    }
  }
}
