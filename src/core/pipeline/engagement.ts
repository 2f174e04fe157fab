// Recruiter engagement per candidate, split by how complete the candidate's portfolio is: does a
// portfolio raise engagement, and by how much? The repository groups candidates by the two facts
// below (so a million candidates arrive as a handful of cohorts); the bands are decided here.
import { rate } from './stats.js';

export const PORTFOLIO_BANDS = ['none', 'projects', 'measured_projects'] as const;
export type PortfolioBand = (typeof PORTFOLIO_BANDS)[number];

/** Candidates sharing their portfolio facts, with their summed engagement. */
export interface EngagementCohort {
  hasProject: boolean;
  /** At least one project with measured results and a link: the guide's "portfolio". */
  hasMeasuredProject: boolean;
  candidates: number;
  views: number;
  saves: number;
  shortlists: number;
  introductionRequests: number;
}

export interface EngagementBand {
  band: PortfolioBand;
  candidates: number;
  viewsPerCandidate: number | null;
  savesPerCandidate: number | null;
  shortlistsPerCandidate: number | null;
  introductionRequestsPerCandidate: number | null;
  /** All four actions per candidate. */
  engagementPerCandidate: number | null;
  /** engagementPerCandidate divided by the no-portfolio band's: 1.5 means half as much again. */
  upliftVsNone: number | null;
}

/** The band of a candidate from their portfolio facts. */
export function portfolioBand(facts: { hasProject: boolean; hasMeasuredProject: boolean }): PortfolioBand {
  if (facts.hasMeasuredProject) return 'measured_projects';
  return facts.hasProject ? 'projects' : 'none';
}

/** Engagement per candidate in each portfolio band, and each band's uplift over no portfolio. */
export function engagementByBand(cohorts: readonly EngagementCohort[]): EngagementBand[] {
  const sums = new Map(
    PORTFOLIO_BANDS.map((band) => [band, { candidates: 0, views: 0, saves: 0, shortlists: 0, intros: 0 }]),
  );
  for (const cohort of cohorts) {
    const sum = sums.get(portfolioBand(cohort));
    if (!sum) continue;
    sum.candidates += cohort.candidates;
    sum.views += cohort.views;
    sum.saves += cohort.saves;
    sum.shortlists += cohort.shortlists;
    sum.intros += cohort.introductionRequests;
  }
  const per = (value: number, candidates: number) =>
    candidates === 0 ? null : Math.round((value / candidates) * 1000) / 1000;
  const none = sums.get('none');
  const baseline = none
    ? per(none.views + none.saves + none.shortlists + none.intros, none.candidates)
    : null;
  return PORTFOLIO_BANDS.map((band) => {
    const s = sums.get(band) ?? { candidates: 0, views: 0, saves: 0, shortlists: 0, intros: 0 };
    const total = per(s.views + s.saves + s.shortlists + s.intros, s.candidates);
    return {
      band,
      candidates: s.candidates,
      viewsPerCandidate: per(s.views, s.candidates),
      savesPerCandidate: per(s.saves, s.candidates),
      shortlistsPerCandidate: per(s.shortlists, s.candidates),
      introductionRequestsPerCandidate: per(s.intros, s.candidates),
      engagementPerCandidate: total,
      upliftVsNone: total === null || !baseline ? null : rate(total, baseline),
    };
  });
}
