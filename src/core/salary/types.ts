// The salary record as the importer produces it and the in-memory index reads it.
import type { Region } from '../../contracts/positions.js';
import type { Level } from '../../contracts/profile.js';
import type { SalaryRoleFamily } from '../../contracts/salaries.js';

/** One measured salary, annual amounts; `totalUsd` is what statistics are computed on. */
export interface SalaryRecord {
  source: 'import' | 'demo' | 'offer';
  year: number;
  roleFamily: SalaryRoleFamily;
  /** Normalised title ("Sr. ML Engineer" becomes "Machine Learning Engineer"). */
  title: string;
  rawTitle: string;
  level: Level;
  /** The source's level maps only roughly (aijobs' EX, "executive", read as staff or above). */
  levelApproximate: boolean;
  /** Employer's country, ISO 3166-1 alpha-2. */
  country: string;
  residence: string | null;
  region: Region | null;
  /** ISO 4217 code of the amounts below (any ISO currency, not only the marketplace's list). */
  currency: string;
  base: number;
  allowances: number;
  total: number;
  totalUsd: number;
  /** 0, 50 or 100 (percent of the time remote), when known. */
  remoteRatio: number | null;
  companySize: 'S' | 'M' | 'L' | null;
  employmentType: 'FT' | 'PT' | 'CT' | 'FL';
  weight: number;
  /** Taxonomy slugs. */
  skills: string[];
}
