// Writes the demo's pipeline histories after the demo marketplace exists: one transaction, batched
// inserts, ids made here so every row can point at its application without a round trip.
import { randomUUID } from 'node:crypto';
import { roleFamilySchema } from '../../contracts/profile.js';
import { DEMO_ACCOUNTS } from '../../core/demo/index.js';
import { DEFAULT_FLOATING_RATES } from '../../core/money/index.js';
import { type DemoPortfolio, generateHistories, offMarket } from '../../core/pipeline/demo-histories.js';
import { offerSalaryRecord } from '../../core/pipeline/offer-record.js';
import { filledNote } from '../../core/positions/lifecycle.js';
import type { Db } from '../../db/client.js';
import { updatePosition } from '../positions/positions.repository.js';
import { takeOffMarket } from '../profile/profile.repository.js';
import * as repo from './pipeline-demo.repository.js';
import { closePositionPipeline } from './position-closure.js';

const introductionMessage =
  'Your experience looks like a strong fit for this role. Would you be open to a conversation with our team?';

function demoProject(candidateId: string, portfolio: DemoPortfolio, at: Date) {
  const measured = portfolio === 'measured_projects';
  return {
    userId: candidateId,
    kind: 'project' as const,
    data: {
      kind: 'project' as const,
      title: measured ? 'Arabic speech recognition for call centres' : 'Document classification service',
      problem: 'Route customer requests to the right team automatically.',
      approach: 'Fine-tuned a pretrained model, served behind an API with monitoring.',
      results: measured ? [{ metric: 'word error rate', value: '11.8%', baseline: '17.5%' }] : [],
      links: measured ? { repository: 'https://example.com/demo/asr' } : {},
      skills: [],
    },
    createdAt: at,
    updatedAt: at,
  };
}

