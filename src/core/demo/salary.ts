// The guide's 2026 salary table and how demo data applies it outside the markets it covers.
import type { BandUsd } from '../salary/reference.js';
import { REFERENCE_TABLE } from '../salary/reference.js';
import type { CountryCode } from './geography.js';
import { isGulf } from './geography.js';
import type { Stage } from './stages.js';
import { STAGE_RANK, STAGES } from './stages.js';

export type { BandUsd };

interface GuideRow {
  readonly global: BandUsd;
  readonly gulf: BandUsd;
  readonly premium: number;
}

/**
 * The guide's table (kept once, in the salary core's reference set), keyed by stage for the
 * generators. The staff row is open-ended ("$320,000+"); the upper figure is used as the top of the
 * band and the premium is what lets an offer exceed it.
 */
export const GUIDE_SALARY_TABLE: Readonly<Record<Stage, GuideRow>> = Object.fromEntries(
  REFERENCE_TABLE.map((row) => [
    row.level,
    { global: row.global, gulf: row.gulf, premium: row.premium.fraction },
  ]),
) as Record<Stage, GuideRow>;

/**
 * Pay level of each market relative to the guide's band. The guide only gives a global (US-led)
 * and a Gulf band; applying the global band unchanged to Bengaluru or Madrid would make the demo
 * look wrong, so other markets are scaled by these rough, documented factors (a demo assumption,
 * not survey data). The Gulf uses its own band, so its factor is 1.
 */
export const PAY_FACTOR: Readonly<Record<CountryCode, number>> = {
  US: 1,
  CA: 0.75,
  GB: 0.7,
  IE: 0.7,
  DE: 0.65,
  NL: 0.65,
  FR: 0.55,
  ES: 0.45,
  IN: 0.25,
  PK: 0.12,
  AE: 1,
  SA: 1,
  QA: 1,
  JO: 0.2,
  SG: 0.8,
  NG: 0.15,
  KE: 0.15,
  BR: 0.3,
};

function bandFor(stage: Stage, country: CountryCode): BandUsd {
  const row = GUIDE_SALARY_TABLE[stage];
  if (isGulf(country)) return row.gulf;
  const factor = PAY_FACTOR[country];
  return { min: row.global.min * factor, max: row.global.max * factor };
}

// Precomputed, indexed by stage rank: the generators look a band up once per entity, millions of times.
const bands = new Map<CountryCode, readonly BandUsd[]>(
  (Object.keys(PAY_FACTOR) as CountryCode[]).map((country) => [
    country,
    STAGES.map((stage) => bandFor(stage, country)),
  ]),
);

/** The band for a stage in a country, in USD per year, before any skill premium. */
export function salaryBandUsd(stage: Stage, country: CountryCode): BandUsd {
  return bands.get(country)?.[STAGE_RANK[stage]] ?? bandFor(stage, country);
}

/** The guide's skill premium for the stage (junior 10% … staff 25%). */
export function skillPremium(stage: Stage): number {
  return GUIDE_SALARY_TABLE[stage].premium;
}
