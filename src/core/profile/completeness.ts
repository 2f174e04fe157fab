import type { Completeness, Profile } from '../../contracts/profile.js';
import { EVIDENCE_ORDER } from './evidence.js';
import { type Stage, stageForYears } from './stage.js';

interface Section {
  section: string;
  weight: number;
  done: (p: Profile) => boolean;
  /** Advice id per stage; the web app translates ids, the English text is the API's fallback. */
  advice: (stage: Stage) => { id: string; text: string };
}

const projects = (p: Profile) => p.items.filter((i) => i.kind === 'project');
const measured = (p: Profile) =>
  projects(p).filter(
    (i) => i.kind === 'project' && i.results.length > 0 && Object.values(i.links).some(Boolean),
  );
const backedSkills = (p: Profile) =>
  p.skills.filter((s) => EVIDENCE_ORDER.indexOf(s.strength) >= EVIDENCE_ORDER.indexOf('used_in_project'));

// The portfolio advice of the 2026 career guide, per stage. Weights sum to 100; the portfolio
// carries the most because the guide calls it the single most important differentiator.
const SECTIONS: Section[] = [
  {
    section: 'projects',
    weight: 20,
    done: (p) => measured(p).length >= 1,
    advice: (stage) =>
      ({
        junior: {
          id: 'projects.junior',
          text: 'Add an end-to-end project on real data (not Iris or Titanic), deployed as an API, with its metrics and a repository link.',
        },
        mid: {
          id: 'projects.mid',
          text: 'Add a project that handles scale or shows an MLOps setup (tracking, versioning, automated deployment), framed by a business metric.',
        },
        senior: {
          id: 'projects.senior',
          text: 'Add a case study of a model you took from prototype to production, with the design decisions and the measured impact.',
        },
        staff: {
          id: 'projects.staff',
          text: 'Add the ML platform or architecture you led, with adoption across teams and its measured effect.',
        },
      })[stage],
  },
  {
    section: 'skills',
    weight: 15,
    done: (p) => p.skills.length >= 5,
    advice: () => ({
      id: 'skills',
      text: 'List at least five skills with your proficiency and when you last used them.',
    }),
  },
  {
    section: 'evidence',
    weight: 10,
    done: (p) => backedSkills(p).length >= 3,
    advice: () => ({
      id: 'evidence',
      text: 'Link your skills to the projects, roles, certifications or papers that prove them.',
    }),
  },
  {
    section: 'basics',
    weight: 10,
    done: (p) => p.basics.headline.length > 0 && p.basics.summary.length >= 80,
    advice: () => ({
      id: 'basics',
      text: 'Write a headline and a short summary of what you build and the impact it had.',
    }),
  },
  {
    section: 'roles',
    weight: 10,
    done: (p) => p.items.some((i) => i.kind === 'role'),
    advice: () => ({
      id: 'roles',
      text: 'Add your work history, quantifying what you shipped (for example, latency cut by 40%).',
    }),
  },
  {
    section: 'goals',
    weight: 10,
    done: (p) => p.goals.targetRoleFamily !== null && p.goals.minimumPay !== null,
    advice: () => ({
      id: 'goals',
      text: 'Set your target role, countries and minimum pay so matches fit what you want.',
    }),
  },
  {
    section: 'credentials',
    weight: 10,
    done: (p) => p.items.some((i) => i.kind === 'certification' || i.kind === 'publication'),
    advice: (stage) =>
      stage === 'junior'
        ? {
            id: 'credentials.junior',
            text: 'Add a certification (a cloud ML certificate, for example) to back your core skills.',
          }
        : {
            id: 'credentials.experienced',
            text: 'Add publications, talks or blog posts: the guide names a public reputation as how mid and senior engineers stand out.',
          },
  },
  {
    section: 'location',
    weight: 5,
    done: (p) => p.basics.country !== null && p.basics.yearsExperience !== null,
    advice: () => ({ id: 'location', text: 'Add your country and years of experience.' }),
  },
  {
    section: 'education',
    weight: 5,
    done: (p) => p.items.some((i) => i.kind === 'education'),
    advice: () => ({
      id: 'education',
      text: 'Add your education or the bootcamp or self-study path you took.',
    }),
  },
  {
    section: 'languages',
    weight: 5,
    done: (p) => p.basics.languages.length > 0,
    advice: () => ({
      id: 'languages',
      text: 'Add the languages you work in (Arabic and English are both in demand in the Gulf).',
    }),
  },
];

/** A 0-100 completeness score and the three most valuable next actions for the candidate's stage. */
export function assessCompleteness(profile: Profile): Completeness {
  const stage = stageForYears(profile.basics.yearsExperience);
  const sections = SECTIONS.map((s) => ({ section: s.section, weight: s.weight, done: s.done(profile) }));
  const score = sections.reduce((sum, s) => sum + (s.done ? s.weight : 0), 0);
  const nextActions = SECTIONS.filter((s) => !s.done(profile))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 3)
    .map((s) => {
      const advice = s.advice(stage);
      return { id: advice.id, section: s.section, gain: s.weight, advice: advice.text };
    });
  return { score, stage, sections, nextActions };
}
