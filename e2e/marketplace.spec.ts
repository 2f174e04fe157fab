import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { unsubscribeTokens } from '../src/modules/notifications/unsubscribe-token.js';
import {
  callApi,
  createVerifiedCandidate,
  type E2eAccount,
  signInThroughApi,
  signInThroughForm,
} from './support/accounts.js';
import {
  type E2eBrowser,
  expectAccessible,
  launchBrowser,
  screenshot,
  screenshotFromTop,
  visible,
} from './support/browser.js';
import { dayAhead, verifiedOrganisationWithOpenPositions } from './support/marketplace.js';
import { type E2eServer, startE2eServer } from './support/server.js';

const ar = JSON.parse(readFileSync(new URL('../web/src/i18n/ar.json', import.meta.url), 'utf8'));
const SHOTS = '/tmp/shots-marketplace';
// The e2e server's session secret (e2e/support/server.ts); unsubscribe tokens are signed with a key from it.
const SESSION_SECRET = 'e2e-secret-e2e-secret-e2e-secret-0000';

const employer: E2eAccount = {
  displayName: 'Maha Al-Kaabi',
  email: 'maha@falconforecast.example',
  password: 'gradient descent at dawn 2026',
};
const admin: E2eAccount = {
  displayName: 'Karim Platform',
  email: 'karim.admin@example.test',
  password: 'verified before published 2026',
};
const candidate: E2eAccount = {
  displayName: 'Layla Haddad',
  email: 'layla.haddad@example.test',
  password: 'attention is all she needs 2026',
};
const domain = 'falconforecast.example';
const title = 'Applied Scientist, Retail Forecasting';
const secondTitle = 'Forecasting Engineer, Supply Chain';
const introMessage =
  'Your forecasting work looks like a strong fit for our retail demand team in Dubai. Would you like to talk?';

async function setLanguage(page: Page, language: 'en' | 'ar'): Promise<void> {
  await page.getByRole('button', { name: language === 'ar' ? 'العربية' : 'English' }).click();
  await expect
    .poll(() => page.evaluate(() => document.documentElement.dir))
    .toBe(language === 'ar' ? 'rtl' : 'ltr');
}

const capture = (page: Page, name: string) => screenshotFromTop(page, name, SHOTS);

/**
 * Checks a page with axe in English and Arabic and captures it in both, on a desktop and at 390 px
 * wide; `ready` waits for the content that tells the page has loaded (in either language).
 */
async function tour(page: Page, name: string, ready: () => Promise<void>): Promise<void> {
  await ready();
  await expectAccessible(page, `${name}-en`);
  await capture(page, `${name}-en`);
  await page.setViewportSize({ width: 390, height: 844 });
  await capture(page, `${name}-en-390`);
  await page.setViewportSize({ width: 1280, height: 860 });
  await setLanguage(page, 'ar');
  await ready();
  await expectAccessible(page, `${name}-ar`);
  await capture(page, `${name}-ar`);
  await page.setViewportSize({ width: 390, height: 844 });
  await capture(page, `${name}-ar-390`);
  await page.setViewportSize({ width: 1280, height: 860 });
  await setLanguage(page, 'en');
  await screenshot(page, `mk-${name}`);
}

