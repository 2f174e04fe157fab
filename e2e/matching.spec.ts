import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { createVerifiedCandidate, type E2eAccount, signInThroughForm } from './support/accounts.js';
import {
  type E2eBrowser,
  expectAccessible,
  launchBrowser,
  SCREENSHOT_DIR,
  screenshotFromTop,
  visible,
} from './support/browser.js';
import { verifiedOrganisationWithOpenPositions } from './support/marketplace.js';
import { type E2eServer, startE2eServer } from './support/server.js';

const ar = JSON.parse(readFileSync(new URL('../web/src/i18n/ar.json', import.meta.url), 'utf8'));

const employer: E2eAccount = {
  displayName: 'Hessa Al-Suwaidi',
  email: 'hessa@desertsignal.example',
  password: 'gradient descent at dawn 2026',
};
const admin: E2eAccount = {
  displayName: 'Karim Platform',
  email: 'karim.admin@example.test',
  password: 'verified before published 2026',
};
const candidate: E2eAccount = {
  displayName: 'Yusuf Rahman',
  email: 'yusuf.rahman@example.test',
  password: 'backprop through the souk 2026',
};
const domain = 'desertsignal.example';
const title = 'Machine Learning Engineer, Demand Forecasting';

const shot = (page: Page, name: string) => screenshotFromTop(page, name);

/** One group of skill reasons on a match (matched, missing…), found by its heading. */
function skillGroup(scope: Locator, page: Page, heading: string): Locator {
  return scope.locator('.skill-group', { has: page.getByRole('heading', { name: heading, exact: true }) });
}

/** The score a match card says out loud ("54.3 out of 100"), as a number. */
async function spokenScore(scope: Locator): Promise<number> {
  const text =
    (await scope
      .getByText(/^[\d.]+ out of 100$/)
      .first()
      .textContent()) ?? '';
  const score = Number.parseFloat(text);
  expect(Number.isFinite(score), `score text: ${text}`).toBe(true);
  return score;
}

/** Adds a skill through the profile's skill picker and sets its proficiency (not yet saved). */
async function addSkill(page: Page, query: string, name: string, level: string): Promise<void> {
  const picker = page.getByRole('combobox', { name: 'Add a skill' });
  await picker.fill(query);
  const option = page.getByRole('option', { name: new RegExp(`^${name}\\b`) }).first();
  await visible(option);
  await option.click();
  await visible(page.getByText(`${name} added. Set your proficiency, then save your skills.`));
  const scale = page.getByRole('group', { name: `Proficiency in ${name}` });
  await scale.getByRole('radio', { name: level }).check();
  expect(await scale.getByRole('radio', { name: level }).isChecked()).toBe(true);
}

async function saveSkills(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save skills' }).click();
  await visible(page.getByText('Your skills have been saved.'));
}

async function openMatches(page: Page): Promise<Locator> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Matches' }).click();
  await page.waitForURL('**/matches');
  await visible(page.getByRole('heading', { name: 'Your matches', level: 1 }));
  const card = page.getByRole('article', { name: title });
  await visible(card, 15_000);
  return card;
}

