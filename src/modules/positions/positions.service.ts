import type { z } from 'zod';
import type { fundingBody, PositionBody, PositionView, TransitionBody } from '../../contracts/positions.js';
import { AppError, fieldError } from '../../core/errors.js';
import type { FxTable } from '../../core/money/index.js';
import { dayOf } from '../../core/positions/days.js';
import { exportJob } from '../../core/positions/job-export.js';
import { importJob } from '../../core/positions/job-import.js';
import type { NormaliseSkill } from '../../core/positions/job-skills.js';
import {
  applyTransition,
  filledNote,
  type LifecycleState,
  type PositionAction,
} from '../../core/positions/lifecycle.js';
import { positionSlug } from '../../core/positions/slug.js';
import { defaultValidThrough } from '../../core/positions/valid-through.js';
import { validatePosition } from '../../core/positions/validate.js';
import type { Db } from '../../db/client.js';
import { renderEmployerMail } from '../mail/employer-templates.js';
import type { Mailer } from '../mail/mailer.js';
import type { Actor, OrganisationService } from '../organisations/organisations.service.js';
import type { SkillCatalogue } from '../profile/skill-catalogue.js';
import type { FxService } from './fx.service.js';
import { toPositionView } from './position-view.js';
import * as repo from './positions.repository.js';
import { usdBand } from './usd-band.js';

export interface PositionDeps {
  db: Db;
  mailer: Mailer;
  log: { error(obj: unknown, msg: string): void };
  normaliseSkill: NormaliseSkill;
  publicUrl: string;
  catalogue: SkillCatalogue;
  organisations: OrganisationService;
  fx: FxService;
  now: () => Date;
  /** Closes the position's open applications in the same transaction (the pipeline module). */
  onClosed?: (tx: Db, positionId: string, at: Date) => Promise<unknown>;
}

export type PositionService = ReturnType<typeof createPositionService>;

function bodyColumns(body: PositionBody, table: FxTable, now: Date) {
  const [first] = body.locations;
  return {
    title: body.title,
    roleFamily: body.roleFamily,
    level: body.level,
    description: body.description,
    country: first?.country ?? '',
    city: first?.city ?? null,
    locations: body.locations,
    countries: [...new Set(body.locations.map((l) => l.country))],
    workplace: body.workplace,
    remoteCountries: body.remoteCountries,
    visaSponsorship: body.visaSponsorship,
    relocationSupport: body.relocationSupport,
    salaryMin: body.salary.min,
    salaryMax: body.salary.max,
    salaryCurrency: body.salary.currency,
    salaryPeriod: body.salary.period,
    ...usdBand(body.salary, table),
    compensation: body.package,
    headcount: body.headcount,
    employmentType: body.employmentType,
    validThrough: body.validThrough ?? defaultValidThrough(now),
    updatedAt: now,
  };
}

// The audit reason is read by people: thousands grouped, as the admin screens show amounts.
const grouped = new Intl.NumberFormat('en-GB');

const OWNER_ACTIONS: ReadonlySet<PositionAction> = new Set([
  'submit',
  'withdraw',
  'pause',
  'resume',
  'close',
  'renew',
]);

