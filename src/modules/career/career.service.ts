// The Career page: the model in force (admins' latest version, else the one shipped), the candidate's
// assessment and recommendations from the career core, unlock counts re-run on the matcher's
// positions, measured skill premiums from the salary index, and progress snapshots.
import type { CareerModel, CareerQuery, CareerResponse } from '../../contracts/career.js';
import { careerModelSchema } from '../../contracts/career.js';
import type {
  CareerModelBody,
  CareerModelResponse,
  CareerPageResponse,
  CareerProgressResponse,
  CareerSnapshot,
  SinceLastVisit,
} from '../../contracts/career-progress.js';
import type { Level } from '../../contracts/profile.js';
import type { CareerProfile } from '../../core/career/index.js';
import {
  careerReport,
  DEFAULT_CAREER_MODEL,
  premiumsFromSalaryIndex,
  UnlockIndex,
} from '../../core/career/index.js';
import { AppError } from '../../core/errors.js';
import { toDay } from '../../core/money/index.js';
import { findSkill } from '../../core/skills/index.js';
import type { Db } from '../../db/client.js';
import type { MatchIndexes } from '../matching/matching.indexes.js';
import type { ProfileService } from '../profile/profile.service.js';
import type { SalaryIndexes } from '../salaries/salaries.indexes.js';
import * as repo from './career.repository.js';

/** Every skill id an admin's model names must be in the taxonomy, or the model could never be met. */
function checkSkills(model: CareerModel): void {
  const problems: Array<{ path: string; message: string; code: string }> = [];
  const check = (id: string, path: string) => {
    if (!findSkill(id))
      problems.push({ path, message: 'Not a skill in the taxonomy', code: 'unknown_skill' });
  };
  const steps = [
    ...model.stages.map((step, i) => ({ step, at: `model.stages.${i}` })),
    ...model.tracks.map((step, i) => ({ step, at: `model.tracks.${i}` })),
  ];
  for (const { step, at } of steps) {
    for (const [j, skill] of step.coreSkills.entries()) {
      check(skill.skillId, `${at}.coreSkills.${j}.skillId`);
      for (const [k, alt] of skill.alternatives.entries())
        check(alt, `${at}.coreSkills.${j}.alternatives.${k}`);
    }
    for (const [j, project] of step.projects.entries())
      for (const [k, id] of project.skills.entries()) check(id, `${at}.projects.${j}.skills.${k}`);
  }
  if (problems.length)
    throw new AppError('validation_failed', 'Some skills are not in the taxonomy.', { errors: problems });
}

/** A look within this long of the previous one belongs to the same visit. */
const VISIT_GAP_MS = 30 * 60 * 1000;
/** An unchanged standing is still recorded once a day, so the chart has a point per active day. */
const SNAPSHOT_EVERY_MS = 24 * 60 * 60 * 1000;
const SNAPSHOT_GAPS = 5;

export type CareerService = ReturnType<typeof createCareerService>;

type SnapshotRow = Awaited<ReturnType<typeof repo.snapshots>>[number];

function toSnapshot(row: SnapshotRow): CareerSnapshot {
  return {
    takenAt: row.takenAt.toISOString(),
    modelVersion: row.modelVersion,
    stage: row.stage === '' ? null : (row.stage as Level),
    confidence: row.confidence,
    target: row.target,
    readiness: row.readiness,
    topGaps: row.topGaps as CareerSnapshot['topGaps'],
  };
}

/** The snapshot this look would record. */
function standing(report: CareerResponse): Omit<CareerSnapshot, 'takenAt'> {
  return {
    modelVersion: report.modelVersion,
    stage: report.assessment.stage,
    confidence: report.assessment.confidence,
    target: report.target?.id ?? '',
    readiness: report.readiness?.percent ?? 0,
    topGaps: report.gaps
      .slice(0, SNAPSHOT_GAPS)
      .map((g) => ({ skillId: g.skillId, name: g.name, value: g.value })),
  };
}

