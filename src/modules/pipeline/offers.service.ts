// Offers: a member records one on an application at the offer stage; the candidate accepts (and may
// share it, anonymised, with the salary benchmarks) or declines. Accepting is the hire.
import type { z } from 'zod';
import type { acceptOfferBody, declineOfferBody, OfferBody, OfferView } from '../../contracts/pipeline.js';
import { roleFamilySchema } from '../../contracts/profile.js';
import { AppError } from '../../core/errors.js';
import { rateFor } from '../../core/money/index.js';
import { offerSalaryRecord } from '../../core/pipeline/offer-record.js';
import type { Db } from '../../db/client.js';
import { insertNotifications } from '../notifications/notifications.repository.js';
import type { Actor } from '../organisations/organisations.service.js';
import { takeOffMarket } from '../profile/profile.repository.js';
import * as applications from './applications.repository.js';
import type { BoardService } from './board.service.js';
import { recordMove } from './moves.js';
import { offerMade, toMembers } from './notify.js';
import * as repo from './offers.repository.js';
import type { PipelineDeps } from './pipeline.deps.js';
import { offerView } from './views.js';

export type OfferService = ReturnType<typeof createOfferService>;

const notFound = () => new AppError('not_found', 'No such offer');

export function createOfferService(deps: PipelineDeps & { board: BoardService }) {
  const { db, now, fx, board } = deps;

  /** Locks an offer and its application, checking the offer is the actor's and still open. */
  async function candidateOffer(tx: Db, actor: Actor, offerId: string, lockPosition = false) {
    // (Position,) application, then offer: the order every other path locks them in, so none
    // deadlock. Accepting locks the position too, since the hire may close it (closeFilled).
    const found = await repo.findOffer(tx, offerId);
    if (!found) throw notFound();
    if (lockPosition) await applications.lockPositionOfApplication(tx, found.applicationId);
    const application = await applications.lockApplication(tx, found.applicationId);
    if (!application || application.candidateId !== actor.id) throw notFound();
    const offer = await repo.lockOffer(tx, offerId);
    if (!offer) throw notFound();
    if (offer.status !== 'extended')
      throw new AppError('illegal_transition', `This offer was already ${offer.status}.`);
    return { offer, application };
  }

  /** The accepted offer as one anonymised salary record (see core/pipeline/offer-record.ts). */
  async function benchmarkRecord(
    tx: Db,
    offer: repo.OfferRow,
    positionId: string,
    at: Date,
  ): Promise<number> {
    const position = await applications.positionFacts(tx, positionId);
    if (!position) throw notFound();
    const record = offerSalaryRecord(
      { ...offer, allowances: offerView(offer).allowances },
      {
        ...position,
        roleFamily: roleFamilySchema.parse(position.roleFamily),
        requiredSkills: await repo.requiredSkillsOf(tx, positionId),
      },
      await fx.table(tx),
      at,
    );
    return repo.insertSalaryRecord(tx, { ...record, importId: null, createdAt: at });
  }

  async function tellMembers(
    tx: Db,
    application: applications.ApplicationRow,
    offer: repo.OfferRow,
    status: string,
  ) {
    const record = await applications.findRecord(tx, application.id);
    await insertNotifications(
      tx,
      toMembers(await applications.memberIds(tx, application.organisationId), 'offer', {
        applicationId: application.id,
        positionId: application.positionId,
        positionTitle: record?.positionTitle ?? '',
        organisationName: record?.organisationName ?? '',
        offerId: offer.id,
        status,
      }),
    );
  }

  return {
    async make(actor: Actor, applicationId: string, body: OfferBody): Promise<OfferView> {
      return db.transaction(async (tx) => {
        const application = await board.memberApplication(tx, actor, applicationId);
        if (application.stage !== 'offer') {
          throw new AppError(
            'illegal_transition',
            `Move the application to offer first (it is at ${application.stage}).`,
          );
        }
        if (await repo.extendedOffer(tx, application.id)) {
          throw new AppError('illegal_transition', 'An offer is already waiting for the candidate’s answer.');
        }
        // Checked now so an unknown currency fails here, not when the candidate accepts.
        rateFor(body.currency, await fx.table(tx), now());
        const at = now();
        const offer = await repo.insertOffer(tx, {
          applicationId: application.id,
          currency: body.currency,
          period: body.period,
          base: body.base,
          allowances: body.allowances,
          startDate: body.startDate,
          createdBy: actor.id,
          createdAt: at,
        });
        if (application.firstResponseAt === null)
          await applications.updateApplication(tx, application.id, { firstResponseAt: at });
        const record = await applications.findRecord(tx, application.id);
        await insertNotifications(tx, [
          offerMade(application.candidateId, {
            applicationId: application.id,
            positionId: application.positionId,
            positionTitle: record?.positionTitle ?? '',
            organisationName: record?.organisationName ?? '',
            offerId: offer.id,
          }),
        ]);
        return offerView(offer);
      });
    },

    /**
     * Accepting hires: the application moves to hired, and the candidate is off the market (open to
     * work switches off; the offer keeps when it was switched on, for the time-to-hire metric). With
     * consent the offer feeds the benchmarks.
     */
    async accept(actor: Actor, offerId: string, body: z.infer<typeof acceptOfferBody>): Promise<OfferView> {
      return db.transaction(async (tx) => {
        const { offer, application } = await candidateOffer(tx, actor, offerId, true);
        const at = now();
        await recordMove(tx, application, { kind: 'hire' }, 'candidate', actor.id, at);
        const salaryRecordId = body.shareWithBenchmarks
          ? await benchmarkRecord(tx, offer, application.positionId, at)
          : null;
        const wasOpen = await takeOffMarket(tx, [application.candidateId]);
        const updated = await repo.updateOffer(tx, offer.id, {
          status: 'accepted',
          decidedAt: at,
          shareWithBenchmarks: body.shareWithBenchmarks,
          salaryRecordId,
          openToWorkSince: wasOpen.get(application.candidateId) ?? null,
        });
        await tellMembers(tx, application, updated, 'accepted');
        await deps.closeFilled?.(
          tx,
          application.positionId,
          await applications.hiresOf(tx, application.positionId),
        );
        return offerView(updated);
      });
    },

    /** Declining leaves the application at offer: members may talk again or close it. */
    async decline(
      actor: Actor,
      offerId: string,
      _body: z.infer<typeof declineOfferBody>,
    ): Promise<OfferView> {
      return db.transaction(async (tx) => {
        const { offer, application } = await candidateOffer(tx, actor, offerId);
        const updated = await repo.updateOffer(tx, offer.id, { status: 'declined', decidedAt: now() });
        await tellMembers(tx, application, updated, 'declined');
        return offerView(updated);
      });
    },
  };
}
