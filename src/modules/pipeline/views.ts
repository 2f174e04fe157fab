// Rows as the API shows them: one shape for the candidate, one for the organisation's members.
import type {
  CandidateApplication,
  IntroductionView,
  OfferView,
  OrganisationResponsiveness,
  PipelineApplication,
} from '../../contracts/pipeline.js';
import { declineReasonSchema, rejectionReasonSchema, stageSchema } from '../../contracts/pipeline.js';
import { rejectionWording } from '../../core/pipeline/rejection-reasons.js';
import { awaitsOrganisation } from '../../core/pipeline/stages.js';
import { nextStagesFor } from '../../core/pipeline/transitions.js';
import type * as repo from './applications.repository.js';
import type { IntroductionRecord } from './introductions.repository.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
type EventWithActor = Awaited<ReturnType<typeof repo.eventsOf>>[number];

export function offerView(row: repo.OfferRow): OfferView {
  const allowances = (row.allowances ?? {}) as Partial<OfferView['allowances']>;
  return {
    id: row.id,
    applicationId: row.applicationId,
    base: row.base,
    allowances: {
      housing: allowances.housing ?? 0,
      transport: allowances.transport ?? 0,
      flights: allowances.flights ?? 0,
      education: allowances.education ?? 0,
      other: allowances.other ?? 0,
    },
    currency: row.currency,
    period: row.period,
    startDate: row.startDate,
    status: row.status,
    shareWithBenchmarks: row.shareWithBenchmarks,
    createdAt: row.createdAt.toISOString(),
    decidedAt: iso(row.decidedAt),
  };
}

/** Events for one audience: candidates see which side acted, members also see which member. */
function eventViews(events: readonly EventWithActor[], audience: 'candidate' | 'organisation') {
  return events.map(({ event, actorName }) => ({
    fromStage: stageSchema.safeParse(event.fromStage).data ?? null,
    toStage: stageSchema.parse(event.toStage),
    side: event.actorSide,
    actorName: audience === 'organisation' && event.actorSide === 'organisation' ? actorName : null,
    reason: event.reason,
    at: event.createdAt.toISOString(),
  }));
}

export function candidateApplicationView(
  record: repo.ApplicationRecord,
  events: readonly EventWithActor[],
  offers: readonly repo.OfferRow[],
  responsiveness: OrganisationResponsiveness,
): CandidateApplication {
  const a = record.application;
  const reason = rejectionReasonSchema.safeParse(a.rejectionReason).data;
  return {
    id: a.id,
    position: {
      id: a.positionId,
      title: record.positionTitle,
      slug: record.positionSlug,
      status: record.positionStatus,
    },
    organisation: { id: a.organisationId, name: record.organisationName },
    origin: a.origin,
    stage: a.stage,
    closedReason: a.closedReason,
    rejection:
      a.closedReason === 'rejected' && reason
        ? { reason, wording: rejectionWording(reason), note: a.rejectionNote }
        : null,
    note: a.note,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    firstResponseAt: iso(a.firstResponseAt),
    closedAt: iso(a.closedAt),
    timeline: eventViews(events, 'candidate'),
    offers: offers.map(offerView),
    responsiveness,
  };
}

export interface CandidateCard {
  id: string;
  displayName: string | null;
  email: string | null;
  headline: string;
}

export function pipelineApplicationView(
  record: repo.ApplicationRecord,
  card: CandidateCard,
  events: readonly EventWithActor[],
  offers: readonly repo.OfferRow[],
  waitingBusinessDays: number | null,
  thresholdDays: number,
): PipelineApplication {
  const a = record.application;
  return {
    id: a.id,
    positionId: a.positionId,
    positionTitle: record.positionTitle,
    candidate: card,
    origin: a.origin,
    stage: a.stage,
    closedReason: a.closedReason,
    rejectionReason: rejectionReasonSchema.safeParse(a.rejectionReason).data ?? null,
    note: a.note,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    firstResponseAt: iso(a.firstResponseAt),
    closedAt: iso(a.closedAt),
    waitingBusinessDays: awaitsOrganisation(a.stage) ? waitingBusinessDays : null,
    waitingTooLong: awaitsOrganisation(a.stage) && (waitingBusinessDays ?? 0) > thresholdDays,
    nextStages: [...nextStagesFor(a.stage)],
    events: eventViews(events, 'organisation'),
    offers: offers.map(offerView),
  };
}

export function introductionView(record: IntroductionRecord, candidateName: string | null): IntroductionView {
  const i = record.introduction;
  return {
    id: i.id,
    position: { id: i.positionId, title: record.positionTitle, slug: record.positionSlug },
    organisation: {
      id: i.organisationId,
      name: record.organisationName,
      verified: record.organisationVerifiedAt !== null,
    },
    requestedBy: record.requesterName,
    candidateId: i.candidateId,
    candidateName,
    message: i.message,
    status: i.status,
    declineReason: declineReasonSchema.safeParse(i.declineReason).data ?? null,
    declineNote: i.declineNote,
    applicationId: i.applicationId,
    createdAt: i.createdAt.toISOString(),
    respondedAt: iso(i.respondedAt),
  };
}
