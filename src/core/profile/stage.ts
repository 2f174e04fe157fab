import type { z } from 'zod';
import type { levelSchema } from '../../contracts/profile.js';

export type Stage = z.infer<typeof levelSchema>;

/**
 * The career guide's stage for a number of years (junior 0-2, mid 2-4, senior 4-7, staff 7+).
 * Only a fallback for advice: the career issue assesses stage from skills and evidence, not years.
 */
export function stageForYears(years: number | null): Stage {
  if (years === null || years < 2) return 'junior';
  if (years < 4) return 'mid';
  if (years < 7) return 'senior';
  return 'staff';
}
