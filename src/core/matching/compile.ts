// A position turned into what the scoring kernel reads: wanted skills as terms with their credit
// sources and per-term credit tables, normalised weights, and country and domain sets. Compiled
// once per (position object, configuration) and cached, since a ranking scores one position
// against many candidates.
import { countryCode } from './codes.js';
import type { MatchConfig } from './config.js';
import { levelRank } from './config.js';
import type { CreditSource } from './sources.js';
import { creditSources } from './sources.js';
import type { MatchPosition } from './types.js';
import { ROLE_FAMILIES, WORKPLACES } from './vocabulary.js';

/** Proficiency (1-5) and evidence rank (0-3) packed as proficiency * 4 + rank: 4 … 23. */
export const PROFICIENCY_CODE_SPAN = 32;

/** The proficiency code of a proficiency (rounded, clamped to 1-5) and an evidence rank (0-3). */
export function proficiencyCode(proficiency: number, evidenceRank: number): number {
  const level = Math.min(5, Math.max(1, Math.round(Number.isFinite(proficiency) ? proficiency : 1)));
  return (level << 2) | evidenceRank;
}

/** The position as the kernel reads it. */
export interface CompiledPosition {
  readonly position: MatchPosition;
  readonly config: MatchConfig;
  /** Required terms come first (0 … requiredCount-1), then nice-to-have terms. */
  readonly requiredCount: number;
  readonly termCount: number;
  readonly termSkillId: readonly string[];
  readonly termMinimum: readonly number[];
  readonly termSources: readonly (readonly CreditSource[])[];
  /**
   * Proficiency credit × evidence credit, shared by every position under one configuration:
   * credit[termBase[term] + code] is the credit of proficiency code `code` towards the term.
   */
  readonly credit: Float64Array;
  /** Per term, (its minimum − 1) × PROFICIENCY_CODE_SPAN: where its row of `credit` starts. */
  readonly termBase: readonly number[];
  /** Every (source skill, term, weight) triple, grouped by source skill code. */
  readonly sourceTerm: readonly number[];
  readonly sourceWeight: readonly number[];
  /** Source skill code → [start, end) into sourceTerm / sourceWeight. */
  readonly sourceRange: ReadonlyMap<number, readonly [number, number]>;
  /** The same triples grouped by term: term t's sources are [termSourceStart[t], termSourceStart[t+1]). */
  readonly termSourceStart: readonly number[];
  readonly termSourceCode: readonly number[];
  readonly termSourceWeight: readonly number[];
  /** Normalised component weights: the employer five sum to 1, the candidate two sum to 1. */
  readonly weights: {
    readonly requiredSkills: number;
    readonly niceToHave: number;
    readonly level: number;
    readonly evidence: number;
    readonly recency: number;
    readonly goals: number;
    readonly salary: number;
  };
  readonly levelRank: number;
  readonly roleFamilyCode: number;
  readonly workplaceCode: number;
  readonly countries: ReadonlySet<number>;
  /** Empty means a remote hire may live anywhere. */
  readonly remoteCountries: ReadonlySet<number>;
  readonly organisationDomains: ReadonlySet<string>;
  /** Minimums above this are excluded: the band's maximum plus the tolerance. */
  readonly salaryLimitUsd: number;
  /** Goal fit of each candidate target role family code (index = code), -1 slot last for none. */
  readonly roleFamilyFit: readonly number[];
}

const cache = new WeakMap<MatchPosition, WeakMap<MatchConfig, CompiledPosition>>();

/** The compiled form of a position, cached per position object and configuration object. */
export function compilePosition(position: MatchPosition, config: MatchConfig): CompiledPosition {
  let byConfig = cache.get(position);
  if (byConfig === undefined) {
    byConfig = new WeakMap();
    cache.set(position, byConfig);
  }
  const cached = byConfig.get(config);
  if (cached !== undefined) return cached;
  const compiled = compile(position, config);
  byConfig.set(config, compiled);
  return compiled;
}

