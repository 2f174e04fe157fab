import type { z } from 'zod';
import { csrfResponse } from '../../../src/contracts/auth.js';
import { ApiError, clientError, problemFromResponse } from './errors';

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

let csrfToken: Promise<string> | null = null;

function fetchCsrfToken(): Promise<string> {
  csrfToken ??= send('GET', '/api/auth/csrf')
    .then(async (response) => csrfResponse.parse(await response.json()).token)
    .catch((error: unknown) => {
      csrfToken = null;
      throw error instanceof ApiError ? error : clientError('invalid_response');
    });
  return csrfToken;
}

/** Forget the cached token, e.g. after sign-in or sign-out when the server may rotate it. */
export function resetCsrfToken(): void {
  csrfToken = null;
}

async function send(method: Method, path: string, body?: unknown, csrf?: string): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (csrf) headers['x-csrf-token'] = csrf;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw clientError('network_error');
  }
  if (!response.ok) throw await problemFromResponse(response);
  return response;
}

async function sendWithCsrf(method: Method, path: string, body?: unknown): Promise<Response> {
  if (method === 'GET') return send(method, path, body);
  try {
    return await send(method, path, body, await fetchCsrfToken());
  } catch (error) {
    // A token can expire or be rotated server-side; fetch a fresh one and retry exactly once.
    if (error instanceof ApiError && error.status === 403 && error.code === 'csrf_invalid') {
      resetCsrfToken();
      return send(method, path, body, await fetchCsrfToken());
    }
    throw error;
  }
}

/** Calls a JSON endpoint and validates the answer against its shared contract. */
export async function requestJson<S extends z.ZodType>(
  method: Method,
  path: string,
  schema: S,
  body?: unknown,
): Promise<z.infer<S>> {
  const response = await sendWithCsrf(method, path, body);
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw clientError('invalid_response', response.status);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw clientError('invalid_response', response.status);
  return parsed.data;
}

/** Calls an endpoint whose body does not matter (204 or 202). */
export async function requestVoid(method: Method, path: string, body?: unknown): Promise<void> {
  await sendWithCsrf(method, path, body);
}