/** Positions as their organisation's members draft, fund and run them, and admins' funding review. */
export function createPositionService(deps: PositionDeps) {
  const { db, catalogue, organisations, fx, now } = deps;

  async function view(id: string, tx: Db = db): Promise<PositionView> {
    const record = await repo.findById(tx, id);
    if (!record) throw new AppError('not_found', 'No such position');
    return toPositionView(record, { catalogue, table: await fx.table(tx), audience: 'member' });
  }

  /** The position's organisation, checking the actor is a member with one of the roles. */
  async function memberAccess(
    actor: Actor,
    positionId: string,
    roles?: Parameters<OrganisationService['requireRole']>[2],
    tx: Db = db,
  ) {
    const row = await repo.lockPosition(tx, positionId);
    if (!row) throw new AppError('not_found', 'No such position');
    await organisations.requireRole(row.organisationId, actor, roles, tx);
    return row;
  }

  async function validate(body: PositionBody, tx: Db): Promise<FxTable> {
    const table = await fx.table(tx);
    validatePosition(body, { now: now(), isKnownSkill: (id) => Boolean(catalogue.find(id)), table });
    return table;
  }

  async function saveSkills(tx: Db, positionId: string, body: PositionBody): Promise<void> {
    await repo.replaceSkills(tx, positionId, [
      ...body.requiredSkills.map((s) => ({
        skillId: s.skillId,
        minProficiency: s.minProficiency,
        required: true,
      })),
      ...body.niceToHaveSkills.map((s) => ({ skillId: s.skillId, minProficiency: null, required: false })),
    ]);
    const names = [...body.requiredSkills, ...body.niceToHaveSkills].map(
      (s) => catalogue.find(s.skillId)?.name ?? s.skillId,
    );
    await repo.writeSearchVector(tx, positionId, names.join(' '));
  }

  async function lifecycleState(tx: Db, row: repo.PositionRow): Promise<LifecycleState> {
    const organisation = await organisations.load(row.organisationId, tx);
    return {
      status: row.status,
      validThrough: row.validThrough ?? defaultValidThrough(now()),
      fundingStatus: row.fundingStatus,
      organisationVerified: organisation.verifiedAt !== null,
    };
  }

  async function move(
    tx: Db,
    row: repo.PositionRow,
    actor: Actor | null,
    action: PositionAction,
    args: {
      reason?: 'filled' | 'cancelled' | 'expired';
      note?: string | undefined;
      validThrough?: string | undefined;
    },
  ): Promise<void> {
    const at = now();
    const result = applyTransition(await lifecycleState(tx, row), action, {
      now: at,
      ...(args.reason ? { reason: args.reason } : {}),
      ...(args.validThrough ? { validThrough: args.validThrough } : {}),
    });
    await repo.updatePosition(tx, row.id, {
      status: result.status,
      closeReason: result.closeReason,
      closeNote: result.status === 'closed' ? (args.note ?? null) : row.closeNote,
      closedAt: result.status === 'closed' ? at : null,
      validThrough: result.validThrough,
      ...(result.publishedAtChanges ? { publishedAt: at } : {}),
      updatedAt: at,
    });
    await auditPosition(tx, row, actor, `position_${action}`, args.note ?? args.reason ?? null);
    if (result.status === 'closed' && row.status !== 'closed') await deps.onClosed?.(tx, row.id, at);
  }

  async function auditPosition(
    tx: Db,
    row: repo.PositionRow,
    actor: Actor | null,
    action: string,
    reason: string | null,
  ) {
    const organisation = await organisations.load(row.organisationId, tx);
    await organisations.audit(tx, organisation, actor, action, reason, {
      type: 'position',
      id: row.id,
      name: row.title,
    });
  }

  async function create(actor: Actor, organisationId: string, body: PositionBody): Promise<PositionView> {
    return db.transaction(async (tx) => {
      await organisations.requireRole(organisationId, actor, undefined, tx);
      const table = await validate(body, tx);
      const at = now();
      const id = crypto.randomUUID();
      await repo.insertPosition(tx, {
        id,
        slug: positionSlug(body.title, id),
        organisationId,
        createdBy: actor.id,
        ...bodyColumns(body, table, at),
        createdAt: at,
      });
      await saveSkills(tx, id, body);
      return view(id, tx);
    });
  }

  async function tellCreator(position: { id: string; organisationId: string; title: string }) {
    const creator = await repo.creatorOf(db, position.id);
    if (!creator) return;
    const link = `${deps.publicUrl}/organisation/${position.organisationId}/positions`;
    try {
      await deps.mailer.send(
        renderEmployerMail('positionExpired', creator.locale, creator.email, {
          organisation: creator.organisation,
          link,
          detail: position.title,
        }),
      );
    } catch (error) {
      deps.log.error({ err: error, positionId: position.id }, 'expiry mail failed');
    }
  }

  return {
    view,
    move,
    create,

    /** A JSON Resume job document becomes a draft; the report says what was dropped or guessed. */
    async importJob(actor: Actor, organisationId: string, doc: unknown) {
      await organisations.requireRole(organisationId, actor);
      const imported = importJob(doc, { normaliseSkill: deps.normaliseSkill, now: now() });
      return { position: await create(actor, organisationId, imported.body), report: imported.report };
    },

    async exportJob(actor: Actor, positionId: string) {
      return exportJob(await this.get(actor, positionId), { baseUrl: deps.publicUrl });
    },

    async update(actor: Actor, positionId: string, body: PositionBody): Promise<PositionView> {
      return db.transaction(async (tx) => {
        const row = await memberAccess(actor, positionId, undefined, tx);
        if (row.status === 'closed')
          throw new AppError('illegal_transition', 'A closed position cannot be edited; post a new one.');
        const table = await validate(body, tx);
        await repo.updatePosition(tx, positionId, bodyColumns(body, table, now()));
        await saveSkills(tx, positionId, body);
        return view(positionId, tx);
      });
    },

    /**
     * The member check of get() without loading the position: its organisation id, for routes that
     * read the position elsewhere (the matcher's index). The same errors as get().
     */
    async requireMember(actor: Actor, positionId: string): Promise<{ organisationId: string }> {
      const row = await repo.memberOfPosition(db, positionId, actor.id);
      if (!row) throw new AppError('not_found', 'No such position');
      if (row.role === null) throw new AppError('not_found', 'No such organisation');
      return { organisationId: row.organisationId };
    },

    async get(actor: Actor, positionId: string): Promise<PositionView> {
      const record = await repo.findById(db, positionId);
      if (!record) throw new AppError('not_found', 'No such position');
      await organisations.requireRole(record.position.organisationId, actor);
      return toPositionView(record, { catalogue, table: await fx.table(), audience: 'member' });
    },

    async listForOrganisation(actor: Actor, organisationId: string): Promise<PositionView[]> {
      await organisations.requireRole(organisationId, actor);
      const table = await fx.table();
      const records = await repo.listByOrganisation(db, organisationId);
      return records.map((r) => toPositionView(r, { catalogue, table, audience: 'member' }));
    },

    /** A hiring manager (or owner) attests that headcount and budget are approved. */
    async attestFunding(
      actor: Actor,
      positionId: string,
      body: z.infer<typeof fundingBody>,
    ): Promise<PositionView> {
      if (body.budgetMin > body.budgetMax)
        throw fieldError('budgetMax', 'The budget maximum is below its minimum.');
      return db.transaction(async (tx) => {
        const row = await memberAccess(actor, positionId, ['hiring_manager', 'owner'], tx);
        if (row.status === 'closed') throw new AppError('illegal_transition', 'The position is closed.');
        if (row.fundingStatus === 'verified') {
          throw new AppError(
            'illegal_transition',
            'Funding is already verified; close and re-post to change it.',
          );
        }
        const at = now();
        await repo.updatePosition(tx, positionId, {
          fundingStatus: 'attested',
          fundingAttestedBy: actor.id,
          fundingAttestedAt: at,
          fundingHeadcount: body.headcount,
          budgetMin: body.budgetMin,
          budgetMax: body.budgetMax,
          budgetCurrency: body.budgetCurrency,
          fundingReason: null,
          updatedAt: at,
        });
        await auditPosition(
          tx,
          row,
          actor,
          'funding_attested',
          `${grouped.format(body.budgetMin)}–${grouped.format(body.budgetMax)} ${body.budgetCurrency}, headcount ${body.headcount}`,
        );
        return view(positionId, tx);
      });
    },

    async transition(actor: Actor, positionId: string, body: TransitionBody): Promise<PositionView> {
      if (!OWNER_ACTIONS.has(body.action)) throw fieldError('action', 'Unknown action');
      if (body.action === 'close' && !body.reason)
        throw fieldError('reason', 'Say whether the position was filled or cancelled.');
      return db.transaction(async (tx) => {
        const row = await memberAccess(actor, positionId, undefined, tx);
        await move(tx, row, actor, body.action, body);
        return view(positionId, tx);
      });
    },

    // ---- admins ----

    async byFunding(status: 'attested' | 'verified' | 'rejected'): Promise<PositionView[]> {
      const table = await fx.table();
      return (await repo.listByFunding(db, status)).map((r) =>
        toPositionView(r, { catalogue, table, audience: 'member' }),
      );
    },

    /** Verifying funding opens a position that is pending review; rejecting sends it back to draft. */
    async decideFunding(
      admin: Actor,
      positionId: string,
      decision: 'approve' | 'reject',
      reason?: string,
    ): Promise<PositionView> {
      if (decision === 'reject' && !reason) throw fieldError('reason', 'Say why the funding is rejected.');
      return db.transaction(async (tx) => {
        const row = await repo.lockPosition(tx, positionId);
        if (!row) throw new AppError('not_found', 'No such position');
        // Funding is reviewed with the submitted position, never on a draft the owner is still editing:
        // a verified draft could otherwise be submitted into a review nobody can finish.
        if (row.fundingStatus !== 'attested' || row.status !== 'pending_review') {
          throw new AppError(
            'illegal_transition',
            'Only a submitted position with attested funding awaits verification.',
          );
        }
        const at = now();
        if (decision === 'approve') {
          const state = { ...(await lifecycleState(tx, row)), fundingStatus: 'verified' as const };
          if (!state.organisationVerified) {
            throw new AppError('organisation_not_verified', 'Verify the organisation before its positions.');
          }
          await repo.updatePosition(tx, positionId, {
            fundingStatus: 'verified',
            fundingVerifiedAt: at,
            fundingReason: reason ?? null,
          });
          await auditPosition(tx, row, admin, 'funding_verified', reason ?? null);
          await move(tx, { ...row, fundingStatus: 'verified' }, admin, 'approve', {});
        } else {
          await repo.updatePosition(tx, positionId, {
            fundingStatus: 'rejected',
            fundingReason: reason ?? null,
          });
          await auditPosition(tx, row, admin, 'funding_rejected', reason ?? null);
          await move(tx, { ...row, fundingStatus: 'rejected' }, admin, 'reject', {});
        }
        return view(positionId, tx);
      });
    },

    /**
     * Closes a position as filled once its hires reach its headcount (inside the transaction that
     * recorded the last hire): its other open applications close with it, and their candidates are
     * told, instead of waiting on openings that no longer exist. False when it was not open.
     */
    async closeFilled(tx: Db, positionId: string, hires: number): Promise<boolean> {
      const row = await repo.lockPosition(tx, positionId);
      if (!row || (row.status !== 'open' && row.status !== 'paused') || hires < row.headcount) return false;
      await move(tx, row, null, 'close', { reason: 'filled', note: filledNote(row.headcount) });
      return true;
    },

    /** Closes positions whose last day has passed; returns how many. Run by the sweep and by tests. */
    async expireDue(): Promise<
      Array<{ id: string; organisationId: string; title: string; createdBy: string | null }>
    > {
      const due = await repo.dueForExpiry(db, dayOf(now()));
      const closed: Array<{ id: string; organisationId: string; title: string; createdBy: string | null }> =
        [];
      for (const candidate of due) {
        await db.transaction(async (tx) => {
          const row = await repo.lockPosition(tx, candidate.id);
          if (!row || (row.status !== 'open' && row.status !== 'paused')) return;
          await move(tx, row, null, 'expire', { reason: 'expired' });
          closed.push({
            id: row.id,
            organisationId: row.organisationId,
            title: row.title,
            createdBy: row.createdBy,
          });
        });
      }
      // Told after the commit: a failed mail must not undo the closure. (Candidates in the position's
      // pipeline were told inside the transaction, by onClosed.)
      for (const position of closed) await tellCreator(position);
      return closed;
    },
  };
}
