import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { Config } from '../config/env.js';
import { webDistFolder } from '../config/paths.js';
import { normaliseSkillName } from '../core/skills/index.js';
import type { Database } from '../db/client.js';
import { accountRoutes } from '../modules/account/account.routes.js';
import { createAccountService } from '../modules/account/account.service.js';
import { adminRoutes } from '../modules/admin/admin.routes.js';
import { createAdminService } from '../modules/admin/admin.service.js';
import { authRoutes } from '../modules/auth/auth.routes.js';
import { createAuthService } from '../modules/auth/auth.service.js';
import { careerRoutes } from '../modules/career/career.routes.js';
import { createCareerService } from '../modules/career/career.service.js';
import { healthRoutes } from '../modules/health/health.routes.js';
import { createHealthService } from '../modules/health/health.service.js';
import { createLiveHub } from '../modules/live/live.hub.js';
import { liveRoutes } from '../modules/live/live.routes.js';
import type { Mailer } from '../modules/mail/mailer.js';
import { createMatchIndexes } from '../modules/matching/matching.indexes.js';
import { matchingRoutes } from '../modules/matching/matching.routes.js';
import { createMatchingService } from '../modules/matching/matching.service.js';
import { createStrongMatchNotifier } from '../modules/matching/strong-matches.js';
import { messageRoutes } from '../modules/messages/messages.routes.js';
import { createMessageService } from '../modules/messages/messages.service.js';
import { createNotificationDelivery } from '../modules/notifications/notifications.delivery.js';
import { notificationRoutes } from '../modules/notifications/notifications.routes.js';
import { createNotificationService } from '../modules/notifications/notifications.service.js';
import { unsubscribeTokens } from '../modules/notifications/unsubscribe-token.js';
import { organisationRoutes } from '../modules/organisations/organisations.routes.js';
import { createOrganisationService } from '../modules/organisations/organisations.service.js';
import { createActivityService } from '../modules/pipeline/activity.service.js';
import { registerPipeline } from '../modules/pipeline/pipeline.module.js';
import { closePositionPipeline } from '../modules/pipeline/position-closure.js';
import { createFxService } from '../modules/positions/fx.service.js';
import { jobsRoutes } from '../modules/positions/jobs.routes.js';
import { createJobsService } from '../modules/positions/jobs.service.js';
import { positionRoutes } from '../modules/positions/positions.routes.js';
import { createPositionService } from '../modules/positions/positions.service.js';
import { jsonResumeRoutes } from '../modules/profile/json-resume.routes.js';
import { createJsonResumeService } from '../modules/profile/json-resume.service.js';
import { profileRoutes } from '../modules/profile/profile.routes.js';
import { createProfileService } from '../modules/profile/profile.service.js';
import type { SkillCatalogue } from '../modules/profile/skill-catalogue.js';
import { createRateLimiter } from '../modules/ratelimit/rate-limit.service.js';
import { createSalaryIndexes } from '../modules/salaries/salaries.indexes.js';
import { salaryRoutes } from '../modules/salaries/salaries.routes.js';
import { createSalaryService } from '../modules/salaries/salaries.service.js';
import { skillsRoutes } from '../modules/skills/skills.routes.js';
import { createSkillsService, taxonomyCatalogue } from '../modules/skills/skills.service.js';
import { writeClientErrorProblem } from './client-error.js';
import { handleError } from './errors.js';
import { csrfPlugin } from './plugins/csrf.js';
import { openapiPlugin } from './plugins/openapi.js';
import { sessionCookie, sessionPlugin } from './plugins/session.js';
import { webPlugin } from './plugins/web.js';
import type { RouteEntry } from './types.js';

export interface AppDeps {
  config: Config;
  database: Database;
  mailer: Mailer;
  /** The clock services read; tests move it. */
  now?: () => Date;
  version?: string;
  webRoot?: string;
  /** The canonical skills; defaults to the taxonomy shipped in src/core/skills. */
  catalogue?: SkillCatalogue;
}

