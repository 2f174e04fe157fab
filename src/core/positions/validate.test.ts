import { describe, expect, it } from 'vitest';
import { positionBody } from '../../contracts/positions.js';
import { AppError, type FieldProblem } from '../errors.js';
import { DEFAULT_FLOATING_RATES } from '../money/index.js';
import { buildPositionBody, isKnownSkill, NOW } from './positions.fixtures.js';
import { positionProblems, validatePosition } from './validate.js';

const ctx = { now: NOW, isKnownSkill, table: DEFAULT_FLOATING_RATES };
type Body = ReturnType<typeof buildPositionBody>;
const problems = (overrides: Partial<Body>): FieldProblem[] =>
  positionProblems(buildPositionBody(overrides), ctx);
const codes = (overrides: Partial<Body>) => problems(overrides).map((p) => `${p.path}:${p.code}`);
const NO_PACKAGE = { housing: 0, transport: 0, annualFlights: 0, education: 0, other: 0, taxFree: false };
// A band with no package, so package rules stay out of the salary tests.
const band = (
  min: number,
  max: number,
  currency: Body['salary']['currency'] = 'USD',
  period: 'year' | 'month' = 'year',
) => ({ salary: { min, max, currency, period }, package: NO_PACKAGE });

describe('validatePosition', () => {
  it('accepts the factory body, which the contract accepts too', () => {
    expect(positionBody.safeParse(buildPositionBody()).success).toBe(true);
    expect(() => validatePosition(buildPositionBody(), ctx)).not.toThrow();
  });

  it('throws one validation_failed listing every problem at once', () => {
    const body = buildPositionBody({
      ...band(200_000, 100_000),
      workplace: 'remote',
      requiredSkills: [
        { skillId: 'python', minProficiency: 3 },
        { skillId: 'python', minProficiency: 4 },
      ],
      validThrough: '2020-01-01',
    });
    let thrown: unknown;
    try {
      validatePosition(body, ctx);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppError);
    const error = thrown as AppError;
    expect(error.code).toBe('validation_failed');
    expect(error.extra.errors?.map((p) => `${p.path}:${p.code}`)).toEqual([
      'requiredSkills.1.skillId:duplicate',
      'remoteCountries:required',
      'salary.max:band_order',
      'validThrough:past_date',
    ]);
    for (const problem of error.extra.errors ?? []) expect(problem.message).not.toBe('');
  });
});

describe('salary rules', () => {
  it('flags a minimum above the maximum on salary.max', () => {
    expect(codes(band(120_000, 100_000))).toEqual(['salary.max:band_order']);
  });

  it('flags a zero minimum', () => {
    expect(codes(band(0, 100_000))).toEqual(['salary.min:zero_minimum']);
  });

  it('allows a fixed salary (min = max) and exactly three times the minimum', () => {
    expect(codes(band(100_000, 100_000))).toEqual([]);
    expect(codes(band(50_000, 150_000))).toEqual([]);
  });

  it('flags a maximum more than three times the minimum', () => {
    expect(problems(band(50_000, 150_001))).toEqual([
      { path: 'salary.max', message: 'Keep the maximum within 3 times the minimum', code: 'band_too_wide' },
    ]);
  });

  it.each([
    ['a tiny yearly band', band(1_000, 2_000)],
    ['a monthly band entered as yearly pay', band(2_000, 3_000, 'AED')],
    ['a huge band', band(3_000_000, 4_000_000)],
    ['a yearly figure entered per month', band(300_000, 400_000, 'USD', 'month')],
  ])('flags %s as implausible pay', (_case, overrides) => {
    expect(codes(overrides)).toContain('salary:implausible_pay');
  });

  it('says what the midpoint came to', () => {
    expect(problems(band(1_000, 2_000))[0]?.message).toBe(
      "The band's yearly midpoint is about 1,500 US dollars, outside 3,000–3,000,000; check the amounts and the period",
    );
  });

  it('judges the midpoint in US dollars at the currency rate', () => {
    // 12 × 1,000 INR a month is about 142 dollars a year; 12 × 100,000 INR is about 14,200.
    expect(codes(band(1_000, 1_000, 'INR', 'month'))).toContain('salary:implausible_pay');
    expect(codes(band(100_000, 100_000, 'INR', 'month'))).toEqual([]);
  });

  it('accepts the edges of the plausible range', () => {
    expect(codes(band(3_000, 3_000))).toEqual([]);
    expect(codes(band(3_000_000, 3_000_000))).toEqual([]);
    expect(codes(band(2_999, 2_999))).toContain('salary:implausible_pay');
  });

  it('reports a currency without a rate on salary.currency and skips the dollar checks', () => {
    const found = positionProblems(buildPositionBody(band(1, 1, 'KWD')), { ...ctx, table: [] });
    expect(found).toEqual([
      { path: 'salary.currency', message: 'No KWD rate on or before 2026-11-15', code: 'unknown_currency' },
    ]);
  });

  it('ignores rates dated after now', () => {
    const table = [{ currency: 'EUR', ratePerUsd: 0.9, asOf: '2026-12-01' }];
    expect(
      positionProblems(buildPositionBody(band(60_000, 80_000, 'EUR')), { ...ctx, table }).map((p) => p.code),
    ).toEqual(['unknown_currency']);
  });
});

