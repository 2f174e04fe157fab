// Double opt-in: a member asks to be introduced to a candidate for one of their positions; only the
// candidate answers. Accepting reveals the candidate to that organisation alone and opens an
// application at 'sourced'; declining (with an optional reason) is final for that position.
import type { z } from 'zod';
import type {
  declineIntroductionBody,
  IntroductionView,
  introductionBody,
} from '../../contracts/pipeline.js';
import { AppError } from '../../core/errors.js';
import type { Db } from '../../db/client.js';
import { insertNotifications } from '../notifications/notifications.repository.js';
import type { Actor } from '../organisations/organisations.service.js';
import * as applications from './applications.repository.js';
import { assertOpenToCandidates } from './applications.service.js';
import * as repo from './introductions.repository.js';
import { requireMemberOf } from './member-access.js';
import { introductionAnswered, introductionRequested, introductionWithdrawn } from './notify.js';
import type { PipelineDeps } from './pipeline.deps.js';
import { introductionView } from './views.js';

export type IntroductionService = ReturnType<typeof createIntroductionService>;

const notFound = () => new AppError('not_found', 'No such introduction');

export function createIntroductionService(deps: PipelineDeps) {
  const { db, now, organisations } = deps;

  /** Members' views of one organisation's requests: a name only once revealed or shown by the profile. */
  async function memberViews(
    tx: Db,
    organisationId: string,
    records: readonly repo.IntroductionRecord[],
  ): Promise<IntroductionView[]> {
    const ids = [...new Set(records.map((r) => r.introduction.candidateId))];
    // In turn: tx may be a transaction (see Db).
    const cards = await applications.candidateCards(tx, ids);
    const revealed = await repo.revealedAmong(tx, [organisationId], ids);
    const nameOf = new Map(
      cards.map((c) => [
        c.id,
        revealed.has(c.id) || c.visibility === 'verified_employers' ? c.displayName : null,
      ]),
    );
    return records.map((r) => introductionView(r, nameOf.get(r.introduction.candidateId) ?? null));
  }

  /** One request as its organisation's members see it. */
  async function memberView(tx: Db, organisationId: string, id: string): Promise<IntroductionView> {
    const record = await repo.findRecord(tx, id);
    if (!record) throw notFound();
    const [view] = await memberViews(tx, organisationId, [record]);
    if (!view) throw notFound();
    return view;
  }

  /** Only a pending request can still be answered or withdrawn. */
  function assertPending(row: repo.IntroductionRow): void {
    if (row.status !== 'pending') {
      throw new AppError('illegal_transition', `This introduction was already ${row.status}.`);
    }
  }

  async function candidateView(tx: Db, id: string): Promise<IntroductionView> {
    const record = await repo.findRecord(tx, id);
    if (!record) throw notFound();
    return introductionView(record, null);
  }

  /** Locks a pending introduction addressed to the actor; anyone else's is not found. */
  async function pendingFor(tx: Db, actor: Actor, id: string) {
    const row = await repo.lockIntroduction(tx, id);
    if (!row || row.candidateId !== actor.id) throw notFound();
    assertPending(row);
    return row;
  }

  async function answer(
    tx: Db,
    row: repo.IntroductionRow,
    answerKind: 'accepted' | 'declined',
    applicationId: string | null,
  ) {
    const record = await repo.findRecord(tx, row.id);
    if (row.requestedBy) {
      await insertNotifications(tx, [
        introductionAnswered(row.requestedBy, {
          introductionId: row.id,
          positionId: row.positionId,
          positionTitle: record?.positionTitle ?? '',
          answer: answerKind,
          applicationId,
        }),
      ]);
    }
  }

  return {
    /** A member asks to be introduced to a candidate the organisation may see, for an open position. */
    async request(actor: Actor, positionId: string, body: z.infer<typeof introductionBody>) {
      return db.transaction(async (tx) => {
        // Held until the request is in, so that a closure cannot slip between the check and the
        // insert and leave a request pending on a closed position.
        await applications.sharePosition(tx, positionId);
        const facts = await applications.positionFacts(tx, positionId);
        if (!facts) throw new AppError('not_found', 'No such position');
        await organisations.requireRole(facts.organisationId, actor, undefined, tx);
        if (facts.status !== 'open')
          throw new AppError('position_not_open', 'Open the position before asking for introductions.');
        assertOpenToCandidates(facts, now());
        const privacy = await applications.candidatePrivacy(tx, body.candidateId);
        // Hidden candidates and those who blocked this organisation cannot be found, so not asked.
        if (
          privacy?.accountType !== 'candidate' ||
          privacy.visibility === 'hidden' ||
          privacy.blockedDomains.includes(facts.organisationDomain.toLowerCase())
        ) {
          throw new AppError('not_found', 'No such candidate');
        }
        if (await applications.findByPair(tx, positionId, body.candidateId)) {
          throw new AppError('conflict', 'The candidate is already in this position’s pipeline.');
        }
        const at = now();
        const row = await repo.insertIntroduction(tx, {
          positionId,
          organisationId: facts.organisationId,
          candidateId: body.candidateId,
          requestedBy: actor.id,
          message: body.message,
          createdAt: at,
        });
        if (!row)
          throw new AppError('already_requested', 'This candidate was already asked about this position.');
        await insertNotifications(tx, [
          introductionRequested(body.candidateId, {
            introductionId: row.id,
            positionId,
            positionTitle: facts.title,
            organisationName: facts.organisationName,
          }),
        ]);
        return memberView(tx, facts.organisationId, row.id);
      });
    },

    /** Requests addressed to the candidate, pending first. */
    async listForCandidate(actor: Actor): Promise<IntroductionView[]> {
      const records = await repo.listForCandidate(db, actor.id);
      const views = records.map((r) => introductionView(r, null));
      return [...views.filter((v) => v.status === 'pending'), ...views.filter((v) => v.status !== 'pending')];
    },

    /** A position's requests, for its organisation's members. */
    async listForPosition(actor: Actor, positionId: string): Promise<IntroductionView[]> {
      const facts = await applications.positionFacts(db, positionId);
      if (!facts) throw new AppError('not_found', 'No such position');
      await organisations.requireRole(facts.organisationId, actor);
      const records = await repo.listForPosition(db, positionId);
      return memberViews(db, facts.organisationId, records);
    },

    /**
     * A member withdraws their organisation's pending request. Like a decline it is final for that
     * position (one request per position and candidate), so a candidate is never asked twice.
     */
    async cancel(actor: Actor, id: string): Promise<IntroductionView> {
      return db.transaction(async (tx) => {
        const row = await repo.lockIntroduction(tx, id);
        if (!row) throw notFound();
        await requireMemberOf(organisations, row.organisationId, actor, tx, notFound);
        assertPending(row);
        await repo.updateIntroduction(tx, row.id, { status: 'cancelled', respondedAt: now() });
        // The candidate was told of the request, so is told it is gone rather than left to answer it.
        const record = await repo.findRecord(tx, row.id);
        await insertNotifications(tx, [
          introductionWithdrawn(
            row.candidateId,
            {
              introductionId: row.id,
              positionId: row.positionId,
              positionTitle: record?.positionTitle ?? '',
              organisationName: record?.organisationName ?? '',
            },
            'withdrawn',
          ),
        ]);
        return memberView(tx, row.organisationId, row.id);
      });
    },

    async accept(actor: Actor, id: string): Promise<IntroductionView> {
      return db.transaction(async (tx) => {
        // The position before the request, the order closing the position takes them in (it
        // cancels pending requests), so that the two cannot deadlock.
        const positionId = await repo.positionOf(tx, id);
        if (positionId) await applications.sharePosition(tx, positionId);
        const row = await pendingFor(tx, actor, id);
        const at = now();
        const facts = await applications.positionFacts(tx, row.positionId);
        assertOpenToCandidates(facts, at);
        await repo.insertReveal(tx, {
          organisationId: row.organisationId,
          candidateId: actor.id,
          introductionId: row.id,
          createdAt: at,
        });
        // The candidate may have applied meanwhile: the reveal is what is new, the application stays.
        const inserted = await applications.insertApplication(tx, {
          positionId: row.positionId,
          organisationId: row.organisationId,
          candidateId: actor.id,
          origin: 'introduction',
          stage: 'sourced',
          createdAt: at,
          updatedAt: at,
        });
        if (inserted) {
          await applications.insertEvent(tx, {
            applicationId: inserted.id,
            fromStage: null,
            toStage: 'sourced',
            actorId: actor.id,
            actorSide: 'candidate',
            createdAt: at,
          });
        }
        const application = inserted ?? (await applications.findByPair(tx, row.positionId, actor.id));
        if (!application) throw notFound();
        await repo.updateIntroduction(tx, row.id, {
          status: 'accepted',
          respondedAt: at,
          applicationId: application.id,
        });
        await answer(tx, row, 'accepted', application.id);
        return candidateView(tx, row.id);
      });
    },

    async decline(actor: Actor, id: string, body: z.infer<typeof declineIntroductionBody>) {
      return db.transaction(async (tx) => {
        const row = await pendingFor(tx, actor, id);
        await repo.updateIntroduction(tx, row.id, {
          status: 'declined',
          respondedAt: now(),
          declineReason: body.reason ?? null,
          declineNote: body.note ?? null,
        });
        await answer(tx, row, 'declined', null);
        return candidateView(tx, row.id);
      });
    },
  };
}