/** Builds the whole HTTP application without listening; tests drive it with inject(). */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database } = deps;
  const now = deps.now ?? (() => new Date());
  const app = Fastify({
    logger: { level: config.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]'] },
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && /^[\w.-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    },
    requestIdHeader: false,
    routerOptions: { maxParamLength: 200 },
    clientErrorHandler: writeClientErrorProblem,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  const routes: RouteEntry[] = [];
  app.decorate('routeCatalogue', routes);
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/docs')) route.config = { ...route.config, access: 'public' };
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) routes.push({ method, url: route.url, access: route.config?.access });
    if (route.url.startsWith('/api/') && !route.config?.access) {
      throw new Error(`Route ${route.method} ${route.url} declares no access rule`);
    }
  });

  const cookie = sessionCookie(config.secureCookies);
  const limiter = createRateLimiter(database.db, now);
  const auth = createAuthService({
    db: database.db,
    mailer: deps.mailer,
    limiter,
    now,
    publicUrl: config.publicUrl,
    sessionTtlDays: config.sessionTtlDays,
    log: app.log,
  });
  const outboxDir = `${config.dataDir}/outbox`;

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: { 'img-src': ["'self'", 'data:', 'https:'], 'upgrade-insecure-requests': null },
    },
    hsts: config.secureCookies,
  });
  if (config.corsOrigins.length)
    await app.register(fastifyCors, { origin: config.corsOrigins, credentials: true });
  await app.register(fastifyCookie, { secret: config.sessionSecret });
  await app.register(openapiPlugin, { publicUrl: config.publicUrl, version: deps.version ?? '0.0.0' });
  await app.register(sessionPlugin, { auth, cookie });
  await app.register(csrfPlugin, { secure: config.secureCookies });

  await app.register(healthRoutes, { health: createHealthService(database) });
  await app.register(authRoutes, { auth, cookie });
  const catalogue = deps.catalogue ?? taxonomyCatalogue;
  const activity = createActivityService({ db: database.db, now });
  const profile = createProfileService({ db: database.db, catalogue, now, activity });
  await app.register(profileRoutes, { profile });
  await app.register(skillsRoutes, { skills: createSkillsService() });
  const jsonResume = createJsonResumeService({
    db: database.db,
    profile,
    now,
    normaliseSkill: normaliseSkillName,
    skillName: (id) => catalogue.find(id)?.name ?? id,
  });
  await app.register(jsonResumeRoutes, { jsonResume });
  await app.register(accountRoutes, {
    account: createAccountService({ db: database.db, auth, profile, now }),
    cookie,
  });
  await app.register(adminRoutes, { admin: createAdminService({ db: database.db, outboxDir }) });
  const organisations = createOrganisationService({
    db: database.db,
    mailer: deps.mailer,
    limiter,
    now,
    publicUrl: config.publicUrl,
    log: app.log,
  });
  await app.register(organisationRoutes, { organisations });
  const fx = createFxService({ db: database.db, now });
  const positions = createPositionService({
    db: database.db,
    catalogue,
    organisations,
    fx,
    now,
    normaliseSkill: normaliseSkillName,
    publicUrl: config.publicUrl,
    mailer: deps.mailer,
    log: app.log,
    onClosed: closePositionPipeline,
  });
  app.decorate('positions', positions);
  await app.register(positionRoutes, { positions, fx });
  const jobs = createJobsService({ db: database.db, catalogue, fx, now });
  await app.register(jobsRoutes, { jobs, publicUrl: config.publicUrl });
  const matchIndexes = createMatchIndexes({
    database,
    fx,
    now,
    log: app.log,
    onPositionsLive: (live) => strongMatches(live),
  });
  const strongMatches = createStrongMatchNotifier({
    db: database.db,
    candidates: () => matchIndexes.candidates,
    now,
    log: app.log,
  });
  app.decorate('matchIndexes', matchIndexes);
  await app.register(matchingRoutes, {
    matching: createMatchingService({
      db: database.db,
      indexes: matchIndexes,
      catalogue,
      positions,
      jobs,
      now,
      revealedTo: activity.revealedTo,
    }),
  });
  const salaryIndexes = createSalaryIndexes({ database, now, log: app.log });
  app.decorate('salaryIndexes', salaryIndexes);
  await app.register(salaryRoutes, { salaries: createSalaryService({ indexes: salaryIndexes, fx, now }) });
  await app.register(careerRoutes, {
    career: createCareerService({ db: database.db, profiles: profile, matchIndexes, salaryIndexes, now }),
  });
  await registerPipeline(app, {
    db: database.db,
    now,
    organisations,
    fx,
    activity,
    closeFilled: positions.closeFilled,
  });
  await app.register(messageRoutes, { messages: createMessageService({ db: database.db, limiter, now }) });
  const tokens = unsubscribeTokens(config.sessionSecret);
  await app.register(notificationRoutes, {
    notifications: createNotificationService({ db: database.db, now, tokens }),
  });
  app.decorate(
    'notificationDelivery',
    createNotificationDelivery({
      database,
      mailer: deps.mailer,
      now,
      publicUrl: config.publicUrl,
      tokens,
      log: app.log,
    }),
  );
  const live = createLiveHub({ database, log: app.log });
  app.decorate('live', live);
  await app.register(liveRoutes, { live, auth, cookieName: cookie.name });
  // Open event streams would hold the server open; they end before it closes.
  app.addHook('preClose', async () => live.stop());
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, () => app.swagger());

  await app.register(webPlugin, { root: deps.webRoot ?? webDistFolder() });
  app.addHook('onClose', async () => deps.mailer.close());
  return app;
}
