// The published reference figures of the 2026 ML career guide (shared/reference/ml-career-guide-2026.txt,
// "ML Salary Benchmarks in 2026"). They are ranges quoted by a third party, not records we measured,
// so they are shipped as their own labelled set and never pooled with measured data.
import type { Level } from '../../contracts/profile.js';

/** A pay range in US dollars per year. */
export interface BandUsd {
  readonly min: number;
  readonly max: number;
}

export interface ReferenceRow {
  readonly level: Level;
  readonly years: string;
  /** Global average range, base salary. */
  readonly global: BandUsd;
  /** Gulf average range, total compensation: base plus housing, transport and flights, tax-free. */
  readonly gulf: BandUsd;
  /** The staff row is open-ended in the guide ("$320,000+"). */
  readonly openEnded: boolean;
  /** The "Top Skills Premium" column: a fraction and the skills it names (taxonomy slugs). */
  readonly premium: { readonly fraction: number; readonly label: string; readonly skills: readonly string[] };
}

export const REFERENCE_SOURCE = {
  id: 'ml-career-guide-2026',
  title: 'ML career guide 2026: ML Salary Benchmarks (DrJobPro AI Hub Data and industry surveys)',
  year: 2026,
} as const;

export const REFERENCE_TABLE: readonly ReferenceRow[] = [
  {
    level: 'junior',
    years: '0-2',
    global: { min: 95_000, max: 130_000 },
    gulf: { min: 85_000, max: 125_000 },
    openEnded: false,
    premium: { fraction: 0.1, label: 'LLM experience', skills: ['large-language-models'] },
  },
  {
    level: 'mid',
    years: '2-4',
    global: { min: 130_000, max: 175_000 },
    gulf: { min: 120_000, max: 165_000 },
    openEnded: false,
    premium: { fraction: 0.15, label: 'MLOps expertise', skills: ['mlops'] },
  },
  {
    level: 'senior',
    years: '4-7',
    global: { min: 175_000, max: 220_000 },
    gulf: { min: 160_000, max: 210_000 },
    openEnded: false,
    premium: { fraction: 0.2, label: 'distributed systems', skills: ['distributed-systems'] },
  },
  {
    level: 'staff',
    years: '7+',
    global: { min: 220_000, max: 320_000 },
    gulf: { min: 200_000, max: 300_000 },
    openEnded: true,
    premium: {
      fraction: 0.25,
      label: 'LLM + architecture',
      skills: ['large-language-models', 'software-architecture'],
    },
  },
];
