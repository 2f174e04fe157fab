// Wires the pipeline's services and routes; app.ts calls this once.
import type { FastifyInstance } from 'fastify';
import type { ActivityService } from './activity.service.js';
import { createApplicationService } from './applications.service.js';
import { createBoardService } from './board.service.js';
import { candidatePipelineRoutes } from './candidate.routes.js';
import { createIntroductionService } from './introductions.service.js';
import { createOfferService } from './offers.service.js';
import { organisationPipelineRoutes } from './organisation.routes.js';
import { createOutcomeService } from './outcomes.service.js';
import type { PipelineDeps } from './pipeline.deps.js';

/** Registers the candidate's and the organisation's pipeline routes. */
export async function registerPipeline(
  app: FastifyInstance,
  deps: PipelineDeps & { activity: ActivityService },
) {
  const board = createBoardService(deps);
  const introductions = createIntroductionService(deps);
  const offers = createOfferService({ ...deps, board });
  await app.register(candidatePipelineRoutes, {
    applications: createApplicationService(deps),
    introductions,
    offers,
    activity: deps.activity,
  });
  await app.register(organisationPipelineRoutes, {
    board,
    introductions,
    offers,
    outcomes: createOutcomeService(deps),
  });
}
