// Test doubles for this folder's tests: a small skill catalogue standing in for the real normaliser,
// stable item ids, and a profile that uses every field export and import carry. No I/O.
import type { ExportableProfile } from './export.js';
import type { ImportDeps } from './import-context.js';

const CATALOGUE: Record<string, string> = {
  python: 'Python',
  javascript: 'JavaScript',
  typescript: 'TypeScript',
  html: 'HTML',
  css: 'CSS',
  go: 'Go',
  rust: 'Rust',
  java: 'Java',
  'c++': 'C++',
  sql: 'SQL',
  react: 'React',
  'next.js': 'Next.js',
  'node.js': 'Node.js',
  postgresql: 'PostgreSQL',
  docker: 'Docker',
  git: 'Git',
  aws: 'AWS',
  kubernetes: 'Kubernetes',
  kafka: 'Kafka',
  terraform: 'Terraform',
  prometheus: 'Prometheus',
  pandas: 'pandas',
  tableau: 'Tableau',
  matplotlib: 'Matplotlib',
  webgl: 'WebGL',
  'machine-learning': 'Machine Learning',
  pytorch: 'PyTorch',
  'scikit-learn': 'scikit-learn',
};
const ALIASES: Record<string, string> = {
  js: 'javascript',
  k8s: 'kubernetes',
  sklearn: 'scikit-learn',
  postgres: 'postgresql',
  'machine learning': 'machine-learning',
  ml: 'machine-learning',
};

/** Recognises catalogue names and ids (confidence 1) and a few aliases (confidence 0.8). */
export function fakeNormaliseSkill(name: string): { skillId: string; confidence: number } | null {
  const key = name.trim().toLowerCase();
  const byName = Object.entries(CATALOGUE).find(([, display]) => display.toLowerCase() === key)?.[0];
  const id = key in CATALOGUE ? key : byName;
  if (id) return { skillId: id, confidence: 1 };
  const alias = ALIASES[key];
  return alias ? { skillId: alias, confidence: 0.8 } : null;
}

/** The catalogue's display name for an id. */
export function fakeSkillName(id: string): string {
  return CATALOGUE[id] ?? id;
}

/** A UUID (v4 layout) for a counter value. */
export function testId(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** An id source counting from `start`. */
export function sequentialIds(start = 1): () => string {
  let n = start - 1;
  return () => testId(++n);
}

/** Import dependencies for tests: the fake catalogue, a fixed today, counted ids. */
export function testDeps(now = new Date('2026-01-15T12:00:00Z'), firstId = 1000): ImportDeps {
  return { normaliseSkill: fakeNormaliseSkill, now, newId: sequentialIds(firstId) };
}

/** A profile using every field export writes and import reads back, items in export's section order. */
export function richProfile(): ExportableProfile {
  const role1 = testId(1);
  const project = testId(4);
  const cert = testId(5);
  return {
    displayName: 'Amira Haddad',
    email: 'amira@example.com',
    updatedAt: '2026-01-10T09:30:00.000Z',
    basics: {
      headline: 'Senior ML Engineer <b>LLMs</b> & retrieval',
      summary: 'I build retrieval systems. <script>alert(1)</script> stays text.',
      country: 'AE',
      city: 'Dubai',
      yearsExperience: 7.5,
      languages: [
        { language: 'Arabic', fluency: 'native' },
        { language: 'English', fluency: 'full' },
        { language: 'French', fluency: 'professional' },
        { language: 'German', fluency: 'elementary' },
      ],
    },
    items: [
      {
        id: role1,
        kind: 'role',
        employer: 'Falcon AI',
        employerDomain: 'falcon.example.com',
        employerIndustry: 'Applied AI',
        title: 'Senior ML Engineer',
        country: 'AE',
        city: 'Dubai',
        startDate: '2022-03',
        summary: 'Leads the retrieval team.',
        highlights: ['Shipped RAG search to 2M users', 'Mentored 4 engineers'],
      },
      {
        id: testId(2),
        kind: 'role',
        employer: 'Oasis Data',
        title: 'ML Engineer',
        city: 'Amman',
        startDate: '2018',
        endDate: '2022-02-28',
        summary: '',
        highlights: [],
      },
      {
        id: testId(3),
        kind: 'education',
        institution: 'American University of Beirut',
        area: 'Computer Science',
        studyType: 'MSc',
        startDate: '2016-09',
        endDate: '2018-06',
      },
      {
        id: project,
        kind: 'project',
        title: 'Arabic RAG benchmark',
        problem: 'Arabic retrieval lacked an open benchmark.',
        approach: 'Collected 12k questions from public forums.\n\nBuilt a hybrid BM25 + dense retriever.',
        results: [
          { metric: 'Recall@10', value: '0.82', baseline: '0.64' },
          { metric: 'Cut index build time by 40%', value: '40%' },
        ],
        links: {
          repository: 'https://github.com/amira/arabic-rag',
          dataset: 'https://huggingface.co/datasets/amira/arabic-rag',
          paper: 'https://arxiv.org/abs/2401.01234',
        },
        skills: ['python', 'pytorch'],
        startDate: '2023-01',
        endDate: '2023-09',
      },
      {
        id: cert,
        kind: 'certification',
        name: 'AWS Certified Machine Learning - Specialty',
        issuer: 'Amazon Web Services',
        credentialId: 'AWS-ML-12345',
        credentialUrl: 'https://aws.amazon.com/verify/AWS-ML-12345',
        issueDate: '2024-05-01',
        expiryDate: '2027-05-01',
      },
      {
        id: testId(6),
        kind: 'publication',
        title: 'Hybrid retrieval for Arabic QA',
        venue: 'ACL',
        year: 2024,
        authors: ['Amira Haddad', 'Omar Said'],
        doi: '10.18653/v1/2024.acl-long.1',
        url: 'https://aclanthology.org/2024.acl-long.1',
      },
      {
        id: testId(7),
        kind: 'publication',
        title: 'Dense retrievers in low-resource languages',
        venue: 'arXiv',
        year: 2023,
        authors: [],
        arxivId: '2312.05678',
      },
    ],
    skills: [
      { skillId: 'python', proficiency: 5, years: 8, lastUsed: '2026-01', evidence: [project, role1] },
      { skillId: 'pytorch', proficiency: 4, years: 5, lastUsed: null, evidence: [project] },
      { skillId: 'kubernetes', proficiency: 2, years: null, lastUsed: null, evidence: [] },
      { skillId: 'aws', proficiency: 3, years: 2.5, lastUsed: '2025', evidence: [cert] },
    ],
    customSkills: [
      { name: 'Arabic NLP', proficiency: 5 },
      { name: 'Retrieval evaluation', proficiency: 4 },
    ],
  };
}