describe('a candidate adds a missing required skill and sees the match rise', () => {
  let server: E2eServer;
  /** The employer's and the administrator's browser (one identity at a time). */
  let office: E2eBrowser;
  let home: E2eBrowser;
  let positionId = '';

  beforeAll(async () => {
    server = await startE2eServer();
    office = await launchBrowser();
    home = await launchBrowser();
  });
  afterAll(async () => {
    await home?.close();
    await office?.close();
    await server?.stop();
  });

  it('sets up a verified organisation with an open, funded position through the API', async () => {
    const opened = await verifiedOrganisationWithOpenPositions(server, office.page, {
      employer,
      admin,
      organisation: {
        name: 'Desert Signal',
        domain,
        city: 'Dubai',
        industry: 'Retail forecasting',
        description: 'Demand forecasting for grocers across the Gulf.',
        registrationNumber: 'DED-7654321',
      },
      positions: [
        {
          title,
          description: 'Forecast demand for 400 stores with **PyTorch** and Python.',
          city: 'Dubai',
          requiredSkills: [
            { skillId: 'pytorch', minProficiency: 3 },
            { skillId: 'python', minProficiency: 3 },
          ],
          salary: { min: 25_000, max: 38_000 },
          headcount: 1,
          budget: { min: 300_000, max: 456_000 },
        },
      ],
    });
    positionId = opened.positionIds[0] ?? '';
  });

  it('a candidate adds the missing PyTorch, and the match rises with PyTorch among the reasons', async () => {
    expect(positionId, 'the setup test opened a position').not.toBe('');
    const { page } = home;
    onTestFailed(async () => {
      await shot(page, 'm99-failure');
    });

    await createVerifiedCandidate(server, page, candidate);
    await signInThroughForm(server, page, candidate);

    // Basics: where the candidate lives and for how long they have worked.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile' }).click();
    await page.waitForURL('**/profile');
    const basics = page.getByRole('region', { name: 'Basics' });
    await visible(basics.getByRole('button', { name: 'Save basics' }));
    await basics.getByLabel('Country').selectOption('AE');
    await basics.getByLabel('City').fill('Dubai');
    await basics.getByLabel('Years of experience').fill('3');
    await basics.getByRole('button', { name: 'Save basics' }).click();
    await visible(basics.getByText('Your basics have been saved.'));

    // One of the two required skills: Python, at Advanced.
    await addSkill(page, 'Python', 'Python', 'Advanced');
    await saveSkills(page);
    await expectAccessible(page, 'profile-python');
    await shot(page, 'm01-profile-python-en');

    // Matches: the position, scored, with PyTorch missing and suggested as the way up.
    let card = await openMatches(page);
    const before = await spokenScore(card);
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThan(100);
    const missing = skillGroup(card, page, 'Missing required skills');
    await visible(missing.getByRole('listitem').filter({ hasText: 'PyTorch' }));
    const matched = skillGroup(card, page, 'Skills that match');
    await visible(matched.getByRole('listitem').filter({ hasText: 'Python' }));
    expect(await matched.getByText('PyTorch').count()).toBe(0);
    const raise = skillGroup(card, page, 'How to raise this match');
    await visible(raise.getByRole('listitem').filter({ hasText: 'PyTorch' }));
    await expectAccessible(page, 'matches-before');
    await shot(page, 'm02-matches-before-en');

    // The full explanation of that match: the same missing skill, and the score taken apart.
    await card.getByRole('link', { name: `Full explanation of the match with ${title}` }).click();
    await page.waitForURL(`**/matches/explain?positionId=${positionId}`);
    await visible(page.getByRole('heading', { name: 'How the score is made' }));
    await visible(page.getByRole('table', { name: 'Points each component adds to the match score' }));
    expect(await spokenScore(page.locator('main'))).toBe(before);
    await visible(
      skillGroup(page.locator('main'), page, 'Missing required skills').getByText('PyTorch', { exact: true }),
    );
    await expectAccessible(page, 'match-explanation');
    await shot(page, 'm03-match-explanation-en');
    // Opened straight from its address (a bookmark, a shared link), it still names the position.
    await page.goto(`${server.url}/matches/explain?positionId=${positionId}`);
    await visible(page.getByRole('heading', { name: title, level: 2 }));

    // Back on the profile, the missing skill is added through the picker.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile' }).click();
    await page.waitForURL('**/profile');
    await addSkill(page, 'pytorch', 'PyTorch', 'Advanced');
    const skills = page.getByRole('list', { name: 'Your skills' });
    expect(await skills.getByRole('listitem').count()).toBe(2);
    await saveSkills(page);
    await expectAccessible(page, 'profile-pytorch');
    await shot(page, 'm04-profile-pytorch-en');

    // The match has risen, and PyTorch is now a reason for it rather than a gap.
    card = await openMatches(page);
    await expect.poll(() => spokenScore(card), { timeout: 10_000 }).toBeGreaterThan(before);
    const after = await spokenScore(card);
    await visible(
      skillGroup(card, page, 'Skills that match').getByRole('listitem').filter({ hasText: 'PyTorch' }),
    );
    await visible(
      skillGroup(card, page, 'Missing required skills').getByText('Every required skill is there.'),
    );
    await expectAccessible(page, 'matches-after');
    await shot(page, 'm05-matches-after-en');
    console.info(`match score for "${title}": ${before} → ${after}`);
  });

  it('the employer sees the candidate ranked and the explanation drawer with its chart', async () => {
    const { page } = office;
    onTestFailed(async () => {
      await shot(page, 'm98-failure');
    });
    await signInThroughForm(server, page, employer);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Positions' }).click();
    await page.getByRole('link', { name: `Candidates for ${title}` }).click();
    await page.waitForURL(`**/positions/${positionId}/candidates`);
    await visible(page.getByRole('heading', { name: title, level: 1 }));

    const ranked = page.getByRole('region', { name: 'Ranked candidates' });
    await visible(ranked.getByText('1 candidate shown'), 15_000);
    const row = ranked.getByRole('article').filter({ hasText: candidate.displayName });
    await visible(row);
    await visible(row.getByText('Rank 1', { exact: true }));
    await visible(row.getByText('Has every required skill'));
    const rowScore = await spokenScore(row);
    expect(rowScore).toBeGreaterThan(0);
    await expectAccessible(page, 'candidates');
    await shot(page, 'm06-candidates-en');

    await row.getByRole('button', { name: new RegExp(`^${candidate.displayName}`) }).click();
    const drawer = page.getByRole('dialog', { name: candidate.displayName });
    await visible(drawer);
    await visible(drawer.getByText('Rank 1'));
    await visible(drawer.getByRole('heading', { name: 'How the score is made' }));
    expect(await drawer.locator('.contribution-chart__bar').count()).toBe(7);
    const table = drawer.getByRole('table', { name: 'Points each component adds to the match score' });
    await visible(table);
    await visible(table.getByRole('rowheader', { name: 'Required skills' }));
    // One row per component, between the header and the total.
    expect(await table.getByRole('row').count()).toBe(9);
    await visible(skillGroup(drawer, page, 'Skills that match').getByText('PyTorch', { exact: true }));
    expect(await spokenScore(drawer)).toBe(rowScore);
    await expectAccessible(page, 'candidates-drawer');
    // The drawer is a modal over the viewport: a full-page capture would cut its backdrop off.
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'm07-candidate-drawer-en.png') });
    await table.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'm08-candidate-drawer-table-en.png') });

    // Saving from the keyboard keeps focus on the button while and after the request runs.
    const save = drawer.getByRole('button', { name: `Save ${candidate.displayName}` });
    await save.focus();
    await page.keyboard.press('Enter');
    await visible(drawer.getByText('Saved', { exact: true }));
    expect(await save.evaluate((button) => button === document.activeElement)).toBe(true);
    // Dismissing opens a dialog over the drawer; cancelling it leaves the drawer open, focus back
    // on the Dismiss button.
    const dismissButton = drawer.getByRole('button', { name: `Dismiss ${candidate.displayName}` });
    await dismissButton.click();
    const dismiss = page.getByRole('dialog', { name: /^Dismiss/ });
    await visible(dismiss);
    await page.keyboard.press('Escape');
    await expect.poll(() => dismiss.isVisible()).toBe(false);
    expect(await drawer.isVisible()).toBe(true);
    expect(await dismissButton.evaluate((button) => button === document.activeElement)).toBe(true);
    await drawer.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => drawer.isVisible()).toBe(false);

    // A minimum score from a link that is none of the offered choices still shows in its box.
    await page.goto(`${server.url}/positions/${positionId}/candidates?minScore=55`);
    const minimum = page.getByLabel('Minimum score');
    await expect.poll(() => minimum.inputValue()).toBe('55');
    // Skills narrow the list to candidates listing every one: PyTorch keeps them, Spark does not.
    await page.goto(`${server.url}/positions/${positionId}/candidates`);
    await visible(ranked.getByText('1 candidate shown'), 15_000);
    const skills = page.getByRole('combobox', { name: 'Skills' });
    await skills.fill('PyTorch');
    await page
      .getByRole('option', { name: /^PyTorch\b/ })
      .first()
      .click();
    await page.waitForURL(/skills=pytorch$/);
    await visible(ranked.getByText('1 candidate shown'));
    await skills.fill('Apache Spark');
    await page
      .getByRole('option', { name: /^Apache Spark\b/ })
      .first()
      .click();
    await page.waitForURL(/skills=pytorch%2Capache-spark$/);
    await visible(page.getByText('No candidates match with these filters. Try fewer of them.'));
    await visible(page.getByRole('button', { name: 'Remove Apache Spark' }));
    await expectAccessible(page, 'candidates-skills-filter');
    await shot(page, 'm10-candidates-skills-filter-en');
    // A link naming a skill the taxonomy does not have keeps the rest of the filter and says so.
    await page.goto(`${server.url}/positions/${positionId}/candidates?skills=pytorch,no-such-skill`);
    await visible(
      // The name is isolated (first-strong isolate … pop) inside the sentence.
      page.getByText(
        /^Left out of the filter, as they are not in our skill list: \u2068no-such-skill\u2069\.$/,
      ),
      15_000,
    );
    await visible(ranked.getByText('1 candidate shown'));
    await shot(page, 'm11-candidates-unknown-skill-en');

    // Dismissed with a reason, the candidate stays in view until the list is loaded again; then
    // the list leaves them out and offers to show them.
    await page.goto(`${server.url}/positions/${positionId}/candidates`);
    await visible(ranked.getByText('1 candidate shown'), 15_000);
    await row.getByRole('button', { name: new RegExp(`^${candidate.displayName}`) }).click();
    await visible(drawer);
    await drawer.getByRole('button', { name: `Dismiss ${candidate.displayName}` }).click();
    await visible(dismiss);
    await dismiss.getByLabel('Reason').selectOption({ label: 'Skills gap' });
    await dismiss.getByRole('button', { name: 'Dismiss candidate' }).click();
    await visible(drawer.getByText('Dismissed: Skills gap', { exact: true }));
    await drawer.getByRole('button', { name: 'Close' }).click();
    await visible(row);
    await page.reload();
    const show = page.getByRole('button', { name: 'Show 1 dismissed' });
    await visible(show, 15_000);
    expect(await row.count()).toBe(0);
    await visible(
      page.getByText(
        'You have dismissed every candidate listed so far. Load more, or show the dismissed ones again.',
      ),
    );
    await show.click();
    await visible(row);
    await visible(page.getByRole('button', { name: 'Hide 1 dismissed' }));
    await expectAccessible(page, 'candidates-dismissed-shown');
    await shot(page, 'm12-candidates-dismissed-shown-en');

    // A position that is not there (or not this organisation's) says so and leads back.
    await page.goto(`${server.url}/positions/00000000-0000-4000-8000-000000000000/candidates`);
    await visible(page.getByRole('heading', { name: 'Position not found', level: 1 }));
    await visible(page.getByRole('link', { name: 'Go to your positions' }));
    await page.goto(`${server.url}/positions/not-a-position/candidates`);
    await visible(page.getByRole('heading', { name: 'Position not found', level: 1 }));
    await shot(page, 'm09-candidates-position-not-found-en');
  });

  it('the Matches page reads right to left in Arabic', async () => {
    const { page } = home;
    onTestFailed(async () => {
      await shot(page, 'm97-failure');
    });
    await page.goto(`${server.url}/matches`);
    await visible(page.getByRole('article', { name: title }), 15_000);
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
    await visible(page.getByRole('heading', { name: ar.matching.title, level: 1 }));
    const card = page.getByRole('article', { name: title });
    await visible(card.getByRole('heading', { name: ar.matching.skills.matched }));
    await visible(card.getByText(ar.matching.skills.noneMissing));
    await expectAccessible(page, 'matches-ar');
    await shot(page, 'm09-matches-ar');
  });
});
