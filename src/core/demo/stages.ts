// The four career stages of the 2026 ML career guide (shared/reference/ml-career-guide-2026.txt).

/** Career stage, as the guide names its four levels (staff covers staff, principal, architect, manager). */
export type Stage = 'junior' | 'mid' | 'senior' | 'staff';

/** Stages in career order; the position in this list is used as a numeric rank. */
export const STAGES: readonly Stage[] = ['junior', 'mid', 'senior', 'staff'];

/** Numeric rank of a stage: junior 0 … staff 3. */
export const STAGE_RANK: Readonly<Record<Stage, number>> = { junior: 0, mid: 1, senior: 2, staff: 3 };

/**
 * Years of experience per stage: the guide's 0-2, 2-4, 4-7 and 7+, as half-open ranges so a
 * boundary value belongs to the later stage. Staff is capped at 20 years to keep demo data plausible.
 */
export const STAGE_YEARS: Readonly<Record<Stage, { readonly min: number; readonly max: number }>> = {
  junior: { min: 0, max: 2 },
  mid: { min: 2, max: 4 },
  senior: { min: 4, max: 7 },
  staff: { min: 7, max: 20 },
};

/** Share of demo candidates per stage: a marketplace has more juniors than staff engineers. */
export const STAGE_SHARE: Readonly<Record<Stage, number>> = {
  junior: 0.35,
  mid: 0.3,
  senior: 0.23,
  staff: 0.12,
};
