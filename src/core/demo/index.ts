// Public surface of the demo-data generators, and the fixed accounts the seed command creates.
import type { DemoCandidate } from './candidates.js';
import { DEMO_EMAIL_DOMAIN } from './candidates.js';

export { stageForYears } from '../profile/stage.js';
export type { DemoCandidate, DemoSkill, RemotePreference } from './candidates.js';
export {
  CANDIDATE_SKILLS_MAX,
  CANDIDATE_SKILLS_MIN,
  DEMO_EMAIL_DOMAIN,
  generateCandidate,
  generateCandidates,
  PRE_CAREER_YEARS,
} from './candidates.js';
export type {
  CompanySize,
  DemoEmployer,
  DemoEmployerProfile,
  DemoMember,
  Industry,
  MemberRole,
} from './employers.js';
export {
  EMPLOYER_NAME_COUNT,
  generateEmployer,
  generateEmployerProfile,
  generateEmployers,
} from './employers.js';
export type { PayCurrency } from './fx.js';
export { fromUsd, toUsd, USD_RATES } from './fx.js';
export type { City, Country, CountryCode, CurrencyCode, Region } from './geography.js';
export { COUNTRIES, countryByCode, GULF_COUNTRIES, isGulf } from './geography.js';
export type { Culture, PersonName } from './names.js';
export { NAME_POOLS } from './names.js';
export type {
  DemoPosition,
  DemoSalary,
  GulfAllowances,
  RequiredSkill,
  RoleFamily,
  Workplace,
} from './positions.js';
export { generatePosition, generatePositions, POSITION_CURRENCY } from './positions.js';
export type { BandUsd } from './salary.js';
export { GUIDE_SALARY_TABLE, PAY_FACTOR, salaryBandUsd } from './salary.js';
export type { SkillDef, Specialisation, SpecialisationDef } from './skill-pool.js';
export { SKILL_IDS, SKILLS, SPECIALISATIONS, STAGE_CORE_SLOTS, skillById } from './skill-pool.js';
export type { Stage } from './stages.js';
export { STAGE_SHARE, STAGE_YEARS, STAGES } from './stages.js';

/** The shared password of the fixed demo accounts; the seed command hashes it like any other. */
export const DEMO_PASSWORD = 'demo-password-2026';

/** A fixed account the seed command creates, in the shape of the users table. */
export interface DemoAccount {
  email: string;
  password: string;
  displayName: string;
  displayNameAr?: string;
  accountType: 'candidate' | 'employer' | 'admin';
  isAdmin: boolean;
  locale: 'en' | 'ar';
}

/** The demo candidate's profile: a generated-style profile without an index. */
export type DemoCandidateProfile = Omit<DemoCandidate, 'index'>;

const skill = (skillId: string, proficiency: number, years: number) => ({ skillId, proficiency, years });

/** Fixed accounts for trying the product: a candidate, a recruiter of employer 0 (Gulf) and an admin. */
export const DEMO_ACCOUNTS: {
  readonly candidate: DemoAccount & { readonly profile: DemoCandidateProfile };
  readonly recruiter: DemoAccount & {
    readonly employerIndex: 0;
    readonly employerKey: string;
    readonly role: 'recruiter';
  };
  readonly admin: DemoAccount;
} = {
  candidate: {
    email: `candidate@${DEMO_EMAIL_DOMAIN}`,
    password: DEMO_PASSWORD,
    displayName: 'Layla Haddad',
    displayNameAr: 'ليلى حداد',
    accountType: 'candidate',
    isAdmin: false,
    locale: 'en',
    // A mid-level ML engineer in Dubai whose Arabic NLP and LLM skills match many Gulf positions.
    profile: {
      key: 'c-demo',
      givenName: 'Layla',
      familyName: 'Haddad',
      displayNameAr: 'ليلى حداد',
      culture: 'arab-levant',
      email: `candidate@${DEMO_EMAIL_DOMAIN}`,
      country: 'AE',
      city: 'Dubai',
      region: 'gulf',
      stage: 'mid',
      yearsExperience: 3.4,
      headline: 'Machine Learning Engineer — NLP & Arabic NLP',
      specialisation: 'nlp',
      skills: [
        skill('python', 4, 5),
        skill('pytorch', 4, 3.4),
        skill('numpy', 4, 4.5),
        skill('pandas', 4, 4.5),
        skill('scikit-learn', 4, 4),
        skill('sql', 3, 3.5),
        skill('git', 4, 4),
        skill('docker', 3, 2.5),
        skill('statistics', 3, 4.5),
        skill('deep-learning', 4, 3),
        skill('transformers', 4, 2.5),
        skill('hugging-face', 4, 2.5),
        skill('nlp', 4, 3),
        skill('arabic-nlp', 4, 2.5),
        skill('llm-fine-tuning', 3, 1.5),
        skill('lora', 3, 1),
        skill('rag', 3, 1.5),
        skill('aws-sagemaker', 3, 2),
        skill('mlflow', 3, 2),
        skill('ab-testing', 3, 1.5),
        skill('fastapi', 3, 2.5),
      ],
      openToWork: true,
      remotePreference: 'hybrid',
      willingToRelocate: false,
      minimumSalaryUsd: 140_000,
    },
  },
  recruiter: {
    email: `recruiter@${DEMO_EMAIL_DOMAIN}`,
    password: DEMO_PASSWORD,
    displayName: 'Omar Al Mansoori',
    displayNameAr: 'عمر المنصوري',
    accountType: 'employer',
    isAdmin: false,
    locale: 'en',
    // Employer 0 is always a Gulf company (see generateEmployer), and positions are spread by
    // index mod employerCount, so this recruiter always has positions to manage.
    employerIndex: 0,
    employerKey: 'e-000000',
    role: 'recruiter',
  },
  admin: {
    email: `admin@${DEMO_EMAIL_DOMAIN}`,
    password: DEMO_PASSWORD,
    displayName: 'Demo Admin',
    accountType: 'admin',
    isAdmin: true,
    locale: 'en',
  },
};
