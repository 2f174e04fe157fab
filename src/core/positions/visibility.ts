// Who may see a posting without being a member of its organisation. Checked on every read, not only at
// approval, because the facts can change after a posting goes live: funding can be rejected on audit,
// an organisation's verification revoked, and the expiry sweep may not have run yet.
import type { PositionStatus } from '../../contracts/positions.js';
import { isExpired } from './days.js';
import type { FundingStatus } from './lifecycle.js';

export interface VisibilityFacts {
  status: PositionStatus;
  fundingStatus: FundingStatus;
  organisationVerified: boolean;
  validThrough: string;
}

/** True when the public (search, the job page, JSON-LD) may see the posting now. */
export function isPubliclyVisible(facts: VisibilityFacts, now: Date): boolean {
  return (
    facts.status === 'open' &&
    facts.fundingStatus === 'verified' &&
    facts.organisationVerified &&
    !isExpired(facts.validThrough, now)
  );
}
