import type { AddressInfo } from 'node:net';
import SwaggerParser from '@apidevtools/swagger-parser';
import { describe, expect, it } from 'vitest';
import { setupTestApp } from './support/context.js';

const ctx = setupTestApp();

describe('HTTP contract', () => {
  it('answers malformed JSON with a problem naming the body', async () => {
    const response = await ctx.client().request('POST', '/api/auth/sign-in', '{"email": "a@', {
      'content-type': 'application/json',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'malformed_json', errors: [{ path: 'body' }] });
  });

  it('refuses bodies over the 1 MB limit with 413', async () => {
    const huge = JSON.stringify({ email: 'a@example.test', password: 'x'.repeat(1_100_000) });
    const response = await ctx
      .client()
      .request('POST', '/api/auth/sign-in', huge, { 'content-type': 'application/json' });
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe('body_too_large');
  });

  it('refuses other content types with 415', async () => {
    const response = await ctx.client().request('POST', '/api/auth/sign-in', 'email=a', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe('unsupported_media_type');
  });

  it('answers unknown API routes with a problem, and client routes with the web app or a clear message', async () => {
    const api = await ctx.client().get('/api/no-such-thing');
    expect(api.statusCode).toBe(404);
    expect(api.json()).toMatchObject({
      code: 'not_found',
      status: 404,
      type: expect.stringContaining('not-found'),
    });
  });

  it('sets security headers and echoes a request id', async () => {
    const response = await ctx.client().get('/api/health');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-request-id']).toMatch(/.+/);
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('reports readiness with the migration count', async () => {
    const response = await ctx.client().get('/api/ready');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.migrations.applied).toBe(body.migrations.expected);
    expect(body.migrations.expected).toBeGreaterThan(0);
  });

  it('publishes a valid OpenAPI 3.1 document that lists every API route', async () => {
    const document = (await ctx.client().get('/api/openapi.json')).json();
    expect(document.openapi).toBe('3.1.0');
    await SwaggerParser.validate(structuredClone(document));
    const documented = new Set(
      Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
        Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
      ),
    );
    const routes = ctx.app.routeCatalogue
      .filter((r) => r.url.startsWith('/api/') && !r.url.startsWith('/api/docs') && r.method !== 'HEAD')
      .filter((r) => r.url !== '/api/openapi.json')
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
    expect(routes.filter((r) => !documented.has(r))).toEqual([]);
    expect(document.paths['/api/auth/sign-up'].post.responses['4XX']).toBeDefined();
  });

  it('serves the API docs page', async () => {
    const response = await ctx.client().get('/api/docs/');
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('swagger');
  });

  it('answers a 20 KB query string with a problem+json 431 over a real socket', async () => {
    await ctx.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = ctx.app.server.address() as AddressInfo;
    const response = await fetch(`http://127.0.0.1:${port}/api/health?q=${'x'.repeat(20_000)}`);
    expect(response.status).toBe(431);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(((await response.json()) as { errors: Array<{ path: string }> }).errors[0]?.path).toBe('query');
  });
});

describe('web app routes', () => {
  it('serves the app shell at / and at client routes, and static assets by name', async () => {
    const { existsSync } = await import('node:fs');
    const { webDistFolder } = await import('../src/config/paths.js');
    const root = await ctx.client().get('/');
    const deep = await ctx.client().get('/profile/preview');
    if (!existsSync(`${webDistFolder()}/index.html`)) {
      // Without a build the server says how to make one instead of failing obscurely.
      expect(root.statusCode).toBe(503);
      expect(root.body).toContain('npm run build:web');
      return;
    }
    for (const response of [root, deep]) {
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toContain('text/html');
      expect(response.body).toContain('<div id="root">');
    }
  });
});
