// Raw job titles to a role family and a normalised title: the table of every title the aijobs
// file uses first, then the same table after stripping seniority words, then keyword rules for
// titles never seen, and 'other' when nothing fits.
import type { SalaryRoleFamily } from '../../../contracts/salaries.js';
import { TITLE_TABLE } from './title-table.js';

export interface ClassifiedTitle {
  roleFamily: SalaryRoleFamily;
  title: string;
  /** How the title was placed: tests assert the real file never leaves the table. */
  via: 'table' | 'stripped' | 'keywords' | 'fallback';
}

const titleKey = (title: string): string => title.trim().replace(/\s+/g, ' ').toLowerCase();

const TABLE = new Map<string, { roleFamily: SalaryRoleFamily; title: string }>();
for (const [roleFamily, entries] of Object.entries(TITLE_TABLE) as [
  SalaryRoleFamily,
  typeof TITLE_TABLE.other,
][]) {
  for (const entry of entries) {
    const [raw, title] = typeof entry === 'string' ? [entry, entry] : entry;
    TABLE.set(titleKey(raw), { roleFamily, title });
  }
}

// Seniority and grade words say the level, which has its own column; a suffix after a dash, comma
// or parenthesis names a team ("Data Scientist - Payments"), not the job. ML and BI are spelt out
// as the table spells them.
const SENIORITY = /\b(?:senior|sr|junior|jr|lead|principal|staff|chief|intern|graduate|i{1,3}|iv|\d+)\b\.?/g;
const TEAM_SUFFIX = /\s*(?:\(.*|[,|/–—-]\s.*|,.*)$/;

function stripSeniority(key: string): string {
  return key
    .replace(TEAM_SUFFIX, '')
    .replace(SENIORITY, ' ')
    .replace(/\bml\b/g, 'machine learning')
    .replace(/\bbi\b/g, 'business intelligence')
    .replace(/\s+/g, ' ')
    .trim();
}

// Ordered: the first rule that matches wins, so the specific roles come before the broad ones.
const ML = String.raw`(?:machine learning|\bml\b|\bai\b|artificial intelligence|deep learning)`;
const KEYWORD_RULES: ReadonlyArray<readonly [RegExp, SalaryRoleFamily, string]> = [
  [new RegExp(String.raw`\bml ?ops\b|${ML} (?:infrastructure|platform)`), 'mlops_engineer', 'MLOps Engineer'],
  [
    new RegExp(String.raw`\b(?:head|director|vp|vice president)\b.*${ML}|${ML}.*\bmanager\b`),
    'engineering_manager',
    'Machine Learning Manager',
  ],
  [new RegExp(String.raw`${ML}.*\barchitect\b`), 'ml_architect', 'AI Architect'],
  [/\bresearch (?:scientist|engineer)\b|\bresearcher\b/, 'research_scientist', 'Research Scientist'],
  [new RegExp(String.raw`\bapplied scientist\b|${ML} scientist\b`), 'applied_scientist', 'Applied Scientist'],
  [/\bdata scien|\bdecision scien|\bstatistician\b/, 'data_scientist', 'Data Scientist'],
  [
    new RegExp(String.raw`${ML}|computer vision|\bnlp\b|natural language|\bllm\b|generative|\bprompt\b`),
    'ml_engineer',
    'Machine Learning Engineer',
  ],
  [
    /\bdata engineer|\betl\b|\bdata (?:architect|platform|pipeline|infrastructure|warehouse)|analytics engineer|big data/,
    'data_engineer',
    'Data Engineer',
  ],
  [
    /\banalyst\b|business intelligence|\bbi\b|\banalytics\b|\breporting\b|visuali[sz]ation/,
    'data_analyst',
    'Data Analyst',
  ],
  [
    /\bsoftware\b|\bdeveloper\b|back-?end|front-?end|full ?stack|devops|site reliability|\bsre\b/,
    'software_engineer',
    'Software Engineer',
  ],
];

/** The role family and normalised title of a raw job title. */
export function classifyTitle(rawTitle: string): ClassifiedTitle {
  const key = titleKey(rawTitle);
  const exact = TABLE.get(key);
  if (exact) return { ...exact, via: 'table' };
  const stripped = stripSeniority(key);
  const known = TABLE.get(stripped);
  if (known) return { ...known, via: 'stripped' };
  for (const [pattern, roleFamily, title] of KEYWORD_RULES) {
    if (pattern.test(stripped)) return { roleFamily, title, via: 'keywords' };
  }
  return { roleFamily: 'other', title: titleCase(stripped || key), via: 'fallback' };
}

function titleCase(text: string): string {
  return text.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
}
