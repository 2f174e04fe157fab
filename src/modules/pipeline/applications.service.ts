// The candidate's side of applications: apply to a live position, follow each application, withdraw.

import type { z } from 'zod';
import type {
  applyBody,
  CandidateApplication,
  OrganisationResponsiveness,
  withdrawBody,
} from '../../contracts/pipeline.js';
import { AppError } from '../../core/errors.js';
import { groupBy } from '../../core/group-by.js';
import { isPubliclyVisible } from '../../core/positions/visibility.js';
import type { Db } from '../../db/client.js';
import { insertNotifications } from '../notifications/notifications.repository.js';
import type { Actor } from '../organisations/organisations.service.js';
import * as repo from './applications.repository.js';
import { insertReveal } from './introductions.repository.js';
import { recordMove } from './moves.js';
import { toMembers } from './notify.js';
import { settleExtended } from './offers.repository.js';
import type { PipelineDeps } from './pipeline.deps.js';
import { responsivenessOf } from './responsiveness.js';
import { candidateApplicationView } from './views.js';

export type ApplicationService = ReturnType<typeof createApplicationService>;

const YEAR_MS = 365 * 86_400_000;

/** Refuses what a candidate may not apply to: unseen positions are simply not found. */
export function assertOpenToCandidates(facts: repo.PositionFacts | undefined, now: Date): repo.PositionFacts {
  if (!facts) throw new AppError('not_found', 'No such open position');
  const visible = isPubliclyVisible(
    {
      status: facts.status,
      fundingStatus: facts.fundingStatus,
      organisationVerified: facts.organisationVerifiedAt !== null,
      validThrough: facts.validThrough ?? '',
    },
    now,
  );
  if (visible) return facts;
  // A position that was once public may be named as closed; one that never was stays unknown.
  if (facts.publishedAt) throw new AppError('position_not_open', 'This position is no longer open.');
  throw new AppError('not_found', 'No such open position');
}

export function createApplicationService(deps: PipelineDeps) {
  const { db, now } = deps;

  /** Each organisation's median first response and response rate over the last year. */
  async function responsiveness(organisationIds: readonly string[], tx: Db = db) {
    const rows = await repo.responseRows(
      tx,
      [...new Set(organisationIds)],
      new Date(now().getTime() - YEAR_MS),
    );
    const rowsByOrg = groupBy(rows, (r) => r.organisationId);
    const byOrg = new Map<string, OrganisationResponsiveness>();
    for (const id of new Set(organisationIds)) byOrg.set(id, responsivenessOf(rowsByOrg.get(id) ?? []));
    return byOrg;
  }

  async function views(records: repo.ApplicationRecord[], tx: Db = db): Promise<CandidateApplication[]> {
    const ids = records.map((r) => r.application.id);
    // In turn: tx may be a transaction (see Db).
    const events = await repo.eventsOf(tx, ids);
    const offers = await repo.offersOf(tx, ids);
    const figures = await responsiveness(
      records.map((r) => r.application.organisationId),
      tx,
    );
    const none = responsivenessOf([]);
    const eventsBy = groupBy(events, (e) => e.event.applicationId);
    const offersBy = groupBy(offers, (o) => o.applicationId);
    return records.map((record) =>
      candidateApplicationView(
        record,
        eventsBy.get(record.application.id) ?? [],
        offersBy.get(record.application.id) ?? [],
        figures.get(record.application.organisationId) ?? none,
      ),
    );
  }

  /** One of the candidate's applications; anyone else's is not found. */
  async function own(actor: Actor, applicationId: string, tx: Db = db): Promise<CandidateApplication> {
    const record = await repo.findRecord(tx, applicationId);
    if (!record || record.application.candidateId !== actor.id)
      throw new AppError('not_found', 'No such application');
    const [view] = await views([record], tx);
    if (!view) throw new AppError('not_found', 'No such application');
    return view;
  }

  return {
    own,

    /** How a live position's organisation answers applications, for its public page. */
    async responsivenessOfPosition(slug: string): Promise<OrganisationResponsiveness> {
      const facts = await repo.positionFactsBySlug(db, slug);
      // Anything not publicly visible is simply not found, as on the job page itself.
      if (facts?.status !== 'open') throw new AppError('not_found', 'No such open position');
      assertOpenToCandidates(facts, now());
      const figures = await responsiveness([facts.organisationId]);
      return figures.get(facts.organisationId) ?? responsivenessOf([]);
    },

    /**
     * Applies to a live position. Applying shares the candidate's name and contacts with that
     * organisation (an identity reveal), as any application does.
     */
    async apply(actor: Actor, body: z.infer<typeof applyBody>): Promise<CandidateApplication> {
      return db.transaction(async (tx) => {
        const at = now();
        await repo.sharePosition(tx, body.positionId);
        const facts = assertOpenToCandidates(await repo.positionFacts(tx, body.positionId), at);
        const created = await repo.insertApplication(tx, {
          positionId: facts.id,
          organisationId: facts.organisationId,
          candidateId: actor.id,
          origin: 'applied',
          stage: 'applied',
          note: body.note,
          createdAt: at,
          updatedAt: at,
        });
        if (!created) throw new AppError('already_applied', 'You are already in this position’s pipeline.');
        await repo.insertEvent(tx, {
          applicationId: created.id,
          fromStage: null,
          toStage: 'applied',
          actorId: actor.id,
          actorSide: 'candidate',
          createdAt: at,
        });
        await insertReveal(tx, {
          organisationId: facts.organisationId,
          candidateId: actor.id,
          introductionId: null,
          createdAt: at,
        });
        await insertNotifications(
          tx,
          toMembers(await repo.memberIds(tx, facts.organisationId), 'application_received', {
            applicationId: created.id,
            positionId: facts.id,
            positionTitle: facts.title,
            organisationName: facts.organisationName,
          }),
        );
        return own(actor, created.id, tx);
      });
    },

    async list(actor: Actor): Promise<CandidateApplication[]> {
      return views(await repo.listForCandidate(db, actor.id));
    },

    /** The candidate leaves the process; an offer still waiting is declined with it. */
    async withdraw(
      actor: Actor,
      applicationId: string,
      body: z.infer<typeof withdrawBody>,
    ): Promise<CandidateApplication> {
      return db.transaction(async (tx) => {
        const row = await repo.lockApplication(tx, applicationId);
        if (!row || row.candidateId !== actor.id) throw new AppError('not_found', 'No such application');
        const at = now();
        const moved = await recordMove(
          tx,
          row,
          { kind: 'withdraw', reason: body.reason, note: body.note },
          'candidate',
          actor.id,
          at,
        );
        await settleExtended(tx, row.id, 'declined', at);
        const record = await repo.findRecord(tx, row.id);
        await insertNotifications(
          tx,
          toMembers(await repo.memberIds(tx, row.organisationId), 'stage_change', {
            applicationId: row.id,
            positionId: row.positionId,
            positionTitle: record?.positionTitle ?? '',
            organisationName: record?.organisationName ?? '',
            from: row.stage,
            to: moved.stage,
            closedReason: 'withdrawn',
          }),
        );
        return own(actor, row.id, tx);
      });
    },
  };
}
