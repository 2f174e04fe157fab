// What the career rules read from a profile, flattened once: skills at their best proficiency and
// evidence, project counts (measured, deployed), leadership and architecture evidence, publications,
// the years to use, and the contradictions found in the dates. Pure: `now` comes from the caller.
import type { Contradiction } from '../../contracts/career.js';
import type { EvidenceStrength, ProfileItem } from '../../contracts/profile.js';
import { EVIDENCE_ORDER } from '../profile/evidence.js';

/** The part of a profile the career rules read; a full `Profile` fits. */
export interface CareerProfile {
  basics: { yearsExperience: number | null };
  goals: {
    targetTrack: 'ic' | 'architect' | 'research' | 'management' | null;
    desiredCountries: readonly string[];
  };
  skills: ReadonlyArray<{ skillId: string; proficiency: number; strength: EvidenceStrength }>;
  items: readonly ProfileItem[];
}

export interface HeldSkill {
  proficiency: number;
  strength: EvidenceStrength;
}

export interface CareerFacts {
  /** Stated years, else the union of dated roles in years; null when neither. */
  years: number | null;
  skills: ReadonlyMap<string, HeldSkill>;
  projects: number;
  measuredProjects: number;
  deployedProjects: number;
  publications: number;
  certifications: number;
  leadership: readonly string[];
  architecture: readonly string[];
  contradictions: readonly Contradiction[];
}

const MS_PER_YEAR = 365.25 * 86_400_000;
/** Work can start before a first degree (apprenticeships, jobs at school), but not by more than this. */
const YEARS_BEFORE_FIRST_DEGREE = 4;

// The profile has no "deployed" or "leadership" field, so these read the words people use. A demo
// or model-card link also counts as deployed: it is a running or published model.
const DEPLOYED = /\b(deploy(ed|ment|ing)?|in production|production|served|serving|launched|shipped|live)\b/i;
const LEADERSHIP_TITLE = /\b(lead|leader|head|manager|director|principal|staff|chief|vp)\b/i;
const LEADERSHIP_TEXT = /\b(led|lead|leading|mentor(ed|ing|s)?|managed|manage|hired|hiring|coached)\b/i;
const ARCHITECTURE_TITLE = /\b(architect|principal|staff)\b/i;
const ARCHITECTURE_TEXT = /\b(architect(ed|ure|ures)?|system design|design doc(ument)?s?|platform)\b/i;
const FIRST_DEGREE =
  /\b(bachelor|bsc|b\.sc|ba|bs|beng|b\.eng|undergraduate|high school|secondary|associate)\b/i;
const LEADERSHIP_SKILLS = ['mentoring', 'people-management', 'cross-team-leadership', 'leadership', 'hiring'];
const ARCHITECTURE_SKILLS = [
  'software-architecture',
  'ml-architecture',
  'system-design',
  'cloud-architecture',
];

/** Start of a partial date (YYYY, YYYY-MM, YYYY-MM-DD) in ms, or null. */
export function partialDateMs(date: string | undefined): number | null {
  if (date === undefined) return null;
  const [y, m, d] = date.split('-').map(Number);
  if (y === undefined || !Number.isFinite(y)) return null;
  return Date.UTC(y, (m ?? 1) - 1, d ?? 1);
}

const rank = (s: EvidenceStrength) => EVIDENCE_ORDER.indexOf(s);

/** A skill listed twice counts once, at its higher proficiency and stronger evidence (as matching does). */
export function heldSkills(profile: CareerProfile): Map<string, HeldSkill> {
  const held = new Map<string, HeldSkill>();
  for (const s of profile.skills) {
    const seen = held.get(s.skillId);
    held.set(
      s.skillId,
      seen === undefined
        ? { proficiency: s.proficiency, strength: s.strength }
        : {
            proficiency: Math.max(seen.proficiency, s.proficiency),
            strength: rank(s.strength) > rank(seen.strength) ? s.strength : seen.strength,
          },
    );
  }
  return held;
}

