// The organisation's side: each position's pipeline by stage, moves and rejections through the state
// machine, and the applications left waiting too long. Only members of the organisation see or move
// anything; to anyone else an application or position does not exist (404).
import type { z } from 'zod';
import type { moveBody, PipelineApplication, rejectBody } from '../../contracts/pipeline.js';
import { stageSchema } from '../../contracts/pipeline.js';
import { AppError } from '../../core/errors.js';
import { groupBy } from '../../core/group-by.js';
import { businessDaysBetween, WAITING_BUSINESS_DAYS } from '../../core/pipeline/business-days.js';
import type { Move } from '../../core/pipeline/transitions.js';
import type { Db } from '../../db/client.js';
import { insertNotifications } from '../notifications/notifications.repository.js';
import type { Actor } from '../organisations/organisations.service.js';
import * as repo from './applications.repository.js';
import { revealedAmong } from './introductions.repository.js';
import { requireMemberOf } from './member-access.js';
import { recordMove } from './moves.js';
import { stageChanged } from './notify.js';
import { settleExtended } from './offers.repository.js';
import type { PipelineDeps } from './pipeline.deps.js';
import { type CandidateCard, pipelineApplicationView } from './views.js';

export type BoardService = ReturnType<typeof createBoardService>;

export function createBoardService(deps: PipelineDeps) {
  const { db, now, organisations } = deps;

  /** Names only where the candidate is visible by their settings or revealed to this organisation. */
  async function cards(
    tx: Db,
    organisationId: string,
    candidateIds: string[],
  ): Promise<Map<string, CandidateCard>> {
    // In turn: tx may be a transaction (see Db).
    const rows = await repo.candidateCards(tx, candidateIds);
    const revealed = await revealedAmong(tx, [organisationId], candidateIds);
    return new Map(
      rows.map((row) => {
        const named = revealed.has(row.id) || row.visibility === 'verified_employers';
        return [
          row.id,
          {
            id: row.id,
            displayName: named ? row.displayName : null,
            email: named ? row.email : null,
            // An anonymous headline can name the person or their employer; without a reveal it is left out.
            headline: named ? (row.headline ?? '') : '',
          },
        ];
      }),
    );
  }

  async function views(tx: Db, organisationId: string, records: repo.ApplicationRecord[]) {
    const ids = records.map((r) => r.application.id);
    // In turn: tx may be a transaction (see Db).
    const events = await repo.eventsOf(tx, ids);
    const offers = await repo.offersOf(tx, ids);
    const cardOf = await cards(
      tx,
      organisationId,
      records.map((r) => r.application.candidateId),
    );
    const at = now();
    const eventsBy = groupBy(events, (e) => e.event.applicationId);
    const offersBy = groupBy(offers, (o) => o.applicationId);
    return records.map((record) => {
      const a = record.application;
      return pipelineApplicationView(
        record,
        cardOf.get(a.candidateId) ?? { id: a.candidateId, displayName: null, email: null, headline: '' },
        eventsBy.get(a.id) ?? [],
        offersBy.get(a.id) ?? [],
        businessDaysBetween(a.updatedAt, at, record.organisationCountry),
        WAITING_BUSINESS_DAYS,
      );
    });
  }

  /** Locks an application and checks the actor is a member of its organisation. */
  async function memberApplication(tx: Db, actor: Actor, applicationId: string) {
    const row = await repo.lockApplication(tx, applicationId);
    if (!row) throw new AppError('not_found', 'No such application');
    await requireMemberOf(
      organisations,
      row.organisationId,
      actor,
      tx,
      () => new AppError('not_found', 'No such application'),
    );
    return row;
  }

  async function viewOne(tx: Db, applicationId: string): Promise<PipelineApplication> {
    const record = await repo.findRecord(tx, applicationId);
    if (!record) throw new AppError('not_found', 'No such application');
    const [view] = await views(tx, record.application.organisationId, [record]);
    if (!view) throw new AppError('not_found', 'No such application');
    return view;
  }

  async function applyMemberMove(actor: Actor, applicationId: string, move: Move) {
    return db.transaction(async (tx) => {
      const row = await memberApplication(tx, actor, applicationId);
      const at = now();
      const moved = await recordMove(tx, row, move, 'organisation', actor.id, at);
      // A rejection, or going back to interviews, ends an offer still waiting for an answer.
      if (row.stage === 'offer') await settleExtended(tx, row.id, 'withdrawn', at);
      const record = await repo.findRecord(tx, row.id);
      await insertNotifications(tx, [
        stageChanged(
          row.candidateId,
          {
            applicationId: row.id,
            positionId: row.positionId,
            positionTitle: record?.positionTitle ?? '',
            organisationName: record?.organisationName ?? '',
          },
          {
            from: row.stage,
            to: moved.stage,
            closedReason: moved.closedReason,
            rejectionReason: move.kind === 'reject' ? move.reason : null,
          },
        ),
      ]);
      return viewOne(tx, row.id);
    });
  }

  return {
    memberApplication,
    viewOne,

    /** Every application of a position, grouped by stage in the pipeline's order. */
    async pipeline(actor: Actor, positionId: string) {
      const facts = await repo.positionFacts(db, positionId);
      if (!facts) throw new AppError('not_found', 'No such position');
      await organisations.requireRole(facts.organisationId, actor);
      const all = await views(db, facts.organisationId, await repo.listForPosition(db, positionId));
      return {
        position: { id: facts.id, title: facts.title, status: facts.status },
        stages: stageSchema.options.map((stage) => ({
          stage,
          applications: all.filter((a) => a.stage === stage),
        })),
      };
    },

    async move(actor: Actor, applicationId: string, body: z.infer<typeof moveBody>) {
      return applyMemberMove(actor, applicationId, { kind: 'advance', to: body.to });
    },

    async reject(actor: Actor, applicationId: string, body: z.infer<typeof rejectBody>) {
      return applyMemberMove(actor, applicationId, { kind: 'reject', reason: body.reason, note: body.note });
    },

    /** The organisation's applications that have waited on it more than five business days. */
    async waiting(actor: Actor, organisationId: string) {
      await organisations.requireRole(organisationId, actor);
      const all = await views(db, organisationId, await repo.listAwaitingOrganisation(db, organisationId));
      return {
        thresholdBusinessDays: WAITING_BUSINESS_DAYS,
        applications: all.filter((a) => a.waitingTooLong),
      };
    },
  };
}
