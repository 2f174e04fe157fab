import { describe, expect, it } from 'vitest';
import { DEFAULT_FLOATING_RATES } from '../money/index.js';
import { offerSalaryRecord } from './offer-record.js';

const position = {
  title: 'Senior ML Engineer, Arabic speech',
  roleFamily: 'ml_engineer' as const,
  level: 'senior' as const,
  country: 'SA',
  requiredSkills: ['pytorch'],
};

describe('offerSalaryRecord', () => {
  it('makes a monthly Gulf offer yearly, converts it at the peg and keeps only the position’s facts', () => {
    const record = offerSalaryRecord(
      { base: 30_000, allowances: { housing: 7_500, transport: 1_500 }, currency: 'SAR', period: 'month' },
      position,
      DEFAULT_FLOATING_RATES,
      new Date('2026-11-20T00:00:00Z'),
    );
    expect(record).toMatchObject({
      source: 'offer',
      year: 2026,
      roleFamily: 'ml_engineer',
      level: 'senior',
      country: 'SA',
      region: 'GCC',
      currency: 'SAR',
      base: 360_000,
      allowances: 108_000,
      total: 468_000,
      skills: ['pytorch'],
    });
    expect(record.totalUsd).toBeCloseTo(468_000 / 3.75, 6);
  });
});
