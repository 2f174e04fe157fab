// Rejections carry a reason from a fixed list (src/contracts/pipeline.ts) so the candidate always
// hears something kind and specific, and so outcomes can be counted by reason. The web translates by
// code; the English here is the API's own wording and the fallback.
import type { RejectionReason } from '../../contracts/pipeline.js';

export type { DeclineReason, RejectionReason, WithdrawalReason } from '../../contracts/pipeline.js';

const WORDING: Record<RejectionReason, string> = {
  skills_gap:
    'The team was looking for a closer match to a few specific skills for this role. Your strengths may fit other positions well.',
  experience_level:
    'The team decided this role needs a different level of experience than your profile shows right now.',
  salary_expectations:
    "The team could not meet your pay expectations for this role. That says nothing about your worth; it's about this budget.",
  location_or_visa: 'The team could not make the location or visa arrangements for this role work this time.',
  position_filled: 'The position has been filled. Thank you for your interest and your time.',
  stronger_candidates:
    'The team moved forward with candidates whose experience matched this role more closely. It was a close field.',
  not_a_fit_now:
    "The team doesn't have the right opening for you at the moment, and would be glad to see you apply again later.",
  other: 'The team decided not to move forward with your application this time.',
};

/** The kind, candidate-facing sentence for a rejection reason (English; the web translates by code). */
export function rejectionWording(reason: RejectionReason): string {
  return WORDING[reason];
}