/** Years covered by dated roles, overlaps counted once; an open role runs to `now`. */
function roleYears(items: readonly ProfileItem[], nowMs: number): number | null {
  const spans: Array<[number, number]> = [];
  for (const item of items) {
    if (item.kind !== 'role') continue;
    const start = partialDateMs(item.startDate);
    if (start === null) continue;
    const end = Math.min(partialDateMs(item.endDate) ?? nowMs, nowMs);
    if (end > start) spans.push([start, end]);
  }
  if (spans.length === 0) return null;
  spans.sort((a, b) => a[0] - b[0]);
  let total = 0;
  let [from, to] = spans[0] ?? [0, 0];
  for (const [s, e] of spans.slice(1)) {
    if (s > to) {
      total += to - from;
      from = s;
      to = e;
    } else to = Math.max(to, e);
  }
  return (total + to - from) / MS_PER_YEAR;
}

function contradictionsOf(profile: CareerProfile, nowMs: number): Contradiction[] {
  const found: Contradiction[] = [];
  const years = profile.basics.yearsExperience;
  if (years !== null && (!Number.isFinite(years) || years < 0 || years > 60)) {
    found.push({ code: 'years_out_of_range', message: `${years} years of experience is outside 0 to 60` });
  }
  let firstDegree: number | null = null;
  for (const item of profile.items) {
    if (item.kind === 'certification' || item.kind === 'publication') continue;
    const start = partialDateMs(item.startDate);
    const end = partialDateMs(item.endDate);
    if (start !== null && end !== null && end < start) {
      const name =
        item.kind === 'role'
          ? `${item.title} at ${item.employer}`
          : item.kind === 'project'
            ? item.title
            : item.institution;
      found.push({
        code: 'dates_reversed',
        message: `"${name}" ends (${item.endDate}) before it starts (${item.startDate})`,
      });
    }
    if (item.kind === 'education' && start !== null && FIRST_DEGREE.test(item.studyType)) {
      firstDegree = firstDegree === null ? start : Math.min(firstDegree, start);
    }
  }
  if (years !== null && firstDegree !== null && years <= 60) {
    const plausible = (nowMs - firstDegree) / MS_PER_YEAR + YEARS_BEFORE_FIRST_DEGREE;
    if (years > plausible) {
      found.push({
        code: 'years_exceed_history',
        message: `${years} years of experience, but the first degree started ${new Date(firstDegree).getUTCFullYear()}: at most about ${Math.floor(plausible)} years are plausible`,
      });
    }
  }
  return found;
}

/** The facts the career rules read, at `now`. */
export function careerFacts(profile: CareerProfile, now: Date): CareerFacts {
  const nowMs = now.getTime();
  const skills = heldSkills(profile);
  let projects = 0;
  let measuredProjects = 0;
  let deployedProjects = 0;
  let publications = 0;
  let certifications = 0;
  const leadership: string[] = [];
  const architecture: string[] = [];
  for (const item of profile.items) {
    if (item.kind === 'project') {
      projects++;
      if (item.results.length > 0) measuredProjects++;
      const text = `${item.title} ${item.problem} ${item.approach} ${item.results.map((r) => r.metric).join(' ')}`;
      if (item.links.demo !== undefined || item.links.modelCard !== undefined || DEPLOYED.test(text))
        deployedProjects++;
      if (ARCHITECTURE_TEXT.test(text)) architecture.push(`project "${item.title}"`);
    } else if (item.kind === 'publication') publications++;
    else if (item.kind === 'certification') certifications++;
    else if (item.kind === 'role') {
      const text = `${item.summary} ${item.highlights.join(' ')}`;
      if (LEADERSHIP_TITLE.test(item.title) || LEADERSHIP_TEXT.test(text))
        leadership.push(`role "${item.title}"`);
      if (ARCHITECTURE_TITLE.test(item.title) || ARCHITECTURE_TEXT.test(text))
        architecture.push(`role "${item.title}"`);
    }
  }
  // A skill backed by a project, role or certificate is evidence; a bare claim is not.
  const backed = (id: string) => {
    const s = skills.get(id);
    return s !== undefined && s.strength !== 'claimed' && s.proficiency >= 3;
  };
  for (const id of LEADERSHIP_SKILLS) if (backed(id)) leadership.push(`skill ${id}`);
  for (const id of ARCHITECTURE_SKILLS) if (backed(id)) architecture.push(`skill ${id}`);
  return {
    years: profile.basics.yearsExperience ?? roleYears(profile.items, nowMs),
    skills,
    projects,
    measuredProjects,
    deployedProjects,
    publications,
    certifications,
    leadership,
    architecture,
    contradictions: contradictionsOf(profile, nowMs),
  };
}