function sameStanding(a: Omit<CareerSnapshot, 'takenAt'>, b: CareerSnapshot): boolean {
  return (
    a.stage === b.stage &&
    a.target === b.target &&
    a.readiness === b.readiness &&
    a.topGaps.map((g) => g.skillId).join() === b.topGaps.map((g) => g.skillId).join()
  );
}

function sinceLastVisit(
  now: Omit<CareerSnapshot, 'takenAt'>,
  before: CareerSnapshot | undefined,
): SinceLastVisit {
  if (!before) return null;
  // Gaps and readiness only compare toward the same target: another target has other gaps.
  const sameTarget = before.target === now.target && now.target !== '';
  const was = new Set(before.topGaps.map((g) => g.skillId));
  const is = new Set(now.topGaps.map((g) => g.skillId));
  const named = (g: { skillId: string; name: string }) => ({ skillId: g.skillId, name: g.name });
  return {
    at: before.takenAt,
    stage: before.stage === now.stage ? null : { from: before.stage, to: now.stage },
    readinessDelta: sameTarget ? Math.round((now.readiness - before.readiness) * 10) / 10 : null,
    closedGaps: sameTarget ? before.topGaps.filter((g) => !is.has(g.skillId)).map(named) : [],
    newGaps: sameTarget ? now.topGaps.filter((g) => !was.has(g.skillId)).map(named) : [],
  };
}

