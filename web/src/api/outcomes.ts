import { type Outcomes, outcomesResponse } from '../../../src/contracts/pipeline.js';
import { requestJson } from './client';

export type { Outcomes };

/** Platform-wide outcome figures (administrators). */
export function fetchPlatformOutcomes(): Promise<Outcomes> {
  return requestJson('GET', '/api/admin/outcomes', outcomesResponse);
}

/** One organisation's own outcome figures (its members). */
export function fetchOrganisationOutcomes(organisationId: string): Promise<Outcomes> {
  return requestJson(
    'GET',
    `/api/organisations/${encodeURIComponent(organisationId)}/outcomes`,
    outcomesResponse,
  );
}
