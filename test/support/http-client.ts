import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface TestClient {
  request(
    method: Method,
    url: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<LightMyRequestResponse>;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
  cookies: Map<string, string>;
}

/**
 * A browser-like client over app.inject(): it keeps cookies and sends the CSRF header on writes,
 * as the web app does, so tests exercise the real protections rather than switching them off.
 */
export function createClient(app: FastifyInstance, options: { ip?: string } = {}): TestClient {
  const cookies = new Map<string, string>();
  let csrf: string | undefined;

  async function send(method: Method, url: string, body?: unknown, headers: Record<string, string> = {}) {
    const injectOptions: InjectOptions = {
      method,
      url,
      headers: { ...headers, cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      remoteAddress: options.ip ?? '127.0.0.1',
    };
    if (body !== undefined) injectOptions.payload = body as InjectOptions['payload'];
    const response = await app.inject(injectOptions);
    for (const cookie of response.cookies) {
      const expired = cookie.expires && new Date(cookie.expires).getTime() <= Date.now();
      if (expired || cookie.value === '') cookies.delete(cookie.name);
      else cookies.set(cookie.name, cookie.value);
    }
    return response;
  }

  const client: TestClient = {
    cookies,
    async request(method, url, body, headers = {}) {
      if (method !== 'GET' && csrf === undefined) {
        csrf = (await send('GET', '/api/auth/csrf')).json<{ token: string }>().token;
      }
      return send(method, url, body, method === 'GET' ? headers : { 'x-csrf-token': csrf ?? '', ...headers });
    },
    get: (url) => client.request('GET', url),
    post: (url, body) => client.request('POST', url, body),
    patch: (url, body) => client.request('PATCH', url, body),
    delete: (url) => client.request('DELETE', url),
  };
  return client;
}
