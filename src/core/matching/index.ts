// Public API of the matching core: score and explain a pair, rank with the in-memory indexes, the
// reference brute-force rankings, the configuration, and the demo-data mapper.

export { rankCandidatesByBruteForce, rankPositionsByBruteForce } from './brute-force.js';
export type { MatchConfig } from './config.js';
export { DEFAULT_MATCH_CONFIG } from './config.js';
export { DEMO_AS_OF, fromDemoCandidate, fromDemoPosition } from './from-demo.js';
export type { CandidateFilters, QueryStats, TopCandidatesOptions } from './index/candidate-index.js';
export { buildCandidateIndex, CandidateIndex } from './index/candidate-index.js';
export type { PositionFilters, TopPositionsOptions } from './index/position-index.js';
export { buildPositionIndex, PositionIndex } from './index/position-index.js';
export type { ExclusionCode } from './kernel.js';
export { EXCLUSION_CODES } from './kernel.js';
export type {
  ComponentKey,
  ExcludedMatch,
  Improvement,
  ImprovementKind,
  MatchComponent,
  MatchedSkill,
  MatchResult,
  RelatedSkillCredit,
  ScoredMatch,
} from './result.js';
export type { ScoreContext } from './score.js';
export { scorePair } from './score.js';
export type { MatchCandidate, MatchPosition, MatchSkill } from './types.js';
export { LEVELS, REMOTE_PREFERENCES, ROLE_FAMILIES, WORKPLACES } from './vocabulary.js';
