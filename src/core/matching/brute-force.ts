// The reference rankings the indexes must reproduce: scorePair over everything, excluded pairs
// dropped, sorted by raw score (higher first) then id. Slow by design; tests and benchmarks use it.

import type { MatchConfig } from './config.js';
import { levelRank } from './config.js';
import { candidateLevelRank } from './facts.js';
import type { CandidateFilters } from './index/candidate-index.js';
import type { PositionFilters } from './index/position-index.js';
import type { ScoredMatch } from './result.js';
import { scorePair } from './score.js';
import type { MatchCandidate, MatchPosition } from './types.js';

interface Page {
  k: number;
  offset?: number;
  now: Date;
  config?: MatchConfig;
  /** Compute improvements for the returned page (default true, as the indexes do). */
  improvements?: boolean;
}

interface Scored {
  result: ScoredMatch;
  candidate: MatchCandidate;
  position: MatchPosition;
}

/** Sorts, pages, and explains the page in full (improvements are only computed for it). */
function page(scored: Scored[], options: Page, idOf: (m: ScoredMatch) => string): ScoredMatch[] {
  const offset = options.offset ?? 0;
  const order = (a: Scored, b: Scored) => {
    const x = idOf(a.result);
    const y = idOf(b.result);
    return b.result.rawScore - a.result.rawScore || (x < y ? -1 : x > y ? 1 : 0);
  };
  return scored
    .sort(order)
    .slice(offset, offset + options.k)
    .map(({ result, candidate, position }) => {
      if (options.improvements === false) return result;
      const full = scorePair(candidate, position, context(options, true));
      return full.excluded === null ? full : result;
    });
}

function context(options: Page, improvements: boolean) {
  return {
    now: options.now,
    improvements,
    ...(options.config === undefined ? {} : { config: options.config }),
  };
}

/** Every eligible candidate for a position, ranked: the reference for CandidateIndex.topCandidates. */
export function rankCandidatesByBruteForce(
  candidates: Iterable<MatchCandidate>,
  position: MatchPosition,
  options: Page & { filters?: CandidateFilters },
): ScoredMatch[] {
  const filters = options.filters ?? {};
  const levels = filters.levels === undefined ? null : new Set(filters.levels.map(levelRank));
  const scored: Scored[] = [];
  for (const candidate of candidates) {
    if (filters.countries !== undefined && !filters.countries.includes(candidate.country ?? '')) continue;
    if (levels !== null && !levels.has(candidateLevelRank(candidate))) continue;
    if (
      filters.skills !== undefined &&
      !filters.skills.every((id) => candidate.skills.some((s) => s.skillId === id))
    )
      continue;
    const result = scorePair(candidate, position, context(options, false));
    if (result.excluded !== null) continue;
    if (filters.minScore !== undefined && result.rawScore < filters.minScore) continue;
    scored.push({ result, candidate, position });
  }
  return page(scored, options, (m) => m.candidateId);
}

/** Every eligible position for a candidate, ranked: the reference for PositionIndex.topPositions. */
export function rankPositionsByBruteForce(
  positions: Iterable<MatchPosition>,
  candidate: MatchCandidate,
  options: Page & { filters?: PositionFilters },
): ScoredMatch[] {
  const filters = options.filters ?? {};
  const scored: Scored[] = [];
  for (const position of positions) {
    if (filters.roleFamilies !== undefined && !filters.roleFamilies.includes(position.roleFamily)) continue;
    if (filters.workplaces !== undefined && !filters.workplaces.includes(position.workplace)) continue;
    if (filters.countries !== undefined && !position.countries.some((c) => filters.countries?.includes(c)))
      continue;
    if (filters.skills !== undefined && !filters.skills.every((id) => asksFor(position, id))) continue;
    const result = scorePair(candidate, position, context(options, false));
    if (result.excluded === null) scored.push({ result, candidate, position });
  }
  return page(scored, options, (m) => m.positionId);
}

/** Whether a position lists a skill, required or nice to have. */
function asksFor(position: MatchPosition, skillId: string): boolean {
  return position.required.some((s) => s.skillId === skillId) || position.niceToHave.includes(skillId);
}
