import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { E2eServer } from './server.js';

export interface E2eAccount {
  displayName: string;
  email: string;
  password: string;
}

/** Calls the API from inside the page, so the browser's own cookies and the CSRF token are used. */
async function postJson(page: Page, url: string, body: unknown): Promise<number> {
  return page.evaluate(
    async ({ url, body }) => {
      const csrf = (await (await fetch('/api/auth/csrf')).json()) as { token: string };
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrf.token },
        body: JSON.stringify(body),
      });
      return response.status;
    },
    { url, body },
  );
}

/**
 * A candidate with a confirmed email address, made through the public API exactly as a person would
 * (sign up, then open the link from the outbox mail), without signing in.
 */
export async function createVerifiedCandidate(
  server: E2eServer,
  page: Page,
  account: E2eAccount,
): Promise<void> {
  await page.goto(server.url);
  const signUp = await postJson(page, '/api/auth/sign-up', {
    ...account,
    accountType: 'candidate',
    locale: 'en',
  });
  expect(signUp, 'sign-up status').toBeLessThan(300);
  const mail = await server.latestMailTo(account.email);
  const link = mail.text.match(/https?:\/\/\S+\/verify\?token=\S+/)?.[0];
  expect(link, mail.text).toBeTruthy();
  const token = new URL(link ?? '').searchParams.get('token');
  const verified = await postJson(page, '/api/auth/verify-email', { token });
  expect(verified, 'verify-email status').toBe(200);
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
