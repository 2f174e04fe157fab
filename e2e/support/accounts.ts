import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { E2eServer } from './server.js';

export interface E2eAccount {
  displayName: string;
  email: string;
  password: string;
}

export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
}

/**
 * Calls the API from inside the page, so the browser's own cookies and the CSRF token are used.
 * The page must already be on the app's origin.
 */
export async function callApi<T = unknown>(
  page: Page,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  body?: unknown,
): Promise<ApiResponse<T>> {
  return page.evaluate(
    async ({ method, url, body }) => {
      const csrf = (await (await fetch('/api/auth/csrf')).json()) as { token: string };
      const response = await fetch(url, {
        method,
        headers: {
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
          'x-csrf-token': csrf.token,
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        // Not JSON: keep the text, so a failing check can show it.
      }
      return { status: response.status, body: parsed as T };
    },
    { method, url, body },
  );
}

async function postJson(page: Page, url: string, body: unknown): Promise<number> {
  return (await callApi(page, 'POST', url, body)).status;
}

/**
 * An account with a confirmed email address, made through the public API exactly as a person would
 * (sign up, then open the link from the outbox mail), without signing in.
 */
export async function createVerifiedAccount(
  server: E2eServer,
  page: Page,
  account: E2eAccount,
  accountType: 'candidate' | 'employer',
): Promise<void> {
  await page.goto(server.url);
  const signUp = await postJson(page, '/api/auth/sign-up', { ...account, accountType, locale: 'en' });
  expect(signUp, 'sign-up status').toBeLessThan(300);
  const mail = await server.latestMailTo(account.email);
  const link = mail.text.match(/https?:\/\/\S+\/verify\?token=\S+/)?.[0];
  expect(link, mail.text).toBeTruthy();
  const token = new URL(link ?? '').searchParams.get('token');
  const verified = await postJson(page, '/api/auth/verify-email', { token });
  expect(verified, 'verify-email status').toBe(200);
}

/** A candidate with a confirmed email address (see createVerifiedAccount), not signed in. */
export async function createVerifiedCandidate(
  server: E2eServer,
  page: Page,
  account: E2eAccount,
): Promise<void> {
  await createVerifiedAccount(server, page, account, 'candidate');
}

/** Signs in through the API (for setup steps that are not what a test is about). */
export async function signInThroughApi(server: E2eServer, page: Page, account: E2eAccount): Promise<void> {
  if (!page.url().startsWith(server.url)) await page.goto(server.url);
  const signIn = await postJson(page, '/api/auth/sign-in', {
    email: account.email,
    password: account.password,
  });
  expect(signIn, `sign-in status for ${account.email}`).toBe(200);
}

/** Signs in through the sign-in form and waits for the dashboard. */
export async function signInThroughForm(server: E2eServer, page: Page, account: E2eAccount): Promise<void> {
  await page.goto(`${server.url}/sign-in`);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect
    .poll(() => page.getByText(account.displayName).first().isVisible(), { timeout: 10_000 })
    .toBe(true);
}
