// Recruiters' attention as candidates may see it: which verified organisations viewed their profile,
// and how often they were saved, shortlisted or asked for an introduction. Also the identity reveals
// the profile and matching views consult before showing an anonymous candidate's name.
import { dayOf } from '../../core/positions/days.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../organisations/organisations.service.js';
import * as repo from './activity.repository.js';
import { revealedAmong } from './introductions.repository.js';

export type ActivityService = ReturnType<typeof createActivityService>;

export function createActivityService(deps: { db: Db; now: () => Date }) {
  const { db, now } = deps;

  return {
    /** Records a member's look at a candidate's profile, once per organisation, candidate and day. */
    async recordProfileView(viewerId: string, candidateId: string): Promise<void> {
      const organisationIds = await repo.verifiedOrganisationsOf(db, viewerId);
      const viewedOn = dayOf(now());
      await repo.recordViews(
        db,
        organisationIds.map((organisationId) => ({ organisationId, candidateId, viewedOn, viewerId })),
      );
    },

    /** True when the candidate accepted an introduction from (or applied to) one of the viewer's organisations. */
    async isRevealedTo(viewerId: string, candidateId: string): Promise<boolean> {
      const organisationIds = await repo.verifiedOrganisationsOf(db, viewerId);
      return (await revealedAmong(db, organisationIds, [candidateId])).has(candidateId);
    },

    /** Which of the candidates have revealed themselves to this organisation. */
    revealedTo(organisationId: string, candidateIds: readonly string[]): Promise<Set<string>> {
      return revealedAmong(db, [organisationId], candidateIds);
    },

    async forCandidate(actor: Actor) {
      const [views, actions, introductionRequests] = await Promise.all([
        repo.viewsOf(db, actor.id),
        repo.actionCounts(db, actor.id),
        repo.introductionCount(db, actor.id),
      ]);
      const countOf = (action: string) => actions.find((a) => a.action === action)?.n ?? 0;
      return {
        views: views.map((v) => ({
          organisation: { id: v.organisationId, name: v.organisationName },
          days: v.days,
          lastViewedOn: v.lastViewedOn ?? '',
        })),
        saves: countOf('save'),
        shortlists: countOf('shortlist'),
        introductionRequests,
      };
    },
  };
}
