import type {
  CareerAssessment,
  CareerModel,
  CareerStepSummary,
  CareerTarget,
  ExpectationCheck,
  ProjectSuggestion,
  SkillGap,
  TrackComparison,
} from '../../../src/contracts/career.js';
import { careerModelSchema, careerTargetSchema } from '../../../src/contracts/career.js';
import {
  type CareerModelBody,
  type CareerModelResponse,
  type CareerPageResponse,
  type CareerProgressResponse,
  type CareerSnapshot,
  careerModelResponse,
  careerPageResponse,
  careerProgressResponse,
  type SinceLastVisit,
} from '../../../src/contracts/career-progress.js';
import { requestJson } from './client';

export type {
  CareerAssessment,
  CareerModel,
  CareerModelBody,
  CareerModelResponse,
  CareerPageResponse,
  CareerProgressResponse,
  CareerSnapshot,
  CareerStepSummary,
  CareerTarget,
  ExpectationCheck,
  ProjectSuggestion,
  SinceLastVisit,
  SkillGap,
  TrackComparison,
};
export { careerModelSchema, careerTargetSchema };

/** The candidate's Career page toward `target` (the API picks the next stage when it is left out). */
export function fetchCareer(target?: CareerTarget): Promise<CareerPageResponse> {
  const query = target ? `?target=${encodeURIComponent(target)}` : '';
  return requestJson('GET', `/api/career${query}`, careerPageResponse);
}

/** The candidate's career snapshots over time (one is recorded by each look at the Career page). */
export function fetchCareerProgress(): Promise<CareerProgressResponse> {
  return requestJson('GET', '/api/career/progress', careerProgressResponse);
}

/** Admins: the career model in force, its note and every version. */
export function fetchCareerModel(): Promise<CareerModelResponse> {
  return requestJson('GET', '/api/admin/career-model', careerModelResponse);
}

/** Admins: one earlier version of the career model (0 is the model shipped with the product). */
export function fetchCareerModelVersion(version: number): Promise<CareerModel> {
  return requestJson('GET', `/api/admin/career-model/versions/${version}`, careerModelSchema);
}

/** Admins: saves an edited model as the next version; 409 when someone saved after `basedOnVersion`. */
export function saveCareerModel(body: CareerModelBody): Promise<CareerModelResponse> {
  return requestJson('PUT', '/api/admin/career-model', careerModelResponse, body);
}
