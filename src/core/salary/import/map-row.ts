// One aijobs CSV row to a SalaryRecord, or the stable reason it was skipped.
import { regionOfCountry } from '../../positions/regions.js';
import type { SalaryRecord } from '../types.js';
import { isCountryCode, isCurrencyCode } from './codes.js';
import { AIJOBS_COLUMNS, type AijobsColumn, type ColumnPositions } from './columns.js';
import { mapAijobsLevel } from './levels.js';
import type { ClassifiedTitle } from './titles.js';

/** Why a row was skipped; stable codes, stored in the import's skip report. */
export const SKIP_REASONS = [
  'missing_field',
  'not_a_number',
  'negative_or_zero',
  'implausible_amount',
  'unknown_currency',
  'unknown_country',
  'unknown_level',
  'unknown_employment_type',
  'unknown_company_size',
  'bad_year',
  'bad_remote_ratio',
] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];

/**
 * Plausible annual pay in US dollars: below $1,000 a year is a monthly or hourly figure entered
 * as annual (or a typo), above $5M is beyond any salaried job the surveys cover. The file's own
 * range is $15,000 to $800,000.
 */
export const USD_BOUNDS = { min: 1_000, max: 5_000_000 } as const;
/**
 * The local-currency amount has no common scale, so only its order of magnitude is checked: $5M in
 * the currencies with the most units per dollar (Vietnamese dong, Indonesian rupiah, about 25,000
 * and 16,000) is about 1.25e11, so 2e11 lets every real salary through and stops 10^12.
 */
export const LOCAL_MAX = 2e11;
/** The earliest work year accepted: the aijobs survey starts in 2020; older data is not a benchmark. */
export const MIN_YEAR = 2000;

const EMPLOYMENT_TYPES = ['FT', 'PT', 'CT', 'FL'] as const;
const COMPANY_SIZES = ['S', 'M', 'L'] as const;
const REMOTE_RATIOS = new Set([0, 50, 100]);
// Plain decimals only: "1e12", "120,000", "$90k" and " " are not amounts a salary CSV should hold.
const AMOUNT = /^\d+(?:\.\d+)?$/;
const SIGNED_AMOUNT = /^-\d+(?:\.\d+)?$/;

export interface RowContext {
  columns: ColumnPositions;
  /** The latest work year accepted (the caller's current year; core reads no clock). */
  maxYear: number;
  /** Title classification and skills, memoised by the caller (290 titles, 74k rows). */
  title(rawTitle: string): ClassifiedTitle & { skills: string[] };
}

export type RowResult = { ok: true; record: SalaryRecord } | { ok: false; reason: SkipReason };

const skip = (reason: SkipReason): RowResult => ({ ok: false, reason });

/** Validates one data row and maps it to a record; checks run in a fixed order, first failure wins. */
export function mapAijobsRow(fields: readonly string[], context: RowContext): RowResult {
  const value: Partial<Record<AijobsColumn, string>> = {};
  for (const column of AIJOBS_COLUMNS) {
    const text = fields[context.columns[column]]?.trim();
    if (!text) return skip('missing_field');
    value[column] = text;
  }
  const v = value as Record<AijobsColumn, string>;

  const salary = amount(v.salary);
  const salaryUsd = amount(v.salary_in_usd);
  if (typeof salary === 'string') return skip(salary);
  if (typeof salaryUsd === 'string') return skip(salaryUsd);
  if (salaryUsd < USD_BOUNDS.min || salaryUsd > USD_BOUNDS.max || salary > LOCAL_MAX) {
    return skip('implausible_amount');
  }
  if (!isCurrencyCode(v.salary_currency)) return skip('unknown_currency');
  if (!isCountryCode(v.company_location) || !isCountryCode(v.employee_residence)) {
    return skip('unknown_country');
  }
  const level = mapAijobsLevel(v.experience_level);
  if (!level) return skip('unknown_level');
  const employmentType = oneOf(EMPLOYMENT_TYPES, v.employment_type);
  if (!employmentType) return skip('unknown_employment_type');
  const companySize = oneOf(COMPANY_SIZES, v.company_size);
  if (!companySize) return skip('unknown_company_size');
  const year = Number(v.work_year);
  if (!/^\d{4}$/.test(v.work_year) || year < MIN_YEAR || year > context.maxYear) return skip('bad_year');
  const remoteRatio = Number(v.remote_ratio);
  if (!/^\d+$/.test(v.remote_ratio) || !REMOTE_RATIOS.has(remoteRatio)) return skip('bad_remote_ratio');

  const title = context.title(v.job_title);
  return {
    ok: true,
    record: {
      source: 'import',
      year,
      roleFamily: title.roleFamily,
      title: title.title,
      rawTitle: v.job_title,
      level: level.level,
      levelApproximate: level.approximate,
      country: v.company_location,
      residence: v.employee_residence,
      region: regionOfCountry(v.company_location),
      currency: v.salary_currency,
      base: salary,
      allowances: 0,
      total: salary,
      totalUsd: salaryUsd,
      remoteRatio,
      companySize,
      employmentType,
      weight: 1,
      skills: title.skills,
    },
  };
}

function amount(text: string): number | 'not_a_number' | 'negative_or_zero' {
  if (SIGNED_AMOUNT.test(text)) return 'negative_or_zero';
  if (!AMOUNT.test(text)) return 'not_a_number';
  const n = Number(text);
  return n > 0 ? n : 'negative_or_zero';
}

function oneOf<T extends string>(allowed: readonly T[], text: string): T | null {
  return allowed.find((option) => option === text) ?? null;
}