function compile(position: MatchPosition, config: MatchConfig): CompiledPosition {
  // A skill required twice keeps its highest minimum; a nice-to-have that is also required is
  // only required.
  const minimumBySkill = new Map<string, number>();
  for (const { skillId, minProficiency } of position.required) {
    const minimum = Math.min(5, Math.max(1, Math.round(minProficiency)));
    minimumBySkill.set(skillId, Math.max(minimum, minimumBySkill.get(skillId) ?? 0));
  }
  const nice = [...new Set(position.niceToHave)].filter((id) => !minimumBySkill.has(id));
  const termSkillId = [...minimumBySkill.keys(), ...nice];
  const niceMinimum = Math.min(5, Math.max(1, Math.round(config.niceToHaveProficiency)));
  const termMinimum = [...minimumBySkill.values(), ...nice.map(() => niceMinimum)];
  const requiredCount = minimumBySkill.size;
  const termCount = termSkillId.length;

  const credit = creditTable(config);
  const termBase = termMinimum.map((minimum) => (minimum - 1) * PROFICIENCY_CODE_SPAN);

  const termSources = termSkillId.map((id) => creditSources(id, config));
  const bySource = new Map<number, Array<[number, number]>>();
  termSources.forEach((sources, term) => {
    for (const source of sources) {
      const list = bySource.get(source.code);
      if (list === undefined) bySource.set(source.code, [[term, source.weight]]);
      else list.push([term, source.weight]);
    }
  });
  const total = [...bySource.values()].reduce((n, list) => n + list.length, 0);
  const sourceTerm = new Array<number>(total).fill(0);
  const sourceWeight = new Array<number>(total).fill(0);
  const sourceRange = new Map<number, readonly [number, number]>();
  let at = 0;
  for (const [code, list] of bySource) {
    const start = at;
    for (const [term, weight] of list) {
      sourceTerm[at] = term;
      sourceWeight[at] = weight;
      at++;
    }
    sourceRange.set(code, [start, at]);
  }

  const termSourceStart = new Array<number>(termCount + 1).fill(0);
  const termSourceCode = new Array<number>(total).fill(0);
  const termSourceWeight = new Array<number>(total).fill(0);
  at = 0;
  termSources.forEach((sources, term) => {
    termSourceStart[term] = at;
    for (const source of sources) {
      termSourceCode[at] = source.code;
      termSourceWeight[at] = source.weight;
      at++;
    }
  });
  termSourceStart[termCount] = at;

  const ew = config.employerWeights;
  const required = requiredCount > 0 ? ew.requiredSkills : 0;
  const niceWeight = termCount > requiredCount ? ew.niceToHave : 0;
  const employerTotal = required + niceWeight + ew.level + ew.evidence + ew.recency;
  const cw = config.candidateWeights;
  const candidateTotal = cw.goals + cw.salary;

  const roleFamilyCode = ROLE_FAMILIES.indexOf(position.roleFamily);
  const roleFamilyFit = new Array<number>(ROLE_FAMILIES.length + 1).fill(0);
  ROLE_FAMILIES.forEach((family, code) => {
    roleFamilyFit[code] =
      family === position.roleFamily ? 1 : roleAffinity(config, family, position.roleFamily);
  });
  roleFamilyFit[ROLE_FAMILIES.length] = config.goals.unknown;

  return {
    position,
    config,
    requiredCount,
    termCount,
    termSkillId,
    termMinimum,
    termSources,
    credit,
    termBase,
    sourceTerm,
    sourceWeight,
    sourceRange,
    termSourceStart,
    termSourceCode,
    termSourceWeight,
    weights: {
      requiredSkills: required / employerTotal,
      niceToHave: niceWeight / employerTotal,
      level: ew.level / employerTotal,
      evidence: ew.evidence / employerTotal,
      recency: ew.recency / employerTotal,
      goals: cw.goals / candidateTotal,
      salary: cw.salary / candidateTotal,
    },
    levelRank: levelRank(position.level),
    roleFamilyCode,
    workplaceCode: WORKPLACES.indexOf(position.workplace),
    countries: new Set(position.countries.map(countryCode)),
    remoteCountries: new Set(position.remoteCountries.map(countryCode)),
    organisationDomains: new Set(position.organisationDomains.map((d) => d.toLowerCase())),
    // Rounded to cents, so that a minimum equal to the advertised limit (200,000 + 15%) is not
    // excluded by a floating-point hair.
    salaryLimitUsd: Math.round(position.salaryMaxUsd * (1 + config.salary.toleranceAboveMax) * 100) / 100,
    roleFamilyFit,
  };
}

const creditTables = new WeakMap<MatchConfig, Float64Array>();

/** Credit by (minimum − 1) × PROFICIENCY_CODE_SPAN + proficiency code, for a configuration. */
function creditTable(config: MatchConfig): Float64Array {
  const cached = creditTables.get(config);
  if (cached !== undefined) return cached;
  const table = new Float64Array(5 * PROFICIENCY_CODE_SPAN);
  const evidence = [
    config.evidenceCredit.claimed,
    config.evidenceCredit.used_in_project,
    config.evidenceCredit.measured_project,
    config.evidenceCredit.certified_or_published,
  ];
  const shortfall = config.proficiencyShortfallCredit;
  for (let minimum = 1; minimum <= 5; minimum++) {
    for (let proficiency = 1; proficiency <= 5; proficiency++) {
      const gap = Math.max(0, minimum - proficiency);
      const credit = shortfall[Math.min(gap, shortfall.length - 1)] ?? 0;
      for (let rank = 0; rank < 4; rank++) {
        table[(minimum - 1) * PROFICIENCY_CODE_SPAN + ((proficiency << 2) | rank)] =
          credit * (evidence[rank] ?? 0);
      }
    }
  }
  creditTables.set(config, table);
  return table;
}

function roleAffinity(config: MatchConfig, a: string, b: string): number {
  for (const [x, y, fit] of config.goals.roleFamilyAffinity) {
    if ((x === a && y === b) || (x === b && y === a)) return fit;
  }
  return config.goals.otherRoleFamily;
}
