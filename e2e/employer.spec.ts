import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { type E2eAccount, signInThroughForm } from './support/accounts.js';
import {
  type E2eBrowser,
  expectAccessible,
  launchBrowser,
  SCREENSHOT_DIR,
  screenshotFromTop,
  visible,
} from './support/browser.js';
import { type E2eServer, startE2eServer } from './support/server.js';

const ar = JSON.parse(readFileSync(new URL('../web/src/i18n/ar.json', import.meta.url), 'utf8'));

const employer: E2eAccount = {
  displayName: 'Layla Haddad',
  email: 'layla.haddad@falconvision.example',
  password: 'convolutions over the corniche 2026',
};
const admin: E2eAccount = {
  displayName: 'Omar Platform',
  email: 'omar.admin@example.test',
  password: 'every licence checked twice 2026',
};
const organisationName = 'Falcon Vision';
const domain = 'falconvision.example';
const title = 'Senior Computer Vision Engineer, Retail Analytics';
const description = [
  '## About the role',
  '',
  'Falcon Vision builds **real-time computer vision** for retailers across the Gulf.',
  '',
  '- Train object detection models with PyTorch',
  '- Deploy and monitor them on Kubernetes',
  '- Mentor two engineers',
].join('\n');

/** A day in the future as YYYY-MM-DD (UTC), as the date input takes it. */
function dayAhead(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

const shot = (page: Page, name: string) => screenshotFromTop(page, name);

async function signOut(page: Page, account: E2eAccount): Promise<void> {
  await page.getByRole('button', { name: new RegExp(account.displayName) }).click();
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await visible(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sign in' }));
}

describe('an employer is verified, posts a funded position, and it is published with JSON-LD', () => {
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

  it('walks from sign-up to a public, verified and funded job page', async () => {
    const { page } = browser;
    onTestFailed(async () => {
      await shot(page, 'e99-failure');
    });
    const validThrough = dayAhead(45);

    // 1. Sign up as an employer, confirm the email from the outbox, sign in.
    await page.goto(`${server.url}/sign-up?type=employer`);
    expect(await page.getByLabel('Employer').isChecked()).toBe(true);
    await page.getByLabel('Full name').fill(employer.displayName);
    await page.getByLabel('Email').fill(employer.email);
    await page.getByLabel('Password', { exact: true }).fill(employer.password);
    await expectAccessible(page, 'sign-up');
    await shot(page, 'e01-sign-up-employer-en');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL('**/check-email**');

    const welcome = await server.latestMailTo(employer.email);
    const confirmLink = welcome.text.match(/https?:\/\/\S+\/verify\?token=\S+/)?.[0];
    expect(confirmLink, welcome.text).toBeTruthy();
    await page.goto(confirmLink ?? '');
    await visible(page.getByRole('heading', { name: 'Email confirmed' }));
    await expectAccessible(page, 'email-confirmed');

    await signInThroughForm(server, page, employer);
    await expectAccessible(page, 'employer-dashboard');
    await shot(page, 'e02-dashboard-employer-en');

    // 2. The Organisation link leads a new employer to onboarding.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organisation' }).click();
    await page.waitForURL('**/organisation/new');
    await visible(page.getByRole('heading', { name: 'Set up your organisation' }));
    await page.getByLabel('Organisation name').fill(organisationName);
    await page.getByLabel('Website').fill('https://falconvision.example');
    await page.getByLabel('Domain to add').fill(domain);
    await page.getByLabel('Domain to add').press('Enter');
    await visible(
      page.getByRole('list', { name: 'Email domains' }).getByText(/falconvision\.example.*\(primary\)/),
    );
    await page.getByLabel('Country').selectOption('AE');
    await page.getByLabel('City').fill('Dubai');
    await page.getByLabel('Size').selectOption({ label: '51–200 people' });
    await page.getByLabel('Industry').fill('Computer vision for retail');
    await page
      .getByLabel('Description')
      .fill('We turn store cameras into shelf and footfall insight for retailers across the GCC.');
    await expectAccessible(page, 'organisation-new');
    await shot(page, 'e03-organisation-new-en');
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await page.waitForURL(/\/organisation\/[0-9a-f-]{36}$/);
    const organisationUrl = page.url();
    await visible(page.getByText('Your organisation has been created.', { exact: false }));
    await visible(page.getByRole('heading', { name: organisationName, level: 1 }));
    await visible(page.getByText('Not verified yet').first());

    // 3a. Domain control: a link mailed to an address at the domain, opened in the browser.
    const domainSection = page.getByRole('region', { name: 'Email domain' });
    await domainSection.getByLabel('Address at your domain').fill(`hr@${domain}`);
    await domainSection.getByRole('button', { name: 'Send link' }).click();
    await visible(domainSection.getByText(`We've sent a link to`, { exact: false }));
    // Until the link is opened, the badge says a link is on its way.
    await visible(domainSection.getByText('Link sent', { exact: true }));
    await expectAccessible(page, 'organisation-domain-sent');
    await shot(page, 'e04-organisation-domain-sent-en');

    const domainMail = await server.latestMailTo(`hr@${domain}`);
    const domainLink = domainMail.text.match(/https?:\/\/\S+\/organisation\/verify-domain\?token=\S+/)?.[0];
    expect(domainLink, domainMail.text).toBeTruthy();
    await page.goto(domainLink ?? '');
    await visible(page.getByRole('heading', { name: 'Domain confirmed' }));
    await visible(page.getByText(/falconvision\.example.* is now verified for .*Falcon Vision/));
    await expectAccessible(page, 'domain-confirmed');
    await shot(page, 'e05-domain-confirmed-en');
    await page.getByRole('link', { name: 'Go to your organisation' }).click();
    await page.waitForURL(organisationUrl);
    await visible(domainSection.getByText('Verified', { exact: true }));
    await visible(domainSection.getByText(`${domain} verified on`, { exact: false }));

    // 3b. Registration details, sent for an administrator's review.
    const registration = page.getByRole('region', { name: 'Commercial registration' });
    await registration.getByLabel('Registration or licence number').fill('DED-1234567');
    // Country and website start from the organisation's profile; the owner confirms them.
    expect(await registration.getByLabel('Country of registration').inputValue()).toBe('AE');
    expect(await registration.getByLabel('Website').inputValue()).toBe('https://falconvision.example');
    await registration.getByLabel('Country of registration').selectOption('AE');
    await registration.getByLabel('Website').fill('https://www.falconvision.example');
    await registration.getByRole('button', { name: 'Send for review' }).click();
    await visible(registration.getByText('In review', { exact: true }));
    await visible(registration.getByText('DED-1234567'));
    await expectAccessible(page, 'organisation-in-review');
    await shot(page, 'e06-organisation-in-review-en');

    // 4. A position, through the editor reached from the Positions tab.
    await page
      .getByRole('navigation', { name: 'Organisation sections' })
      .getByRole('link', { name: 'Positions' })
      .click();
    await page.waitForURL('**/positions');
    await visible(page.getByText('No positions yet.', { exact: false }));
    await expectAccessible(page, 'positions-empty');
    await page.getByRole('link', { name: 'New position' }).click();
    await page.waitForURL(/\/positions\/new\?organisation=[0-9a-f-]{36}$/);
    await visible(page.getByRole('heading', { name: 'New position', level: 1 }));

    await page.getByLabel('Job title').fill(title);
    await page.getByLabel('Role family').selectOption({ label: 'ML engineer' });
    await page.getByLabel('Level', { exact: true }).selectOption({ label: 'Senior' });
    await page.getByLabel('Employment type').selectOption({ label: 'Full time' });
    await page.getByLabel('Open until').fill(validThrough);
    await page.getByLabel('Job description').fill(description);

    // The live preview renders the Markdown (server-sanitised).
    const preview = page.getByRole('region', { name: 'Preview', exact: true });
    await visible(preview.getByRole('heading', { name: 'About the role' }));
    expect(await preview.locator('strong').first().textContent()).toBe('real-time computer vision');
    expect(await preview.getByRole('listitem').count()).toBe(3);

    // Skills suggested live from the description: PyTorch as required, at Advanced.
    const suggested = page.getByRole('region', { name: 'Suggested from the description' });
    const addPyTorch = suggested.getByRole('button', { name: 'Add PyTorch as required' });
    await visible(addPyTorch);
    await addPyTorch.click();
    const requiredGroup = page.getByRole('group', { name: 'Required skills', exact: true });
    await visible(requiredGroup.getByRole('group', { name: 'PyTorch', exact: true }));
    const minLevel = page.getByRole('group', { name: 'Minimum level in PyTorch' });
    await minLevel.getByRole('radio', { name: 'Advanced' }).check();
    expect(await minLevel.getByRole('radio', { name: 'Advanced' }).isChecked()).toBe(true);
    await suggested.getByRole('button', { name: 'Add Kubernetes as nice to have' }).click();
    await visible(page.getByRole('list', { name: 'Nice-to-have skills' }).getByText('Kubernetes'));

    // Where: Dubai, hybrid, with visa sponsorship.
    await page.getByRole('group', { name: 'Location 1' }).getByLabel('Country').selectOption('AE');
    await page.getByRole('group', { name: 'Location 1' }).getByLabel('City').fill('Dubai');
    await page.getByRole('group', { name: 'Workplace' }).getByLabel('Hybrid').check();
    await page.getByLabel('Visa sponsorship').check();

    // Pay: a monthly AED band and a tax-free Gulf package.
    await page.getByLabel('Minimum', { exact: true }).fill('35000');
    await page.getByLabel('Maximum', { exact: true }).fill('48000');
    await page.getByLabel('Currency', { exact: true }).selectOption('AED');
    await page.getByLabel('Per', { exact: true }).selectOption('month');
    await page.getByLabel('Housing').fill('120000');
    await page.getByLabel('Transport').fill('24000');
    await page.getByLabel('Annual flights').fill('8000');
    await page.getByLabel("Children's education").fill('40000');
    await page.getByLabel('The salary is tax-free').check();
    await expectAccessible(page, 'position-editor-filled');
    await shot(page, 'e07-position-editor-en');

    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.waitForURL(/\/positions\/[0-9a-f-]{36}\/edit$/);
    await visible(page.getByText('Draft created.', { exact: false }));
    await visible(page.getByRole('heading', { name: title, level: 1 }));

    // Funding: the owner may attest it; then the position goes for review.
    await page.getByLabel('Budget from').fill('420000');
    await page.getByLabel('Budget up to').fill('600000');
    expect(await page.getByLabel('Budget currency').inputValue()).toBe('AED');
    await page.getByRole('button', { name: 'Attest funding' }).click();
    await visible(page.getByText('Funding attested.', { exact: false }));
    await visible(page.getByText(`Attested by ${employer.displayName}`, { exact: false }));
    const submit = page.getByRole('button', { name: `Submit for review: ${title}` });
    expect(await submit.isEnabled()).toBe(true);
    await submit.click();
    await visible(page.getByText('An administrator is checking the funding.', { exact: false }));
    await expectAccessible(page, 'position-in-review');
    await shot(page, 'e08-position-in-review-en');

    // The positions dashboard lists it in review.
    await page.getByRole('link', { name: /^Positions of .*Falcon Vision/ }).click();
    await page.waitForURL('**/positions');
    const row = page.getByRole('row', { name: new RegExp(title) });
    await visible(row);
    await visible(row.getByText('In review', { exact: true }));
    await expectAccessible(page, 'positions-dashboard');
    await shot(page, 'e09-positions-dashboard-en');
    await signOut(page, employer);

    // 5. An administrator approves the registration, then the funding.
    await server.createAdmin(admin);
    await signInThroughForm(server, page, admin);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Verification' }).click();
    await page.waitForURL('**/admin/verification');
    const approveOrganisation = page.getByRole('button', { name: `Approve ${organisationName}` });
    await visible(approveOrganisation);
    const organisationQueue = page.getByRole('region', { name: '1 organisation' });
    await visible(organisationQueue.getByRole('row', { name: /Falcon Vision/ }).getByText('DED-1234567'));
    const approveFunding = page.getByRole('button', { name: `Approve ${title}` });
    await visible(approveFunding);
    await expectAccessible(page, 'admin-verification');
    await shot(page, 'e10-admin-verification-en');

    await approveOrganisation.click();
    const dialog = page.getByRole('dialog');
    await visible(dialog);
    await dialog.getByLabel('Note (optional)').fill('Licence found in the DED register.');
    await expectAccessible(page, 'admin-approve-dialog');
    await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
    await visible(page.getByText(/registration was approved/));
    // The queue reloads after the notice appears; wait for it rather than race it.
    await expect.poll(() => approveOrganisation.count(), { timeout: 10_000 }).toBe(0);

    await approveFunding.click();
    await visible(dialog);
    await dialog.getByRole('button', { name: 'Approve', exact: true }).click();
    await visible(page.getByText(/was verified\./));
    await expect.poll(() => approveFunding.count(), { timeout: 10_000 }).toBe(0);
    await visible(page.getByRole('cell', { name: /Registration approved/ }).first());
    await expectAccessible(page, 'admin-approved');
    await shot(page, 'e11-admin-approved-en');
    await signOut(page, admin);

    // 6. Anonymous: the job list finds it, with both badges.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs' }).click();
    await page.waitForURL('**/jobs');
    await page.getByLabel('Search jobs').fill('vision');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.waitForURL('**/jobs?*q=vision*');
    const card = page.getByRole('article', { name: title });
    await visible(card);
    const badges = card.getByRole('list', { name: 'Badges' });
    await visible(badges.getByText('Verified employer'));
    await visible(badges.getByText('Verified funded'));
    await visible(badges.getByText('Tax-free'));
    await expectAccessible(page, 'jobs-search');
    await shot(page, 'e12-jobs-search-en');

    await card.getByRole('link', { name: title }).click();
    await page.waitForURL(/\/jobs\/[^/?]+$/);
    const jobUrl = page.url();
    await visible(page.getByRole('heading', { name: title, level: 1 }));
    await visible(page.getByText('Verified employer'));
    await visible(page.getByText('Verified funded'));
    // Served as HTML by the server, not rendered by the SPA.
    expect(await page.locator('#root').count()).toBe(0);
    await expectAccessible(page, 'job-page');
    await shot(page, 'e13-job-page-en');

    // The JSON-LD: a valid schema.org JobPosting.
    const jsonLdText = await page.locator('script[type="application/ld+json"]').textContent();
    const posting = JSON.parse(jsonLdText ?? 'null');
    expect(posting['@context']).toBe('https://schema.org');
    expect(posting['@type']).toBe('JobPosting');
    expect(posting.title).toBe(title);
    expect(posting.description).toContain('<strong>real-time computer vision</strong>');
    expect(posting.datePosted).toBe(new Date().toISOString().slice(0, 10));
    expect(posting.validThrough).toBe(`${validThrough}T23:59:59Z`);
    expect(posting.hiringOrganization).toMatchObject({ '@type': 'Organization', name: organisationName });
    expect(posting.jobLocation).toEqual([
      {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', addressCountry: 'AE', addressLocality: 'Dubai' },
      },
    ]);
    expect(posting.baseSalary).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'AED',
      value: { '@type': 'QuantitativeValue', minValue: 35_000, maxValue: 48_000, unitText: 'MONTH' },
    });
    expect(posting.employmentType).toBe('FULL_TIME');
    expect(posting.identifier).toMatchObject({ '@type': 'PropertyValue', name: organisationName });
    expect(posting.identifier.value).toMatch(/^[0-9a-f-]{36}$/);
    expect(posting.directApply).toBe(true);
    expect(posting.jobLocationType).toBeUndefined();
    expect(posting.url).toBe(jobUrl);

    // The same page without JavaScript.
    const noJs = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-sync'],
    });
    try {
      const context = await noJs.newContext({
        javaScriptEnabled: false,
        viewport: { width: 1280, height: 860 },
      });
      const plain = await context.newPage();
      const response = await plain.goto(jobUrl);
      expect(response?.status()).toBe(200);
      expect(response?.headers()['content-type']).toContain('text/html');
      await visible(plain.getByRole('heading', { name: title, level: 1 }));
      await visible(plain.getByText('Verified employer'));
      await visible(plain.getByText('Verified funded'));
      expect(await plain.locator('script[type="application/ld+json"]').count()).toBe(1);
      await plain.screenshot({
        path: path.join(SCREENSHOT_DIR, 'e14-job-page-no-js-en.png'),
        fullPage: true,
      });
      await context.close();
    } finally {
      await noJs.close();
    }

    // 7. Arabic: the employer's job list and organisation page, right to left.
    await signInThroughForm(server, page, employer);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs' }).click();
    await page.waitForURL('**/jobs');
    await visible(page.getByRole('article', { name: title }));
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
    await visible(page.getByRole('heading', { name: ar.jobs.title, level: 1 }));
    const arCard = page.getByRole('article', { name: title });
    await visible(arCard.getByText(ar.jobs.badges.verifiedEmployer));
    await visible(arCard.getByText(ar.jobs.badges.verifiedFunded));
    await expectAccessible(page, 'jobs-ar');
    await shot(page, 'e15-jobs-ar');

    await page
      .getByRole('navigation', { name: ar.nav.label })
      .getByRole('link', { name: ar.nav.organisation, exact: true })
      .click();
    await page.waitForURL(organisationUrl);
    await visible(page.getByRole('heading', { name: organisationName, level: 1 }));
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await visible(page.getByText(ar.employer.verification.verifiedTitle));
    await expectAccessible(page, 'organisation-ar');
    await shot(page, 'e16-organisation-ar');
  });
});
