// Pure rules for positions: validation, the lifecycle, who may see a posting, and the formats a posting
// is published in (sanitised HTML, slugs, schema.org JSON-LD, the JSON Resume job format).

export { addDays, dayOf, isExpired, startOfDay } from './days.js';
export * from './job-format.js';
export { jobPostingJsonLd, MONTHS_OF_EXPERIENCE } from './jsonld.js';
export type {
  Actor,
  FundingStatus,
  LifecycleState,
  PositionAction,
  TransitionArgs,
  TransitionResult,
} from './lifecycle.js';
export { ACTIONS_BY_ACTOR, allowedActions, applyTransition } from './lifecycle.js';
export { LINK_REL, renderMarkdown } from './markdown.js';
export { MAX_BAND_RATIO, MAX_PACKAGE_RATIO, PLAUSIBLE_USD_MIDPOINT } from './pay-checks.js';
export { countriesOfRegion, REGION_COUNTRIES, regionOfCountry } from './regions.js';
export { positionSlug } from './slug.js';
export { DEFAULT_VALID_DAYS, defaultValidThrough, MAX_VALID_DAYS } from './valid-through.js';
export type { PositionRulesContext } from './validate.js';
export { positionProblems, validatePosition } from './validate.js';
export type { VisibilityFacts } from './visibility.js';
export { isPubliclyVisible } from './visibility.js';
