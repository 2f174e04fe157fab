import type { z } from 'zod';
import {
  type CandidateMatchesQuery,
  dismissReasonSchema,
  type JobMatchesQuery,
  type MatchResultView,
  type matchActionBody,
  type ScoredMatchView,
} from '../../contracts/matching.js';
import { AppError, fieldError } from '../../core/errors.js';
import type { MatchResult, ScoredMatch } from '../../core/matching/result.js';
import { scorePair } from '../../core/matching/score.js';
import { textRedactor } from '../../core/profile/redact-text.js';
import type { Db } from '../../db/client.js';
import type { Actor } from '../organisations/organisations.service.js';
import type { JobsService } from '../positions/jobs.service.js';
import type { PositionService } from '../positions/positions.service.js';
import type { SkillCatalogue } from '../profile/skill-catalogue.js';
import type { MatchIndexes } from './matching.indexes.js';
import * as repo from './matching.repository.js';

export type MatchingService = ReturnType<typeof createMatchingService>;

// Exclusions an employer must not learn about: that a candidate hid their profile or blocked them.
const PRIVATE_EXCLUSIONS: ReadonlySet<string> = new Set(['candidate_hidden', 'organisation_blocked']);

/** Rankings both ways, explanations of one pair, and recruiters' actions on ranked candidates. */
export function createMatchingService(deps: {
  db: Db;
  indexes: MatchIndexes;
  catalogue: SkillCatalogue;
  positions: PositionService;
  jobs: JobsService;
  now: () => Date;
  /** Which candidates revealed themselves to an organisation (accepted its introduction, or applied). */
  revealedTo?: (organisationId: string, candidateIds: readonly string[]) => Promise<Set<string>>;
}) {
  const { db, indexes, catalogue, now } = deps;
  const name = (id: string) => catalogue.find(id)?.name ?? id;

  /** Adds display names for skills; everything else is the matcher's own explanation. */
  function present(match: ScoredMatch): ScoredMatchView {
    return {
      ...match,
      matchedSkills: match.matchedSkills.map((s) => ({ ...s, name: name(s.skillId) })),
      relatedCredit: match.relatedCredit.map((r) => ({ ...r, name: name(r.skillId), viaName: name(r.via) })),
      missingRequired: match.missingRequired.map((skillId) => ({ skillId, name: name(skillId) })),
      improvements: match.improvements.map((i) => (i.skillId ? { ...i, skillName: name(i.skillId) } : i)),
    };
  }

  function presentResult(result: MatchResult): MatchResultView {
    return result.excluded === null ? present(result) : result;
  }

  /** The same redaction the anonymous profile view applies, for each anonymous card's free text. */
  async function anonymousRedactors(cards: ReadonlyArray<{ id: string; displayName: string }>) {
    if (cards.length === 0) return new Map<string, (text: string) => string>();
    const roles = (
      await repo.itemsOf(
        db,
        cards.map((c) => c.id),
      )
    ).flatMap((item) =>
      item.data.kind === 'role'
        ? [{ userId: item.userId, employer: item.data.employer, domain: item.data.employerDomain }]
        : [],
    );
    return new Map(
      cards.map((card) => {
        const own = roles.filter((r) => r.userId === card.id);
        return [
          card.id,
          textRedactor({
            displayName: card.displayName,
            employers: own.map((r) => r.employer),
            domains: own.flatMap((r) => (r.domain ? [r.domain] : [])),
          }),
        ];
      }),
    );
  }

  /** A skills filter names taxonomy skills only: an unknown one could never match, so it is refused. */
  function checkSkills(skills: readonly string[] | undefined): void {
    const unknown = (skills ?? []).findIndex((id) => catalogue.find(id) === undefined);
    if (unknown >= 0) {
      throw new AppError('validation_failed', 'Not a skill in the taxonomy', {
        errors: [
          {
            path: `querystring.skills.${unknown}`,
            message: 'Not a skill in the taxonomy',
            code: 'unknown_skill',
          },
        ],
      });
    }
  }

  async function candidateOf(userId: string) {
    const [candidate] = await indexes.loadCandidates([userId]);
    return candidate;
  }

  return {
    /** Open positions for the signed-in candidate, best first. */
    async jobsForCandidate(actor: Actor, query: JobMatchesQuery) {
      checkSkills(query.skills);
      await indexes.ready();
      // Read fresh rather than from the index: a candidate who just added a skill sees its effect at
      // once, without waiting for the change feed.
      const candidate = await candidateOf(actor.id);
      if (!candidate) return { matches: [], nextOffset: null };
      const ranked = indexes.positions
        .topPositions(candidate, {
          // A few spare in case positions ran out since the last sweep.
          k: query.limit + 6,
          offset: query.offset,
          filters: {
            ...(query.roleFamily ? { roleFamilies: query.roleFamily } : {}),
            ...(query.country ? { countries: query.country } : {}),
            ...(query.workplace ? { workplaces: query.workplace } : {}),
            ...(query.skills ? { skills: query.skills } : {}),
          },
          now: now(),
        })
        .filter((m) => indexes.stillOpen(m.positionId));
      const page = ranked.slice(0, query.limit);
      const summaries = new Map(
        (await deps.jobs.summaries(page.map((m) => m.positionId))).map((s) => [s.id, s]),
      );
      return {
        matches: page.flatMap((match) => {
          const position = summaries.get(match.positionId);
          return position ? [{ position, match: present(match) }] : [];
        }),
        nextOffset: ranked.length > query.limit ? query.offset + query.limit : null,
      };
    },

    /** Candidates for a position, for members of its organisation only; anonymous ones unnamed. */
    async candidatesForPosition(actor: Actor, positionId: string, query: CandidateMatchesQuery) {
      checkSkills(query.skills);
      const { organisationId } = await deps.positions.requireMember(actor, positionId);
      await indexes.ready();
      const position = indexes.position(positionId);
      if (!position || !indexes.stillOpen(positionId)) return { candidates: [], nextOffset: null };
      const ranked = indexes.candidates.topCandidates(position, {
        k: query.limit + 1,
        offset: query.offset,
        filters: {
          ...(query.country ? { countries: query.country } : {}),
          ...(query.level ? { levels: query.level } : {}),
          ...(query.minScore !== undefined ? { minScore: query.minScore } : {}),
          ...(query.skills ? { skills: query.skills } : {}),
        },
        now: now(),
      });
      const page = ranked.slice(0, query.limit);
      const ids = page.map((m) => m.candidateId);
      const [cards, actions] = await Promise.all([
        repo.cards(db, ids),
        repo.latestActions(db, positionId, ids),
      ]);
      // An anonymous candidate who accepted this organisation's introduction is named to it.
      const revealed =
        (await deps.revealedTo?.(
          organisationId,
          cards.filter((c) => c.visibility === 'anonymous').map((c) => c.id),
        )) ?? new Set<string>();
      const cardOf = new Map(cards.map((c) => [c.id, c]));
      const redactors = await anonymousRedactors(
        cards.filter((c) => c.visibility === 'anonymous' && !revealed.has(c.id)),
      );
      const actionOf = new Map(actions.map((a) => [a.candidateId, a]));
      return {
        candidates: page.flatMap((match) => {
          const card = cardOf.get(match.candidateId);
          // Gone from the database since the index last synced: skip rather than show a stale card.
          if (!card || card.visibility === 'hidden') return [];
          const anonymous = card.visibility === 'anonymous' && !revealed.has(card.id);
          const action = actionOf.get(match.candidateId);
          return [
            {
              candidate: {
                candidateId: card.id,
                anonymous,
                displayName: anonymous ? null : card.displayName,
                // An anonymous headline can name the person or their employer: redacted like the profile.
                headline: redactors.get(card.id)?.(card.headline) ?? card.headline,
                country: card.country,
                yearsExperience: card.yearsExperience,
                level: card.level,
              },
              match: present(match),
              action: action
                ? {
                    action: action.action,
                    reason: dismissReasonSchema.safeParse(action.reason).data ?? null,
                    at: action.createdAt.toISOString(),
                  }
                : null,
            },
          ];
        }),
        nextOffset: ranked.length > query.limit ? query.offset + query.limit : null,
      };
    },

    /**
     * One pair, computed fresh from the database. A candidate asks about a public position (and
     * learns which filter excluded them); a member asks about a candidate for their position.
     */
    async explain(
      actor: Actor,
      positionId: string,
      candidateId: string | undefined,
    ): Promise<MatchResultView> {
      const asCandidate = actor.accountType === 'candidate';
      const who = asCandidate ? actor.id : candidateId;
      if (!who || (asCandidate && candidateId && candidateId !== actor.id)) {
        throw new AppError('not_found', 'No such candidate');
      }
      if (asCandidate) await deps.jobs.byId(positionId);
      else await deps.positions.requireMember(actor, positionId);
      const [position] = await indexes.loadPositions([positionId]);
      const candidate = await candidateOf(who);
      if (!position || !candidate) throw new AppError('not_found', 'No such candidate or position');
      const result = scorePair(candidate, position, { now: now() });
      if (!asCandidate && result.excluded && PRIVATE_EXCLUSIONS.has(result.excluded.code)) {
        throw new AppError('not_found', 'No such candidate');
      }
      return presentResult(result);
    },

    async recordAction(
      actor: Actor,
      positionId: string,
      candidateId: string,
      body: z.infer<typeof matchActionBody>,
    ) {
      if (body.action === 'dismiss' && !body.reason)
        throw fieldError('reason', 'Say why, so the ranking can learn.');
      await deps.positions.requireMember(actor, positionId);
      const [position] = await indexes.loadPositions([positionId]);
      const candidate = await candidateOf(candidateId);
      if (!position || !candidate) throw new AppError('not_found', 'No such candidate');
      const result = scorePair(candidate, position, { now: now(), improvements: false });
      if (result.excluded && PRIVATE_EXCLUSIONS.has(result.excluded.code)) {
        throw new AppError('not_found', 'No such candidate');
      }
      await repo.insertAction(db, {
        positionId,
        candidateId,
        action: body.action,
        reason: body.reason ?? null,
        note: body.note ?? null,
        score: result.excluded ? null : result.rawScore,
        actorId: actor.id,
        createdAt: now(),
      });
      return { action: body.action, reason: body.reason ?? null, at: now().toISOString() };
    },
  };
}
