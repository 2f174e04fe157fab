// Outcome figures for the dashboards: platform-wide for admins, one organisation's own for its members.
import type { Outcomes } from '../../contracts/pipeline.js';
import { stageSchema } from '../../contracts/pipeline.js';
import { stageConversion } from '../../core/pipeline/conversion.js';
import { engagementByBand } from '../../core/pipeline/engagement.js';
import { firstResponse, timeToOffer } from '../../core/pipeline/time-metrics.js';
import type { Actor } from '../organisations/organisations.service.js';
import * as repo from './outcomes.repository.js';
import type { PipelineDeps } from './pipeline.deps.js';

export type OutcomeService = ReturnType<typeof createOutcomeService>;

export function createOutcomeService(deps: Pick<PipelineDeps, 'db' | 'organisations'>) {
  const { db, organisations } = deps;

  async function compute(organisationId: string | null): Promise<Outcomes> {
    const [hires, responses, paths, closures, cohorts] = await Promise.all([
      repo.hireRows(db, organisationId),
      repo.responseRows(db, organisationId),
      repo.stagePaths(db, organisationId),
      repo.closureCounts(db, organisationId),
      repo.engagementCohorts(db, organisationId),
    ]);
    return {
      scope: organisationId === null ? 'platform' : 'organisation',
      timeToOffer: timeToOffer(hires),
      firstResponse: firstResponse(responses),
      conversion: stageConversion(
        paths.map((stages) => stages.flatMap((s) => stageSchema.safeParse(s).data ?? [])),
      ),
      closures,
      engagement: engagementByBand(cohorts),
    };
  }

  return {
    platform: () => compute(null),

    async forOrganisation(actor: Actor, organisationId: string): Promise<Outcomes> {
      await organisations.requireRole(organisationId, actor);
      return compute(organisationId);
    },
  };
}
