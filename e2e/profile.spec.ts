import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedDataDir } from '../src/config/paths.js';
import { createVerifiedCandidate, type E2eAccount, signInThroughForm } from './support/accounts.js';
import { type E2eBrowser, expectAccessible, launchBrowser, screenshot } from './support/browser.js';
import { type E2eServer, startE2eServer } from './support/server.js';

const sampleResume = path.join(sharedDataDir() ?? '/nonexistent', 'jsonresume', 'sample.resume.json');
const ar = JSON.parse(readFileSync(new URL('../web/src/i18n/ar.json', import.meta.url), 'utf8'));

const candidate: E2eAccount = {
  displayName: 'Noura Al-Mansouri',
  email: 'noura.almansouri@example.test',
  password: 'attention is all you need 2026',
};

describe('a candidate imports a JSON Resume, fixes a skill and checks what employers see', () => {
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

  it('walks the whole profile journey in a real browser', async () => {
    const { page } = browser;
    const resume = JSON.parse(readFileSync(sampleResume, 'utf8'));

    await createVerifiedCandidate(server, page, candidate);
    await expectAccessible(page, 'home');
    await page.goto(`${server.url}/sign-in`);
    await expectAccessible(page, 'sign-in');
    await signInThroughForm(server, page, candidate);
    await expectAccessible(page, 'dashboard');

    // The profile is one click away for a candidate.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile' }).click();
    await page.waitForURL('**/profile');
    await expect
      .poll(() => page.getByRole('button', { name: 'Save basics' }).isVisible(), { timeout: 10_000 })
      .toBe(true);
    await expect.poll(() => page.getByRole('progressbar').isVisible()).toBe(true);
    await expectAccessible(page, 'profile-empty');
    await screenshot(page, 'p01-profile-empty-en');

    // Import: choose the file, preview the changes, then apply them.
    await page.getByRole('link', { name: 'Import and export' }).click();
    await page.waitForURL('**/profile/import');
    await expectAccessible(page, 'import');
    await page.getByLabel('JSON Resume file').setInputFiles(sampleResume);
    await expect.poll(() => page.getByText('Chosen: sample.resume.json').isVisible()).toBe(true);
    await page.getByLabel('Merge with my profile').check();
    await page.getByRole('button', { name: 'Preview changes' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Preview of changes' }).isVisible(), { timeout: 15_000 })
      .toBe(true);
    const unmatchedRegion = page.getByRole('region', { name: /unrecognised skill/ });
    const unmatched = (await unmatchedRegion.getByRole('listitem').allTextContents()).map((s) => s.trim());
    expect(unmatched.length, 'the sample résumé has skills outside the taxonomy').toBeGreaterThan(0);
    const custom = unmatched[0] ?? '';
    await expectAccessible(page, 'import-preview');
    await screenshot(page, 'p02-import-preview-en');

    // A dry run saves nothing.
    const before = await page.evaluate(async () => (await fetch('/api/profile')).json());
    expect(before.items).toHaveLength(0);

    await page.getByRole('button', { name: 'Apply import' }).click();
    await expect
      .poll(() => page.getByRole('heading', { name: 'Import complete' }).isVisible(), { timeout: 15_000 })
      .toBe(true);
    await expectAccessible(page, 'import-done');
    await screenshot(page, 'p03-import-done-en');
    const imported = await page.evaluate(async () => (await fetch('/api/profile')).json());
    expect(imported.items.length).toBeGreaterThan(0);
    expect(imported.customSkills.map((c: { name: string }) => c.name)).toContain(custom);

    // The unverified skill is matched to a canonical one through the picker, by an alias.
    await page.getByRole('link', { name: 'Review my skills' }).click();
    await page.waitForURL('**/profile#skills');
    const matchButton = page.getByRole('button', { name: `Match to a skill: ${custom}` });
    await expect.poll(() => matchButton.isVisible(), { timeout: 10_000 }).toBe(true);
    await matchButton.click();
    const picker = page.getByRole('combobox', { name: `Skill that “${custom}” means` });
    await expect.poll(() => picker.inputValue()).toBe(custom);
    await picker.fill('k8s');
    const option = page.getByRole('option', { name: /Kubernetes/ });
    await expect.poll(() => option.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await picker.getAttribute('aria-expanded')).toBe('true');
    // Keyboard: the first suggestion becomes active with the down arrow, and Enter picks it.
    await picker.press('ArrowDown');
    await expect.poll(() => picker.getAttribute('aria-activedescendant')).toBeTruthy();
    await picker.press('Enter');
    await expect
      .poll(() => page.getByText(`“${custom}” is now Kubernetes.`, { exact: false }).isVisible())
      .toBe(true);
    await page.getByRole('button', { name: 'Save skills' }).click();
    await expect
      .poll(() => page.getByText('Your skills have been saved.').isVisible(), { timeout: 10_000 })
      .toBe(true);
    expect(await matchButton.count()).toBe(0);
    const fixed = await page.evaluate(async () => (await fetch('/api/profile')).json());
    expect(fixed.skills.map((s: { name: string }) => s.name)).toContain('Kubernetes');
    expect(fixed.customSkills.map((c: { name: string }) => c.name)).not.toContain(custom);
    await expectAccessible(page, 'profile-after-import');
    await screenshot(page, 'p04-profile-after-import-en');

    // Anonymous visibility, then the employer preview in that mode.
    await page
      .getByRole('navigation', { name: 'Sections' })
      .getByRole('link', { name: 'Visibility' })
      .click();
    await page.getByLabel('Anonymous', { exact: true }).check();
    await page.getByRole('button', { name: 'Save visibility' }).click();
    await expect
      .poll(() => page.getByText('Your visibility settings have been saved.').isVisible(), {
        timeout: 10_000,
      })
      .toBe(true);
    await page.getByRole('link', { name: 'See what employers see' }).click();
    await page.waitForURL('**/profile/preview?mode=anonymous');
    await expect.poll(() => page.getByText('This is what employers see').isVisible()).toBe(true);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Anonymous candidate' }).isVisible(), { timeout: 10_000 })
      .toBe(true);
    expect(await page.getByLabel('Anonymous', { exact: true }).isChecked()).toBe(true);
    const shown = (await page.locator('main').textContent()) ?? '';
    expect(shown).not.toContain(candidate.displayName);
    expect(shown).not.toContain(candidate.email);
    expect(shown).not.toContain(resume.basics.name);
    expect(shown).not.toContain(resume.basics.email);
    await expectAccessible(page, 'preview-anonymous');
    await screenshot(page, 'p05-preview-anonymous-en');

    // The same editor in Arabic, right to left.
    await page.goto(`${server.url}/profile`);
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await expect
      .poll(() => page.getByRole('button', { name: ar.profile.skills.save }).isVisible(), { timeout: 10_000 })
      .toBe(true);
    await expect.poll(() => page.getByRole('heading', { name: ar.profile.title }).isVisible()).toBe(true);
    await expectAccessible(page, 'profile-ar');
    await screenshot(page, 'p06-profile-ar');
    await page.setViewportSize({ width: 390, height: 844 });
    await expect.poll(() => page.getByRole('heading', { name: ar.profile.title }).isVisible()).toBe(true);
    await expectAccessible(page, 'profile-ar-phone');
    await screenshot(page, 'p07-profile-ar-390');
  });
});
