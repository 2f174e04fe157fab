import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { problemFor, sendProblem } from '../errors.js';

/** Serves the built single-page app; unknown non-API paths get index.html so client routes work. */
export const webPlugin = fp(async (app: FastifyInstance, opts: { root: string }) => {
  const built = existsSync(path.join(opts.root, 'index.html'));
  if (built) {
    // wildcard: files built after start (npm run build:web while serving) are found too.
    await app.register(fastifyStatic, { root: opts.root, wildcard: true, index: false, maxAge: '1h' });
  }
  // The static plugin refuses directory requests, so the root path serves the app explicitly.
  app.get('/', { schema: { hide: true } }, (_request, reply) =>
    built ? reply.header('cache-control', 'no-cache').sendFile('index.html') : reply.callNotFound(),
  );
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/');
    if (!wantsPage)
      return sendProblem(
        reply,
        problemFor('not_found', `No route ${request.method} ${request.url.split('?')[0]}`),
      );
    if (!built) {
      return reply
        .code(503)
        .type('text/plain')
        .send('The web app is not built yet: run `npm run build:web`.');
    }
    // index.html must not be cached: it names the hashed bundles of the current build.
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
});
