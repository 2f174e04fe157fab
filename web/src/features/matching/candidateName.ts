import type { TFunction } from 'i18next';
import type { CandidateMatch } from '../../api/matching';

/** The name a recruiter sees: the candidate's own, or "Anonymous candidate" until an introduction. */
export function candidateName(candidate: CandidateMatch['candidate'], t: TFunction): string {
  return candidate.anonymous || !candidate.displayName
    ? t('matching.candidates.anonymous')
    : candidate.displayName;
}

/** A name that tells rows apart: anonymous candidates are told apart by their rank. */
export function candidateLabel(candidate: CandidateMatch['candidate'], rank: number, t: TFunction): string {
  const name = candidateName(candidate, t);
  return candidate.anonymous || !candidate.displayName ? t('matching.candidates.who', { name, rank }) : name;
}
