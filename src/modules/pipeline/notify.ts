// What each pipeline change tells whom. Payloads carry codes and titles, never sentences, so part B
// renders them in the reader's language; the one exception is the rejection's English wording, kept
// as the fallback the web replaces by reason code.
import { type RejectionReason, rejectionWording } from '../../core/pipeline/rejection-reasons.js';
import type { Stage } from '../../core/pipeline/stages.js';
import type { NewNotification } from '../notifications/notifications.repository.js';

interface ApplicationContext {
  applicationId: string;
  positionId: string;
  positionTitle: string;
  organisationName: string;
}

export const candidateLink = (applicationId: string) => `/applications/${applicationId}`;
export const pipelineLink = (positionId: string) => `/positions/${positionId}/pipeline`;

/** The candidate hears of every stage change a member or the platform makes. */
export function stageChanged(
  candidateId: string,
  context: ApplicationContext,
  change: { from: Stage; to: Stage; closedReason: string | null; rejectionReason?: RejectionReason | null },
): NewNotification {
  const rejection = change.rejectionReason
    ? { rejectionReason: change.rejectionReason, wording: rejectionWording(change.rejectionReason) }
    : {};
  return {
    userId: candidateId,
    kind: change.closedReason === 'position_closed' ? 'position_closed' : 'stage_change',
    payload: {
      ...context,
      from: change.from,
      to: change.to,
      closedReason: change.closedReason,
      ...rejection,
    },
    link: candidateLink(context.applicationId),
  };
}

/** Members hear of what the candidate does: an application, a withdrawal. */
export function toMembers(
  memberIds: readonly string[],
  kind: 'application_received' | 'stage_change' | 'offer',
  context: ApplicationContext & Record<string, unknown>,
): NewNotification[] {
  return memberIds.map((userId) => ({
    userId,
    kind,
    payload: context,
    link: pipelineLink(context.positionId),
  }));
}

/** What an introduction request's notifications name: the request, its position and organisation. */
type IntroductionContext = {
  introductionId: string;
  positionId: string;
  positionTitle: string;
  organisationName: string;
};

export function introductionRequested(candidateId: string, context: IntroductionContext): NewNotification {
  return { userId: candidateId, kind: 'introduction_request', payload: context, link: '/introductions' };
}

/**
 * The candidate hears that a request they were asked is gone: a member withdrew it, or the position
 * closed. Same kind as the request (one preference covers both), told apart by `status`.
 */
export function introductionWithdrawn(
  candidateId: string,
  context: IntroductionContext,
  because: 'withdrawn' | 'position_closed',
): NewNotification {
  return {
    userId: candidateId,
    kind: 'introduction_request',
    payload: { ...context, status: 'cancelled', because },
    link: '/introductions',
  };
}

export function introductionAnswered(
  requesterId: string,
  context: {
    introductionId: string;
    positionId: string;
    positionTitle: string;
    answer: 'accepted' | 'declined';
    applicationId: string | null;
  },
): NewNotification {
  return {
    userId: requesterId,
    kind: 'introduction_answer',
    payload: context,
    link: pipelineLink(context.positionId),
  };
}

export function offerMade(
  candidateId: string,
  context: ApplicationContext & { offerId: string },
): NewNotification {
  return {
    userId: candidateId,
    kind: 'offer',
    payload: { ...context, status: 'extended' },
    link: candidateLink(context.applicationId),
  };
}