describe('package rules', () => {
  const pack = (overrides: Partial<Body['package']>) => ({
    package: { ...buildPositionBody().package, ...overrides },
  });

  it('allows items up to five times the yearly maximum (35,000 a month is 420,000 a year)', () => {
    expect(codes(pack({ housing: 2_100_000 }))).toEqual([]);
  });

  it('flags each item above five times the yearly maximum', () => {
    expect(codes(pack({ housing: 2_100_001, education: 3_000_000 }))).toEqual([
      'package.housing:package_too_large',
      'package.education:package_too_large',
    ]);
  });
});

describe('workplace rules', () => {
  it('asks a remote position for the countries it hires from', () => {
    expect(codes({ workplace: 'remote' })).toEqual(['remoteCountries:required']);
    expect(codes({ workplace: 'remote', remoteCountries: ['AE', 'SA'] })).toEqual([]);
  });

  it('refuses remote countries on an onsite position but allows them on a hybrid one', () => {
    expect(codes({ workplace: 'onsite', remoteCountries: ['AE'] })).toEqual([
      'remoteCountries:not_applicable',
    ]);
    expect(codes({ workplace: 'hybrid', remoteCountries: ['AE'] })).toEqual([]);
    expect(codes({ workplace: 'onsite' })).toEqual([]);
  });
});

describe('end date rules', () => {
  it.each([
    ['2026-11-15', []],
    ['2027-11-15', []],
    [undefined, []],
    ['2026-11-14', ['validThrough:past_date']],
    ['2027-11-16', ['validThrough:too_far']],
    ['2026-11-31', ['validThrough:invalid_date']],
  ])('validThrough %s gives %j', (validThrough, expected) => {
    expect(codes({ validThrough })).toEqual(expected);
  });
});

describe('skill rules', () => {
  it('flags repeats within a list at the later entries', () => {
    expect(
      codes({
        requiredSkills: [
          { skillId: 'python', minProficiency: 3 },
          { skillId: 'sql', minProficiency: 3 },
          { skillId: 'python', minProficiency: 5 },
          { skillId: 'python', minProficiency: 5 },
        ],
        niceToHaveSkills: [{ skillId: 'docker' }, { skillId: 'docker' }],
      }),
    ).toEqual([
      'requiredSkills.2.skillId:duplicate',
      'requiredSkills.3.skillId:duplicate',
      'niceToHaveSkills.1.skillId:duplicate',
    ]);
  });

  it('flags a skill in both lists on the nice-to-have entry', () => {
    expect(codes({ niceToHaveSkills: [{ skillId: 'aws' }, { skillId: 'pytorch' }] })).toEqual([
      'niceToHaveSkills.1.skillId:in_both_lists',
    ]);
  });

  it('flags unknown skills wherever they are, asking the taxonomy once per id', () => {
    const asked: string[] = [];
    const found = positionProblems(
      buildPositionBody({
        requiredSkills: [
          { skillId: 'cobol', minProficiency: 3 },
          { skillId: 'python', minProficiency: 3 },
        ],
        niceToHaveSkills: [{ skillId: 'cobol' }, { skillId: 'fortran' }],
      }),
      {
        ...ctx,
        isKnownSkill: (id) => {
          asked.push(id);
          return isKnownSkill(id);
        },
      },
    );
    expect(found.map((p) => `${p.path}:${p.code}`)).toEqual([
      'requiredSkills.0.skillId:unknown_skill',
      'niceToHaveSkills.0.skillId:unknown_skill',
      'niceToHaveSkills.0.skillId:in_both_lists',
      'niceToHaveSkills.1.skillId:unknown_skill',
    ]);
    expect(asked).toEqual(['cobol', 'python', 'fortran']);
  });

  it('accepts empty skill lists', () => {
    expect(codes({ requiredSkills: [], niceToHaveSkills: [] })).toEqual([]);
  });
});
