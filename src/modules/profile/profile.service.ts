import type {
  Basics,
  CandidateView,
  Completeness,
  Goals,
  Profile,
  ProfileItem,
  ProfileItemBody,
  SkillsBody,
  VisibilitySettings,
} from '../../contracts/profile.js';
import { AppError, type FieldProblem } from '../../core/errors.js';
import { assessCompleteness } from '../../core/profile/completeness.js';
import { itemDateProblems } from '../../core/profile/dates.js';
import { employerView } from '../../core/profile/employer-view.js';
import type { Db } from '../../db/client.js';
import { assembleProfile } from './profile.assemble.js';
import * as repo from './profile.repository.js';
import type { SkillCatalogue } from './skill-catalogue.js';

export interface ProfileDeps {
  db: Db;
  catalogue: SkillCatalogue;
  now: () => Date;
  /** Profile views and identity reveals (the pipeline's activity service). */
  activity?: {
    recordProfileView(viewerId: string, candidateId: string): Promise<void>;
    isRevealedTo(viewerId: string, candidateId: string): Promise<boolean>;
  };
}

export type ProfileService = ReturnType<typeof createProfileService>;

function invalid(problems: FieldProblem[]): AppError {
  return new AppError('validation_failed', 'Some fields are not valid.', { errors: problems });
}

/** The candidate's own profile, and what employers may see of it. */
export function createProfileService(deps: ProfileDeps) {
  const { db, catalogue, now } = deps;

  async function load(userId: string, tx: Db = db): Promise<Profile> {
    const found = await repo.findCandidate(tx, userId);
    // Only candidate accounts have profiles; to anyone else the profile does not exist.
    if (!found) throw new AppError('not_found', 'No such candidate profile');
    // In turn: tx may be a transaction (see Db).
    const items = await repo.listItems(tx, userId);
    const skills = await repo.listSkills(tx, userId);
    return assembleProfile(found.user, found.profile, items, skills, catalogue);
  }

  async function assertCandidate(userId: string): Promise<void> {
    if (!(await repo.findCandidate(db, userId)))
      throw new AppError('forbidden', 'Only candidates have a profile.');
  }

  return {
    get: (userId: string) => load(userId),

    async updateBasics(userId: string, basics: Basics): Promise<Profile> {
      await assertCandidate(userId);
      await repo.upsertProfile(db, userId, { ...basics, city: basics.city ?? null });
      return load(userId);
    },

    async updateGoals(userId: string, goals: Goals): Promise<Profile> {
      const current = await load(userId);
      // The open-to-work date is when the flag was last switched on: the outcomes clock starts there.
      const since = goals.openToWork
        ? current.goals.openToWork && current.openToWorkSince
          ? new Date(current.openToWorkSince)
          : now()
        : null;
      await repo.upsertProfile(db, userId, { goals, openToWorkSince: since });
      return load(userId);
    },

    async updateVisibility(userId: string, settings: VisibilitySettings): Promise<Profile> {
      await assertCandidate(userId);
      await repo.upsertProfile(db, userId, {
        visibility: settings.visibility,
        blockedDomains: [...new Set(settings.blockedDomains)],
      });
      return load(userId);
    },

    async replaceSkills(userId: string, body: SkillsBody): Promise<Profile> {
      const current = await load(userId);
      const itemIds = new Set(current.items.map((i) => i.id));
      const problems: FieldProblem[] = [];
      const seen = new Set<string>();
      body.skills.forEach((skill, i) => {
        if (!catalogue.find(skill.skillId))
          problems.push({
            path: `skills.${i}.skillId`,
            message: 'Not a skill in the taxonomy',
            code: 'unknown_skill',
          });
        if (seen.has(skill.skillId))
          problems.push({ path: `skills.${i}.skillId`, message: 'Listed twice', code: 'duplicate' });
        seen.add(skill.skillId);
        skill.evidence.forEach((id, j) => {
          // Someone else's item id is reported exactly like a missing one.
          if (!itemIds.has(id))
            problems.push({
              path: `skills.${i}.evidence.${j}`,
              message: 'No such item on your profile',
              code: 'unknown_item',
            });
        });
      });
      if (problems.length) throw invalid(problems);
      await db.transaction(async (tx) => {
        await repo.upsertProfile(tx, userId, { customSkills: body.customSkills });
        await repo.replaceSkills(
          tx,
          userId,
          body.skills.map((s) => ({
            skillId: s.skillId,
            proficiency: s.proficiency,
            years: s.years,
            lastUsed: s.lastUsed,
            evidence: [...new Set(s.evidence)],
          })),
        );
      });
      return load(userId);
    },

    async addItem(userId: string, item: ProfileItemBody): Promise<ProfileItem> {
      await assertCandidate(userId);
      const problems = itemDateProblems(item, now());
      if (problems.length) throw invalid(problems);
      const [row] = await repo.insertItems(db, userId, [item]);
      if (!row) throw new Error('item insert returned no row');
      await repo.upsertProfile(db, userId, {});
      return { ...item, id: row.id };
    },

    async updateItem(userId: string, id: string, item: ProfileItemBody): Promise<ProfileItem> {
      const problems = itemDateProblems(item, now());
      if (problems.length) throw invalid(problems);
      const row = await repo.updateItem(db, userId, id, item);
      if (!row) throw new AppError('not_found', 'No such item on your profile');
      return { ...item, id };
    },

    async deleteItem(userId: string, id: string): Promise<void> {
      // Skills keep stale evidence ids harmlessly: assembleProfile ignores ids with no item.
      if (!(await repo.deleteItem(db, userId, id)))
        throw new AppError('not_found', 'No such item on your profile');
    },

    async completeness(userId: string): Promise<Completeness> {
      return assessCompleteness(await load(userId));
    },

    /** The candidate's own preview of what employers see in a visibility mode. */
    async preview(userId: string, mode: 'verified_employers' | 'anonymous'): Promise<CandidateView> {
      return employerView(await load(userId), mode === 'anonymous');
    },

    /**
     * An employer member's view of a candidate. Hidden profiles, candidates who blocked one of the
     * viewer's organisations, and viewers with no verified organisation all get 404: a refusal
     * would itself reveal that the profile exists. A candidate who revealed themselves to one of the
     * viewer's organisations (accepted its introduction, or applied) is shown in full to it.
     */
    async viewAsEmployer(viewerId: string, candidateId: string): Promise<CandidateView> {
      const notFound = new AppError('not_found', 'No such candidate');
      const memberships = await repo.membershipsOf(db, viewerId);
      if (!memberships.some((m) => m.verifiedAt !== null)) throw notFound;
      const profile = await load(candidateId).catch(() => {
        throw notFound;
      });
      const revealed = (await deps.activity?.isRevealedTo(viewerId, candidateId)) ?? false;
      const { visibility, blockedDomains } = profile.visibility;
      if (!revealed && visibility === 'hidden') throw notFound;
      if (!revealed && memberships.some((m) => blockedDomains.includes(m.emailDomain.toLowerCase())))
        throw notFound;
      await deps.activity?.recordProfileView(viewerId, candidateId);
      return employerView(profile, !revealed && visibility === 'anonymous');
    },
  };
}