export function createCareerService(deps: {
  db: Db;
  profiles: ProfileService;
  matchIndexes: MatchIndexes;
  salaryIndexes: SalaryIndexes;
  now: () => Date;
}) {
  const { db, profiles, matchIndexes, salaryIndexes, now } = deps;
  let unlockCache:
    | {
        generation: number;
        day: string;
        open: ReturnType<MatchIndexes['openPositions']>['positions'];
        index: UnlockIndex;
      }
    | undefined;
  // The global premiums depend on the records index alone, which is replaced (never changed) when
  // records change: one lazily filled table per index serves every page view.
  let premiumCache:
    | {
        index: Awaited<ReturnType<SalaryIndexes['records']>>;
        measured: ReturnType<typeof premiumsFromSalaryIndex>;
      }
    | undefined;

  async function modelInForce(): Promise<{ version: number; model: CareerModel; note: string }> {
    const stored = await repo.latestModel(db);
    if (!stored)
      return {
        version: 0,
        model: DEFAULT_CAREER_MODEL,
        note: 'Shipped with the product (ML career guide 2026)',
      };
    // Stored models were validated on save; parsing again guards against a hand-edited row.
    return { version: stored.version, model: careerModelSchema.parse(stored.model), note: stored.note };
  }

  /**
   * The unlock index over the matcher's open positions. The open list is worked out again only when
   * the matcher's positions change (its generation) or the day does (a position's last day passes);
   * the index is then brought up to date in place (sync: one map look-up per position, plus the
   * work for the positions added, changed or closed), not rebuilt.
   */
  async function unlockIndex(): Promise<{
    index: UnlockIndex;
    positions: ReturnType<MatchIndexes['openPositions']>['positions'];
  }> {
    await matchIndexes.ready();
    const { positions, generation } = matchIndexes.openPositions();
    const day = toDay(now());
    if (unlockCache?.generation !== generation || unlockCache.day !== day) {
      const open = positions.filter((p) => p.live && matchIndexes.stillOpen(p.id));
      if (unlockCache === undefined) unlockCache = { generation, day, open, index: new UnlockIndex(open) };
      else {
        unlockCache.index.sync(open);
        unlockCache = { generation, day, open, index: unlockCache.index };
      }
    }
    return { index: unlockCache.index, positions: unlockCache.open };
  }

  function measuredPremiums(index: Awaited<ReturnType<SalaryIndexes['records']>>) {
    if (premiumCache?.index !== index)
      premiumCache = { index, measured: premiumsFromSalaryIndex(index, {}, { kind: 'global' }) };
    return premiumCache.measured;
  }

  return {
    async page(userId: string, query: CareerQuery): Promise<CareerPageResponse> {
      const profile = await profiles.get(userId);
      const careerProfile: CareerProfile = {
        basics: { yearsExperience: profile.basics.yearsExperience },
        goals: { targetTrack: profile.goals.targetTrack, desiredCountries: profile.goals.desiredCountries },
        skills: profile.skills.map((s) => ({
          skillId: s.skillId,
          proficiency: s.proficiency,
          strength: s.strength,
        })),
        items: profile.items,
      };
      const [{ version, model }, unlock, candidates, salaryIndex] = await Promise.all([
        modelInForce(),
        unlockIndex(),
        matchIndexes.loadCandidates([userId]),
        salaryIndexes.records(),
      ]);
      const candidate = candidates[0];
      const report = careerReport({
        model,
        modelVersion: version,
        profile: careerProfile,
        now: now(),
        target: query.target,
        openPositions: unlock.positions,
        // Pooled over role families and levels within each stratum (src/core/salary/premium.ts).
        measuredPremium: measuredPremiums(salaryIndex),
        unlock: candidate ? { index: unlock.index, candidate } : undefined,
      });

      const recent = (await repo.snapshots(db, userId, 50)).map(toSnapshot);
      const current = standing(report);
      const at = now();
      const baseline =
        recent.find((s) => at.getTime() - Date.parse(s.takenAt) > VISIT_GAP_MS) ?? recent[recent.length - 1];
      const latest = recent[0];
      if (
        !latest ||
        !sameStanding(current, latest) ||
        at.getTime() - Date.parse(latest.takenAt) > SNAPSHOT_EVERY_MS
      ) {
        await repo.insertSnapshot(db, {
          userId,
          takenAt: at,
          modelVersion: current.modelVersion,
          stage: current.stage ?? '',
          confidence: current.confidence,
          target: current.target,
          readiness: current.readiness,
          topGaps: current.topGaps,
        });
      }
      return { ...report, sinceLastVisit: sinceLastVisit(current, baseline) };
    },

    async progress(userId: string): Promise<CareerProgressResponse> {
      const rows = await repo.snapshots(db, userId, 200);
      return { snapshots: rows.map(toSnapshot).reverse() };
    },

    async model(): Promise<CareerModelResponse> {
      const [current, versions] = await Promise.all([modelInForce(), repo.listVersions(db)]);
      return {
        ...current,
        versions: [
          ...versions.map((v) => ({ ...v, createdAt: v.createdAt.toISOString() })),
          {
            version: 0,
            note: 'Shipped with the product (ML career guide 2026)',
            createdAt: null,
            createdBy: null,
          },
        ],
      };
    },

    async modelVersion(version: number): Promise<CareerModel> {
      if (version === 0) return DEFAULT_CAREER_MODEL;
      const stored = await repo.modelByVersion(db, version);
      if (!stored) throw new AppError('not_found', `No career model version ${version}`);
      return careerModelSchema.parse(stored.model);
    },

    /** Saves an edit as the next version; an edit based on an older version is refused, not merged. */
    async saveModel(adminId: string, body: CareerModelBody): Promise<CareerModelResponse> {
      checkSkills(body.model);
      const latest = await repo.latestModel(db);
      const current = latest?.version ?? 0;
      if (body.basedOnVersion !== current) {
        throw new AppError(
          'conflict',
          `Version ${current} was saved after the one you edited (${body.basedOnVersion}); reload and edit again.`,
        );
      }
      const saved = await repo.insertModel(db, {
        version: current + 1,
        model: body.model,
        note: body.note,
        createdBy: adminId,
      });
      if (!saved)
        throw new AppError('conflict', 'Another admin saved at the same moment; reload and edit again.');
      return this.model();
    },
  };
}
