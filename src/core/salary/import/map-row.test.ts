import { describe, expect, it } from 'vitest';
import { AIJOBS_COLUMNS, type AijobsColumn, readHeader } from './columns.js';
import { mapAijobsRow, type RowContext, type SkipReason } from './map-row.js';
import { skillsFromTitle } from './title-skills.js';
import { classifyTitle } from './titles.js';

const context: RowContext = {
  columns: readHeader([...AIJOBS_COLUMNS]),
  maxYear: 2026,
  title: (raw) => ({ ...classifyTitle(raw), skills: skillsFromTitle(raw) }),
};

const VALID: Record<AijobsColumn, string> = {
  work_year: '2025',
  experience_level: 'SE',
  employment_type: 'FT',
  job_title: 'Computer Vision Engineer',
  salary: '65000',
  salary_currency: 'EUR',
  salary_in_usd: '68421',
  employee_residence: 'AT',
  remote_ratio: '50',
  company_location: 'DE',
  company_size: 'M',
};

/** One row in the file's column order, with some fields replaced. */
const row = (overrides: Partial<Record<AijobsColumn, string>> = {}) =>
  AIJOBS_COLUMNS.map((column) => overrides[column] ?? VALID[column]);

const reasonOf = (overrides: Partial<Record<AijobsColumn, string>>) => {
  const result = mapAijobsRow(row(overrides), context);
  return result.ok ? 'imported' : result.reason;
};

describe('mapAijobsRow', () => {
  it('maps a valid row to a record', () => {
    const result = mapAijobsRow(row(), context);
    expect(result).toEqual({
      ok: true,
      record: {
        source: 'import',
        year: 2025,
        roleFamily: 'ml_engineer',
        title: 'Computer Vision Engineer',
        rawTitle: 'Computer Vision Engineer',
        level: 'senior',
        levelApproximate: false,
        country: 'DE',
        residence: 'AT',
        region: 'EU',
        currency: 'EUR',
        base: 65000,
        allowances: 0,
        total: 65000,
        totalUsd: 68421,
        remoteRatio: 50,
        companySize: 'M',
        employmentType: 'FT',
        weight: 1,
        skills: ['computer-vision'],
      },
    });
  });

  it('maps the four levels, flagging executive as approximate staff', () => {
    const levels = ['EN', 'MI', 'SE', 'EX'].map((code) => {
      const result = mapAijobsRow(row({ experience_level: code }), context);
      return result.ok ? [result.record.level, result.record.levelApproximate] : result.reason;
    });
    expect(levels).toEqual([
      ['junior', false],
      ['mid', false],
      ['senior', false],
      ['staff', true],
    ]);
  });

  it('keeps a country outside every region with a null region, and trims fields', () => {
    const result = mapAijobsRow(row({ company_location: ' JP ', employee_residence: 'JP' }), context);
    expect(result.ok && [result.record.country, result.record.region]).toEqual(['JP', null]);
  });

  const cases: Array<[SkipReason, Partial<Record<AijobsColumn, string>>]> = [
    ['missing_field', { job_title: '' }],
    ['missing_field', { company_size: '   ' }],
    ['not_a_number', { salary: '120,000' }],
    ['not_a_number', { salary_in_usd: '1e5' }],
    ['not_a_number', { salary: 'ninety thousand' }],
    ['negative_or_zero', { salary: '-5000' }],
    ['negative_or_zero', { salary_in_usd: '0' }],
    ['implausible_amount', { salary_in_usd: '999' }],
    ['implausible_amount', { salary_in_usd: '5000001' }],
    ['implausible_amount', { salary: '1000000000000' }],
    ['unknown_currency', { salary_currency: 'XYZ' }],
    ['unknown_currency', { salary_currency: 'usd' }],
    ['unknown_country', { company_location: 'XX' }],
    ['unknown_country', { company_location: 'EU' }],
    ['unknown_country', { employee_residence: 'UK' }],
    ['unknown_country', { employee_residence: 'USA' }],
    ['unknown_level', { experience_level: 'LE' }],
    ['unknown_employment_type', { employment_type: 'Full-time' }],
    ['unknown_company_size', { company_size: 'XL' }],
    ['bad_year', { work_year: '1999' }],
    ['bad_year', { work_year: '2027' }],
    ['bad_year', { work_year: '2024.5' }],
    ['bad_remote_ratio', { remote_ratio: '25' }],
    ['bad_remote_ratio', { remote_ratio: 'remote' }],
  ];
  it.each(cases)('skips with %s for %o', (reason, overrides) => {
    expect(reasonOf(overrides)).toBe(reason);
  });

  it('accepts the documented bounds themselves', () => {
    expect(reasonOf({ salary_in_usd: '1000' })).toBe('imported');
    expect(reasonOf({ salary_in_usd: '5000000' })).toBe('imported');
    expect(reasonOf({ salary: '120000000000', salary_currency: 'VND' })).toBe('imported');
    expect(reasonOf({ salary: '85000.50' })).toBe('imported');
  });

  it('treats a row shorter than the header as missing a field', () => {
    expect(mapAijobsRow(row().slice(0, 8), context)).toEqual({ ok: false, reason: 'missing_field' });
  });
});