/** Seeds applications, introductions, offers, views, saves and portfolios; returns how many applications. */
export async function seedPipelineHistories(db: Db, options: { seed: number; now: Date }): Promise<number> {
  const { now } = options;
  const candidates = await repo.visibleCandidates(db);
  const positions = await repo.livePositions(db);
  const acting = await repo.actingMembers(
    db,
    positions.map((p) => p.organisationId),
  );
  const organisations = [...new Set(positions.map((p) => p.organisationId))];
  const featured = candidates.indexOf(await repo.userIdByEmail(db, DEMO_ACCOUNTS.candidate.email));
  const histories = generateHistories({
    seed: options.seed,
    now,
    candidates: candidates.length,
    featured: featured >= 0 ? featured : undefined,
    positions: positions.map((p) => ({
      publishedAt: p.publishedAt ?? now,
      organisation: organisations.indexOf(p.organisationId),
    })),
  });
  const candidateId = (i: number) => candidates[i] ?? '';

  return db.transaction(async (tx) => {
    await repo.insertItems(
      tx,
      histories.portfolios.flatMap((portfolio, i) =>
        portfolio === 'none' ? [] : [demoProject(candidateId(i), portfolio, now)],
      ),
    );
    const ids = histories.applications.map(() => randomUUID());
    const applicationRows = [];
    const eventRows = [];
    const offerRows = [];
    const revealRows = [];
    const salaryRecords = [];
    // A hire's open-to-work date stays on the offer, as accepting keeps it in the product.
    const searchOf = new Map(histories.openToWork.map((row) => [row.application, row.since]));
    for (const [i, application] of histories.applications.entries()) {
      const position = positions[application.position];
      if (!position) continue;
      const id = ids[i] ?? '';
      const { flow } = application;
      const member = acting.get(position.organisationId) ?? null;
      const candidate = candidateId(application.candidate);
      applicationRows.push({
        id,
        positionId: position.id,
        organisationId: position.organisationId,
        candidateId: candidate,
        origin: application.origin,
        stage: flow.stage,
        closedReason: flow.closedReason,
        closedFromStage: flow.closedFromStage,
        rejectionReason: flow.rejectionReason,
        note: application.origin === 'applied' ? 'I would love to bring my experience to your team.' : '',
        createdAt: application.createdAt,
        updatedAt: flow.updatedAt,
        firstResponseAt: flow.firstResponseAt,
        closedAt: flow.closedAt,
      });
      for (const event of flow.events) {
        eventRows.push({
          applicationId: id,
          fromStage: event.from,
          toStage: event.to,
          actorId: event.side === 'organisation' ? member : candidate,
          actorSide: event.side,
          reason: event.reason,
          createdAt: event.at,
        });
      }
      revealRows.push({
        organisationId: position.organisationId,
        candidateId: candidate,
        createdAt: application.createdAt,
      });
      const offer = flow.offer;
      if (!offer) continue;
      const base = Math.round(
        position.salaryMin + offer.bandShare * (position.salaryMax - position.salaryMin),
      );
      const pack = position.compensation;
      const allowances = {
        housing: pack?.housing ?? 0,
        transport: pack?.transport ?? 0,
        flights: pack?.annualFlights ?? 0,
        education: pack?.education ?? 0,
        other: pack?.other ?? 0,
      };
      // Package amounts are yearly; a monthly offer carries them per month.
      const perPeriod = position.salaryPeriod === 'month' ? 12 : 1;
      const offerAllowances = Object.fromEntries(
        Object.entries(allowances).map(([k, v]) => [k, Math.round(v / perPeriod)]),
      );
      offerRows.push({
        applicationId: id,
        currency: position.salaryCurrency,
        period: position.salaryPeriod,
        base,
        allowances: offerAllowances,
        status: offer.status,
        shareWithBenchmarks: offer.shared,
        createdBy: member,
        createdAt: offer.createdAt,
        decidedAt: offer.decidedAt,
        openToWorkSince: offer.status === 'accepted' ? (searchOf.get(i) ?? null) : null,
      });
      if (offer.shared && offer.decidedAt) {
        salaryRecords.push(
          offerSalaryRecord(
            {
              base,
              allowances: offerAllowances,
              currency: position.salaryCurrency,
              period: position.salaryPeriod,
            },
            { ...position, roleFamily: roleFamilySchema.parse(position.roleFamily), requiredSkills: [] },
            DEFAULT_FLOATING_RATES,
            offer.decidedAt,
            now,
          ),
        );
      }
    }
    await repo.insertApplications(tx, applicationRows);
    await repo.insertEvents(tx, eventRows);
    await repo.insertOffers(tx, offerRows);
    await repo.insertReveals(tx, revealRows);
    const fills = filledPositions(histories.applications, positions);
    const filledAt = new Map(fills.map((fill) => [fill.positionId, fill.at]));
    await repo.insertIntroductions(
      tx,
      histories.introductions.flatMap((intro) => {
        const position = positions[intro.position];
        // Nobody is asked about a position after it filled (below, it closes at its last move).
        const closed = position ? filledAt.get(position.id) : undefined;
        if (!position || (closed && intro.createdAt > closed)) return [];
        return [
          {
            positionId: position.id,
            organisationId: position.organisationId,
            candidateId: candidateId(intro.candidate),
            requestedBy: acting.get(position.organisationId) ?? null,
            message: introductionMessage,
            status: intro.status,
            declineReason: intro.declineReason,
            applicationId: intro.application === null ? null : (ids[intro.application] ?? null),
            createdAt: intro.createdAt,
            respondedAt: intro.respondedAt,
          },
        ];
      }),
    );
    await repo.insertViews(
      tx,
      histories.views.map((v) => ({
        organisationId: organisations[v.organisation] ?? '',
        candidateId: candidateId(v.candidate),
        viewedOn: v.day.toISOString().slice(0, 10),
        viewerId: acting.get(organisations[v.organisation] ?? '') ?? null,
        createdAt: v.day,
      })),
    );
    await repo.insertActions(
      tx,
      histories.actions.flatMap((a) => {
        const position = positions[a.position];
        if (!position) return [];
        return [
          {
            positionId: position.id,
            candidateId: candidateId(a.candidate),
            action: a.action,
            actorId: acting.get(position.organisationId) ?? null,
            createdAt: a.at,
          },
        ];
      }),
    );
    await takeOffMarket(tx, offMarket(histories, featured).map(candidateId));
    await repo.insertSalaryRecords(tx, salaryRecords, now);
    // A position whose hires reach its headcount closes as filled, as accepting the last offer
    // closes it in the product, and its open applications close with it (their candidates told).
    // It closes once the last of its applications has moved, so no event follows the closure.
    for (const fill of fills) {
      await updatePosition(tx, fill.positionId, {
        status: 'closed',
        closeReason: 'filled',
        closeNote: filledNote(fill.headcount),
        closedAt: fill.at,
        updatedAt: fill.at,
      });
      await closePositionPipeline(tx, fill.positionId, fill.at);
    }
    return applicationRows.length;
  });
}

/** The positions the histories fill (hires at least the headcount), with the time of their last move. */
function filledPositions(
  applications: ReadonlyArray<{ position: number; flow: { stage: string; updatedAt: Date } }>,
  positions: ReadonlyArray<{ id: string; headcount: number }>,
): Array<{ positionId: string; headcount: number; at: Date }> {
  const hires = new Map<number, number>();
  const last = new Map<number, Date>();
  for (const { position, flow } of applications) {
    if (flow.stage === 'hired') hires.set(position, (hires.get(position) ?? 0) + 1);
    const known = last.get(position);
    if (!known || flow.updatedAt > known) last.set(position, flow.updatedAt);
  }
  return [...hires].flatMap(([index, count]) => {
    const position = positions[index];
    const at = last.get(index);
    if (!position || !at || count < position.headcount) return [];
    return [{ positionId: position.id, headcount: position.headcount, at }];
  });
}
