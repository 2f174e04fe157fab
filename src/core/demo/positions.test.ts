import { describe, expect, it } from 'vitest';
import { generateEmployerProfile } from './employers.js';
import { toUsd } from './fx.js';
import { isGulf } from './geography.js';
import { generatePosition, generatePositions, POSITION_CURRENCY } from './positions.js';
import { salaryBandUsd, skillPremium } from './salary.js';
import { SKILL_IDS } from './skill-pool.js';

const SEED = 99;
const EMPLOYERS = 120;

describe('generatePosition', () => {
  it('is deterministic and index-independent', () => {
    const stream = [...generatePositions({ seed: SEED, count: 60, employerCount: EMPLOYERS })];
    expect([...generatePositions({ seed: SEED, count: 60, employerCount: EMPLOYERS })]).toEqual(stream);
    expect(generatePosition(SEED, 42, EMPLOYERS)).toEqual(stream[42]);
  });

  it('belongs to employer index mod employerCount, in that employer’s country', () => {
    for (const index of [0, 1, 119, 120, 121, 500]) {
      const position = generatePosition(SEED, index, EMPLOYERS);
      const employer = generateEmployerProfile(SEED, index % EMPLOYERS);
      expect(position.employerIndex).toBe(index % EMPLOYERS);
      expect(position.employerKey).toBe(employer.key);
      expect(position.country).toBe(employer.country);
    }
  });

  it('rejects a non-positive employer count', () => {
    expect(() => generatePosition(SEED, 0, 0)).toThrow(RangeError);
  });
});

describe('position population', () => {
  const positions = [...generatePositions({ seed: SEED, count: 5000, employerCount: EMPLOYERS })];

  it('pays Gulf positions in Gulf currencies, tax-free with allowances, min <= max', () => {
    const gulf = positions.filter((p) => isGulf(p.country));
    expect(gulf.length).toBeGreaterThan(500);
    for (const p of gulf) {
      expect(['AED', 'SAR', 'QAR']).toContain(p.salary.currency);
      expect(p.salary.currency).toBe(POSITION_CURRENCY[p.country]);
      expect(p.salary.min).toBeGreaterThan(0);
      expect(p.salary.min).toBeLessThanOrEqual(p.salary.max);
      expect(p.gulfAllowances?.taxFree).toBe(true);
      expect(p.gulfAllowances?.housing).toBeGreaterThan(0);
      expect(p.gulfAllowances?.transport).toBeGreaterThan(0);
      expect(p.gulfAllowances?.annualFlights).toBeGreaterThan(0);
    }
  });

  it('keeps Gulf total compensation (base + allowances) inside the guide’s Gulf band', () => {
    for (const p of positions.filter((x) => isGulf(x.country))) {
      const a = p.gulfAllowances;
      if (a === undefined) throw new Error('missing allowances');
      const extras = a.housing + a.transport + a.annualFlights;
      const band = salaryBandUsd(p.level, p.country);
      const slack = 0.02 * band.max;
      expect(toUsd(p.salary.min + extras, p.salary.currency)).toBeGreaterThanOrEqual(band.min - slack);
      expect(toUsd(p.salary.max + extras, p.salary.currency)).toBeLessThanOrEqual(
        band.max * (1 + skillPremium(p.level)) + slack,
      );
    }
  });

  it('pays other positions in the local currency inside the scaled band, without allowances', () => {
    for (const p of positions.filter((x) => !isGulf(x.country))) {
      expect(p.gulfAllowances).toBeUndefined();
      expect(p.salary.currency).toBe(POSITION_CURRENCY[p.country]);
      expect(p.salary.min).toBeLessThanOrEqual(p.salary.max);
      const band = salaryBandUsd(p.level, p.country);
      // Rounding to 1,000 (or a lakh, about 1,140 USD) can move a bound a little outside.
      const slack = 1200;
      expect(toUsd(p.salary.min, p.salary.currency)).toBeGreaterThanOrEqual(band.min - slack);
      expect(toUsd(p.salary.max, p.salary.currency)).toBeLessThanOrEqual(
        band.max * (1 + skillPremium(p.level)) + slack,
      );
    }
  });

  it('pays more at higher levels', () => {
    const medianUsd = (level: string) => {
      const values = positions
        .filter((p) => p.level === level && p.country === 'US')
        .map((p) => p.salary.min)
        .sort((a, b) => a - b);
      return values[Math.floor(values.length / 2)] ?? 0;
    };
    expect(medianUsd('junior')).toBeLessThan(medianUsd('mid'));
    expect(medianUsd('mid')).toBeLessThan(medianUsd('senior'));
    expect(medianUsd('senior')).toBeLessThan(medianUsd('staff'));
  });

  it('requires 3-10 distinct known skills at proficiency 2-5, and separate nice-to-haves', () => {
    const known = new Set(SKILL_IDS);
    const problems: string[] = [];
    for (const p of positions) {
      const required = p.requiredSkills.map((s) => s.skillId);
      const badRequired = p.requiredSkills.some(
        (s) => !known.has(s.skillId) || s.minProficiency < 2 || s.minProficiency > 5,
      );
      const badNice = p.niceToHaveSkills.some((id) => !known.has(id) || required.includes(id));
      if (
        required.length < 3 ||
        required.length > 10 ||
        new Set(required).size !== required.length ||
        new Set(p.niceToHaveSkills).size !== p.niceToHaveSkills.length ||
        badRequired ||
        badNice
      ) {
        problems.push(JSON.stringify(p));
      }
    }
    expect(problems).toEqual([]);
  });

  it('keeps architects and managers senior or above', () => {
    for (const p of positions) {
      if (p.roleFamily === 'ml_architect' || p.roleFamily === 'engineering_manager') {
        expect(['senior', 'staff']).toContain(p.level);
      }
      expect(p.key).toBe(`p-${String(p.index).padStart(6, '0')}`);
    }
  });

  it('gives employer 0 positions', () => {
    expect(positions.filter((p) => p.employerIndex === 0).length).toBeGreaterThan(0);
  });
});
