// How an organisation answers candidates, as candidates see it beside its positions.
import type { OrganisationResponsiveness } from '../../contracts/pipeline.js';
import { firstResponse, type ResponseRow } from '../../core/pipeline/time-metrics.js';

/** Below this many applications the figures say more about luck than about the organisation. */
const MIN_APPLICATIONS = 5;

export function responsivenessOf(rows: readonly ResponseRow[]): OrganisationResponsiveness {
  const figures = firstResponse(rows);
  const enough = figures.applications >= MIN_APPLICATIONS;
  return {
    applications: figures.applications,
    medianFirstResponseHours: enough ? figures.medianHours : null,
    responseRate: enough ? figures.responseRate : null,
  };
}
