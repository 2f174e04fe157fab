import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type E2eBrowser, expectAccessible, launchBrowser, screenshot } from './support/browser.js';
import { type E2eServer, startE2eServer } from './support/server.js';

const ar = JSON.parse(readFileSync(new URL('../web/src/i18n/ar.json', import.meta.url), 'utf8'));

describe('a new candidate signs up, verifies, signs in, switches to Arabic and signs out', () => {
  let server: E2eServer;
  let browser: E2eBrowser;
  beforeAll(async () => {
    server = await startE2eServer();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('walks the whole account journey in a real browser', async () => {
    const { page } = browser;
    const email = 'yasmin.khalil@example.test';
    const password = 'tensors and gradients 2026';

    await page.goto(server.url);
    await expect.poll(() => page.locator('h1').first().textContent()).toBeTruthy();
    await expectAccessible(page, 'home');
    await screenshot(page, '01-home-en');

    await page.getByRole('link', { name: 'Create account' }).first().click();
    await page.waitForURL('**/sign-up');
    await expectAccessible(page, 'sign-up');
    await page.getByLabel('Candidate').check();
    await page.getByLabel('Full name').fill('Yasmin Khalil');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await screenshot(page, '02-sign-up-en');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/check-email**');
    await expect.poll(() => page.getByRole('heading', { name: 'Check your email' }).isVisible()).toBe(true);
    await expectAccessible(page, 'check-email');

    const mail = await server.latestMailTo(email);
    const link = mail.text.match(/https?:\/\/\S+\/verify\?token=\S+/)?.[0];
    expect(link, mail.text).toBeTruthy();
    await page.goto(link ?? '');
    await expect
      .poll(() => page.getByRole('heading', { name: 'Email confirmed' }).isVisible(), { timeout: 10_000 })
      .toBe(true);
    await expectAccessible(page, 'verify');
    await screenshot(page, '03-verified-en');

    await page.goto(`${server.url}/sign-in`);
    await expectAccessible(page, 'sign-in');
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect
      .poll(() => page.getByText('Yasmin Khalil').first().isVisible(), { timeout: 10_000 })
      .toBe(true);
    await expectAccessible(page, 'dashboard');
    await screenshot(page, '04-dashboard-en');

    await page.getByRole('button', { name: 'العربية' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
    await expectAccessible(page, 'dashboard-ar');
    await screenshot(page, '05-dashboard-ar');

    // The choice survives a reload.
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');

    await page.goto(`${server.url}/account`);
    await expect.poll(() => page.locator('h1').first().isVisible()).toBe(true);
    await expectAccessible(page, 'account-ar');
    await screenshot(page, '06-account-ar');

    await page.getByRole('button', { name: /Yasmin Khalil/ }).click();
    await page.getByRole('banner').getByRole('button', { name: ar.userMenu.signOut }).click();
    await expect
      .poll(() => page.getByRole('link', { name: ar.nav.signIn }).first().isVisible(), { timeout: 10_000 })
      .toBe(true);
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
    expect(me).toBe(401);
    await screenshot(page, '07-signed-out-ar');
  });
});