describe('the marketplace loop: introduction, reveal, messages, offer, hire, outcomes', () => {
  let server: E2eServer;
  let office: E2eBrowser;
  let home: E2eBrowser;
  let positionId = '';
  let organisationId = '';
  let candidateUserId = '';
  let applicationId = '';

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

  it('sets up a verified organisation, an open position and an anonymous candidate through the API', async () => {
    const opened = await verifiedOrganisationWithOpenPositions(server, office.page, {
      employer,
      admin,
      organisation: {
        name: 'Falcon Forecast',
        domain,
        city: 'Dubai',
        industry: 'Retail forecasting',
        description: 'Demand forecasting for grocers across the Gulf.',
        registrationNumber: 'DED-1234567',
      },
      positions: [title, secondTitle].map((positionTitle) => ({
        title: positionTitle,
        description: 'Forecast demand for 400 stores with **PyTorch** and Python.',
        city: 'Dubai',
        requiredSkills: [
          { skillId: 'pytorch', minProficiency: 3 },
          { skillId: 'python', minProficiency: 3 },
        ],
        salary: { min: 25_000, max: 38_000 },
        headcount: 2,
        budget: { min: 600_000, max: 912_000 },
      })),
    });
    organisationId = opened.organisationId;
    positionId = opened.positionIds[0] ?? '';

    // The candidate: skills that match, open to work, and anonymous to employers.
    const cp = home.page;
    await createVerifiedCandidate(server, cp, candidate);
    await signInThroughApi(server, cp, candidate);
    const basics = await callApi(cp, 'PUT', '/api/profile/basics', {
      headline: 'Forecasting engineer, time series at scale',
      summary: '',
      country: 'AE',
      city: 'Dubai',
      yearsExperience: 4,
      languages: [],
    });
    expect(basics.status, JSON.stringify(basics.body)).toBe(200);
    const goals = await callApi(cp, 'PUT', '/api/profile/goals', {
      targetRoleFamily: 'ml_engineer',
      targetLevel: 'mid',
      targetTrack: null,
      desiredCountries: ['AE'],
      remotePreference: 'any',
      willingToRelocate: true,
      minimumPay: null,
      noticePeriodWeeks: 4,
      openToWork: true,
    });
    expect(goals.status, JSON.stringify(goals.body)).toBe(200);
    const skills = await callApi(cp, 'PUT', '/api/profile/skills', {
      skills: [
        { skillId: 'python', proficiency: 4, years: 4, lastUsed: null, evidence: [] },
        { skillId: 'pytorch', proficiency: 4, years: 3, lastUsed: null, evidence: [] },
      ],
      customSkills: [],
    });
    expect(skills.status, JSON.stringify(skills.body)).toBe(200);
    const visibility = await callApi(cp, 'PUT', '/api/profile/visibility', {
      visibility: 'anonymous',
      blockedDomains: [],
    });
    expect(visibility.status, JSON.stringify(visibility.body)).toBe(200);
    const me = await callApi<{ user: { id: string } }>(cp, 'GET', '/api/auth/me');
    candidateUserId = me.body.user.id;
    expect(candidateUserId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await callApi(cp, 'POST', '/api/auth/sign-out')).status).toBe(204);
  });

  it('the recruiter asks to be introduced to the anonymous candidate from the ranked list', async () => {
    const { page } = office;
    onTestFailed(async () => {
      await screenshot(page, 'mk-99-failure-office');
    });
    await signInThroughForm(server, page, employer);
    await page.goto(`${server.url}/positions/${positionId}/candidates`);
    const ranked = page.getByRole('region', { name: 'Ranked candidates' });
    const row = ranked.getByRole('article').filter({ hasText: 'Anonymous candidate' }).first();
    await visible(row, 20_000);
    expect(await ranked.getByText(candidate.displayName).count()).toBe(0);
    await row.getByRole('button', { name: /^Request introduction: Anonymous candidate/ }).click();
    const dialog = page.getByRole('dialog', { name: /^Request an introduction to/ });
    await visible(dialog);
    // Too short a message is refused before anything is sent.
    await dialog.getByLabel('Your message').fill('Hello there');
    await dialog.getByRole('button', { name: 'Send request' }).click();
    await visible(dialog.getByText('Write at least 20 characters.'));
    await dialog.getByLabel('Your message').fill(introMessage);
    await expectAccessible(page, 'introduction-dialog');
    await page.screenshot({ path: path.join(SHOTS, 'introduction-dialog-en.png') });
    await dialog.getByRole('button', { name: 'Send request' }).click();
    await visible(row.getByText('Introduction requested'));

    // Asking twice is refused by the API, and said in the dialog.
    const again = await callApi(page, 'POST', `/api/positions/${positionId}/introductions`, {
      candidateId: candidateUserId,
      message: introMessage,
    });
    expect(again.status).toBe(409);
    await tour(page, 'candidates', () =>
      visible(page.getByRole('navigation', { name: /Position views|عروض الوظيفة/ })),
    );
  });

  it('the candidate sees the request with its message, and accepts: their identity goes to that organisation only', async () => {
    const { page } = home;
    onTestFailed(async () => {
      await screenshot(page, 'mk-98-failure-home');
    });
    await signInThroughForm(server, page, candidate);
    // The bell counts the introduction request.
    await visible(page.getByRole('link', { name: /^Notifications, \d+ unread$/ }));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Applications' }).click();
    await page.waitForURL('**/applications');
    const card = page.getByRole('article', { name: title });
    await visible(card);
    await visible(card.getByText(introMessage));
    await visible(card.getByText(/reveals your name and contact details to .*Falcon Forecast.* only/));
    await tour(page, 'applications-introduction', () => visible(page.getByRole('article', { name: title })));
    await card.getByRole('button', { name: `Accept and reveal my identity for ${title}` }).click();
    await visible(page.getByText('Introduction accepted.', { exact: false }));
    const application = page.locator('.application-card').filter({ hasText: title });
    await visible(application);
    await visible(application.getByText('Sourced', { exact: true }));
    const applications = await callApi<{ applications: Array<{ id: string }> }>(
      page,
      'GET',
      '/api/applications',
    );
    applicationId = applications.body.applications[0]?.id ?? '';
    expect(applicationId).not.toBe('');
  });

  it('the name appears to the recruiter, and the two exchange messages live', async () => {
    const recruiter = office.page;
    const person = home.page;
    onTestFailed(async () => {
      await screenshot(recruiter, 'mk-97-failure-office');
      await screenshot(person, 'mk-97-failure-home');
    });
    await recruiter.goto(`${server.url}/positions/${positionId}/pipeline`);
    const sourced = recruiter.getByRole('region', { name: /^Sourced/ });
    const card = sourced.getByRole('article', { name: candidate.displayName });
    await visible(card, 15_000);
    await visible(card.getByText(candidate.email));
    await tour(recruiter, 'pipeline', () =>
      visible(recruiter.locator('.pipeline-card').filter({ hasText: candidate.displayName })),
    );

    // The candidate opens the conversation first, then waits on it.
    await person.goto(`${server.url}/applications/${applicationId}`);
    await person.getByRole('link', { name: new RegExp(`^Messages about ${title}`) }).click();
    await person.waitForURL(`**/messages/${applicationId}`);
    await visible(person.getByText('No messages yet. Write the first one.'));

    await card.getByRole('link', { name: new RegExp(`^Messages with ${candidate.displayName}`) }).click();
    await recruiter.waitForURL(`**/messages/${applicationId}`);
    await recruiter.getByLabel('Your message').fill('Thank you for accepting! **Shall we talk** on Sunday?');
    await recruiter.getByRole('button', { name: 'Send' }).click();
    await visible(recruiter.locator('.message--mine strong', { hasText: 'Shall we talk' }));

    // Arrives live on the candidate's open page, rendered from the API's sanitised HTML.
    await visible(person.locator('.message strong', { hasText: 'Shall we talk' }), 15_000);
    await visible(person.locator('.message__sender', { hasText: employer.displayName }));
    await visible(person.getByRole('status').filter({ hasText: `New message from ${employer.displayName}` }));
    await person.getByLabel('Your message').fill('Sunday works. <script>alert(1)</script> *Looking forward*');
    await person.getByRole('button', { name: 'Send' }).click();
    await visible(recruiter.locator('.message em', { hasText: 'Looking forward' }), 15_000);
    expect(await recruiter.locator('.message script').count()).toBe(0);
    await tour(person, 'thread', () =>
      visible(person.locator('.message em', { hasText: 'Looking forward' })),
    );
  });

  it('the recruiter moves the application to the offer stage and records an offer', async () => {
    const { page } = office;
    onTestFailed(async () => {
      await screenshot(page, 'mk-96-failure-office');
    });
    await page.goto(`${server.url}/positions/${positionId}/pipeline`);
    const card = () => page.getByRole('article', { name: candidate.displayName });
    await visible(card(), 15_000);
    await card()
      .getByRole('button', { name: `Move to Interviewing: ${candidate.displayName}` })
      .click();
    await visible(
      page
        .getByRole('region', { name: /^Interviewing/ })
        .getByRole('article', { name: candidate.displayName }),
    );
    await card()
      .getByRole('button', { name: `Move to Offer: ${candidate.displayName}` })
      .click();
    const atOffer = page
      .getByRole('region', { name: /^Offer/ })
      .getByRole('article', { name: candidate.displayName });
    await visible(atOffer);
    await atOffer.getByRole('button', { name: `Record offer for ${candidate.displayName}` }).click();
    const dialog = page.getByRole('dialog', { name: /^Offer for/ });
    await visible(dialog);
    await dialog.getByLabel('Base pay').fill('32000');
    await dialog.getByLabel('Currency').selectOption('AED');
    await dialog.getByLabel('Per').selectOption('month');
    await dialog.getByLabel('Start date').fill(dayAhead(45));
    await dialog.getByLabel('Housing').fill('6000');
    await dialog.getByLabel('Transport').fill('1500');
    await expectAccessible(page, 'offer-dialog');
    await page.screenshot({ path: path.join(SHOTS, 'offer-dialog-en.png') });
    await dialog.getByRole('button', { name: 'Record offer' }).click();
    await visible(
      page
        .getByRole('region', { name: /^Offer/ })
        .getByRole('article', { name: candidate.displayName })
        .getByText('Waiting for the candidate'),
    );
  });

  it('the candidate accepts the offer, sharing it anonymously, and the application shows it', async () => {
    const { page } = home;
    onTestFailed(async () => {
      await screenshot(page, 'mk-95-failure-home');
    });
    await page.goto(`${server.url}/applications/${applicationId}`);
    const application = page.locator('.application-card').filter({ hasText: title });
    await visible(application.getByText('Waiting for the candidate'));
    const share = application.getByRole('checkbox', { name: /Share this offer anonymously/ });
    expect(await share.isChecked()).toBe(false);
    await tour(page, 'applications-offer', () => visible(page.locator('.application-card').first()));
    await application.getByRole('checkbox', { name: /Share this offer anonymously/ }).check();
    await application.getByRole('button', { name: 'Accept offer' }).click();
    await visible(application.getByText('Shared anonymously with the salary benchmarks. Thank you.'));
    // Hired, the candidate is off the market until they switch open to work on again.
    await visible(application.getByText(/Accepting switched “open to work” off/));
    await page.reload();
    const reloaded = page.locator('.application-card').filter({ hasText: title });
    await visible(reloaded.getByText('Hired', { exact: true }));
    await visible(reloaded.getByText('Accepted', { exact: true }));
  });

  it('the pipeline and the outcome dashboards show the hire', async () => {
    const { page } = office;
    onTestFailed(async () => {
      await screenshot(page, 'mk-94-failure-office');
    });
    await page.goto(`${server.url}/positions/${positionId}/pipeline`);
    await visible(
      page.getByRole('region', { name: /^Hired/ }).getByRole('article', { name: candidate.displayName }),
      15_000,
    );

    await page.goto(`${server.url}/organisation/${organisationId}/outcomes`);
    const offerTable = page.getByRole('table', { name: 'Accepted offers by weeks from open to work' });
    await visible(offerTable, 15_000);
    await visible(page.getByText(/^1 accepted offer, in weeks/));
    await visible(page.getByRole('table', { name: 'Conversion between stages' }));
    await tour(page, 'organisation-outcomes', () => visible(page.locator('.outcome-chart__bar').first()));

    // Notifications: the list, settings.
    await page.goto(`${server.url}/notifications`);
    await visible(page.getByRole('heading', { name: 'Notifications', level: 1 }));
    await visible(page.locator('.notification').first());
    await tour(page, 'notifications', () => visible(page.locator('.notification').first()));
    await page.getByRole('button', { name: 'Mark all read' }).click();
    await visible(page.getByRole('heading', { name: '0 unread' }));
    await visible(page.getByRole('link', { name: 'Notifications', exact: true }));

    await page.goto(`${server.url}/settings/notifications`);
    const email = page.getByRole('combobox', { name: 'Email for Messages' });
    await visible(email);
    await email.selectOption('daily');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await visible(page.getByText('Your notification settings are saved.'));
    await tour(page, 'notification-settings', () => visible(page.locator('.settings-table')));
    expect((await callApi(page, 'POST', '/api/auth/sign-out')).status).toBe(204);

    await signInThroughForm(server, page, admin);
    await page.goto(`${server.url}/admin/outcomes`);
    await visible(page.getByRole('table', { name: 'Accepted offers by weeks from open to work' }), 15_000);
    await visible(
      page.getByRole('table', { name: 'Recruiter engagement per candidate by profile completeness' }),
    );
    await tour(page, 'admin-outcomes', () => visible(page.locator('.outcome-chart__bar').first()));
  });

  it('an unsubscribe link works once; forged and replayed ones are refused with their reason', async () => {
    const { page } = home;
    const tokens = unsubscribeTokens(SESSION_SECRET);
    const token = tokens.issue({ u: candidateUserId, k: 'message', x: Math.floor(Date.now() / 1000) + 3600 });
    await page.goto(`${server.url}/unsubscribe?token=${encodeURIComponent(token)}`);
    await visible(page.getByText('You will get no more emails about: Messages.'));
    await tour(page, 'unsubscribe-done', () => visible(page.locator('.alert--success')));
    await page.goto(`${server.url}/unsubscribe?token=${encodeURIComponent(token)}`);
    await visible(page.getByText('This unsubscribe link has already been used.'));
    await page.goto(`${server.url}/unsubscribe?token=u1.forged.token`);
    await visible(page.getByText('This unsubscribe link is not valid.'));
    await tour(page, 'unsubscribe-forged', () => visible(page.locator('.alert--danger')));
    await setLanguage(page, 'ar');
    await visible(page.getByText(ar.notifications.unsubscribe.forged));
    await setLanguage(page, 'en');
  });

  it('a candidate applies from the job list with a note; applying twice is refused', async () => {
    const { page } = home;
    onTestFailed(async () => {
      await screenshot(page, 'mk-93-failure-home');
    });
    await page.goto(`${server.url}/jobs`);
    let job = page.getByRole('article', { name: secondTitle });
    await visible(job, 15_000);
    await job.getByRole('button', { name: `Apply to ${secondTitle}` }).click();
    let dialog = page.getByRole('dialog', { name: /^Apply to/ });
    await visible(dialog);
    await dialog
      .getByLabel('A note to the team (optional)')
      .fill('Keen to help with supply-chain forecasting.');
    await expectAccessible(page, 'apply-dialog');
    await page.screenshot({ path: path.join(SHOTS, 'apply-dialog-en.png') });
    await dialog.getByRole('button', { name: 'Send application' }).click();
    await visible(job.getByText('Application sent.'));
    await tour(page, 'jobs-applied', () => visible(page.getByRole('article', { name: secondTitle })));

    // Back on the list, the position says the candidate is in its pipeline instead of offering Apply.
    await page.reload();
    job = page.getByRole('article', { name: secondTitle });
    await visible(job.getByRole('link', { name: /You are in this position’s pipeline/ }), 15_000);

    // A page that does not know yet (another tab applied): the API refuses, and the dialog says why.
    await page.route('**/api/applications', (route) =>
      route.request().method() === 'GET'
        ? route.fulfill({ status: 200, contentType: 'application/json', body: '{"applications":[]}' })
        : route.continue(),
    );
    await page.reload();
    job = page.getByRole('article', { name: secondTitle });
    await visible(job, 15_000);
    await job.getByRole('button', { name: `Apply to ${secondTitle}` }).click();
    dialog = page.getByRole('dialog', { name: /^Apply to/ });
    await dialog.getByRole('button', { name: 'Send application' }).click();
    await visible(dialog.getByText(/already in this position’s pipeline/));
    await page.screenshot({ path: path.join(SHOTS, 'apply-refused-en.png') });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await page.unroute('**/api/applications');

    await page.goto(`${server.url}/applications`);
    const applied = page.locator('.application-card').filter({ hasText: secondTitle });
    await visible(applied.getByText('Applied', { exact: true }));
    await visible(applied.getByText('You applied', { exact: false }));
  });
});
