import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { CareerModelResponse, CareerPageResponse } from '../src/contracts/career-progress.js';
import { callApi, createVerifiedCandidate, type E2eAccount, signInThroughForm } from './support/accounts.js';
import {
  type E2eBrowser,
  expectAccessible,
  launchBrowser,
  screenshotFromTop,
  visible,
} from './support/browser.js';
import { verifiedOrganisationWithOpenPositions } from './support/marketplace.js';
import { type E2eServer, startE2eServer } from './support/server.js';

const ar = JSON.parse(readFileSync(new URL('../web/src/i18n/ar.json', import.meta.url), 'utf8'));
const arModel = JSON.parse(
  readFileSync(new URL('../web/src/i18n/career-model.ar.json', import.meta.url), 'utf8'),
) as Record<string, string>;

/** Screenshots for people to look at, outside the repository. */
const SHOTS = '/tmp/shots-career';

const employer: E2eAccount = {
  displayName: 'Mariam Al-Kaabi',
  email: 'mariam@gulfgradient.example',
  password: 'stochastic gradient by the creek 2026',
};
const admin: E2eAccount = {
  displayName: 'Omar Platform',
  email: 'omar.admin@example.test',
  password: 'ladders are data not code 2026',
};
const candidate: E2eAccount = {
  displayName: 'Salma Idris',
  email: 'salma.idris@example.test',
  password: 'one rung at a time in abu dhabi 2026',
};
const domain = 'gulfgradient.example';
const projectTitle = 'Shelf demand forecaster in PyTorch';

const shoot = (page: Page, name: string) => screenshotFromTop(page, name, SHOTS);

/** The Career page as the API answers it right now (reading it records a snapshot, as a visit does). */
async function careerFromApi(page: Page): Promise<CareerPageResponse> {
  const answer = await callApi<CareerPageResponse>(page, 'GET', '/api/career');
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body;
}

async function openCareer(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Career' }).click();
  await page.waitForURL('**/career');
  await visible(page.getByRole('heading', { name: 'Your career path', level: 1 }));
  await visible(page.getByTestId('career-readiness'), 15_000);
}

/** "Would open 2 more positions, median band USD 120,000" → 2; "No more positions yet" → 0. */
function unlockCountIn(text: string): number {
  const match = text.match(/open ([\d,]+) more position/);
  return match ? Number(match[1]?.replace(/,/g, '')) : 0;
}

describe('a candidate sees their stage and top gap, closes it, and an admin retitles a stage', () => {
  let server: E2eServer;
  let office: E2eBrowser;
  let home: E2eBrowser;

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

  it('sets up open, verified, funded mid-level positions that require PyTorch, through the API', async () => {
    const titles = ['ML Engineer, Demand Forecasting', 'ML Engineer, Pricing Models'];
    await verifiedOrganisationWithOpenPositions(server, office.page, {
      employer,
      admin,
      organisation: {
        name: 'Gulf Gradient',
        domain,
        city: 'Abu Dhabi',
        industry: 'Retail analytics',
        description: 'Forecasting and pricing models for Gulf retailers.',
        registrationNumber: 'ADGM-2026-0042',
      },
      positions: titles.map((title) => ({
        title,
        description: `${title}: models in **PyTorch** and Python for stores across the Gulf.`,
        city: 'Abu Dhabi',
        requiredSkills: [
          { skillId: 'pytorch', minProficiency: 3 },
          { skillId: 'python', minProficiency: 3 },
        ],
        salary: { min: 22_000, max: 34_000 },
        headcount: 1,
        budget: { min: 264_000, max: 408_000 },
      })),
    });
  });

  it('a candidate sees their stage and top gap, adds it with a project as evidence, and readiness and unlocks move', async () => {
    const { page } = home;
    onTestFailed(async () => {
      await shoot(page, 'e2e-failure-candidate');
    });
    await createVerifiedCandidate(server, page, candidate);
    await signInThroughForm(server, page, candidate);

    // Basics and one skill, through the profile as a person would.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Profile' }).click();
    await page.waitForURL('**/profile');
    const basics = page.getByRole('region', { name: 'Basics' });
    await visible(basics.getByRole('button', { name: 'Save basics' }));
    await basics.getByLabel('Country').selectOption('AE');
    await basics.getByLabel('City').fill('Abu Dhabi');
    await basics.getByLabel('Years of experience').fill('3');
    await basics.getByRole('button', { name: 'Save basics' }).click();
    await visible(basics.getByText('Your basics have been saved.'));
    await addSkill(page, 'Python', 'Python', 'Advanced');
    await saveSkills(page);

    // Career: the stage and the top gap the API reports, with its unlock count.
    await openCareer(page);
    const before = await careerFromApi(page);
    expect(before.assessment.status).toBe('assessed');
    const stage = before.assessment.stage ?? '';
    const top = before.gaps[0];
    expect(top, JSON.stringify(before.gaps)).toBeTruthy();
    if (!top) return;
    console.info(
      `career before: stage ${stage}, target ${before.target?.id}, readiness ${before.readiness?.percent}, top gap ${top.skillId} unlock ${JSON.stringify(top.unlock)}`,
    );
    expect(top.skillId).toBe('pytorch');
    expect(top.unlock?.positions ?? 0).toBeGreaterThan(0);
    const stageNames: Record<string, string> = {
      junior: 'Junior',
      mid: 'Mid-level',
      senior: 'Senior',
      staff: 'Staff',
    };
    await page.reload();
    await visible(page.getByTestId('career-stage'), 15_000);
    expect(await page.getByTestId('career-stage').textContent()).toContain(
      `Your stage: ${stageNames[stage]}`,
    );
    const ladder = page.getByRole('list', { name: 'Career stages' });
    await visible(ladder.locator('[aria-current="step"]').getByText('You are here'));
    const gaps = page.getByRole('list', { name: 'Skill gaps, most valuable first' });
    const firstGap = gaps.getByRole('listitem').first();
    await visible(firstGap.getByRole('heading', { name: top.name }));
    const unlockBefore = (await page.getByTestId(`unlock-${top.skillId}`).textContent()) ?? '';
    expect(unlockCountIn(unlockBefore)).toBe(top.unlock?.positions);
    const readinessBefore = before.readiness?.percent ?? 0;
    expect(await page.getByTestId('career-readiness').textContent()).toContain(`${readinessBefore}%`);
    await expectAccessible(page, 'career-before');
    await shoot(page, 'e2e-career-before-en');

    // The gap's link leads to the profile, where a project is added and the skill linked to it.
    await firstGap.getByRole('link', { name: `Add on my profile: ${top.name}` }).click();
    await page.waitForURL('**/profile#skills');
    const projects = page.getByRole('region', { name: 'Projects' });
    await projects.getByRole('button', { name: 'Add a project' }).click();
    await page.getByLabel('Project name').fill(projectTitle);
    await page.getByRole('button', { name: 'Save project' }).click();
    await visible(page.getByText(`“${projectTitle}” has been saved.`));
    await addSkill(page, 'pytorch', top.name, 'Advanced');
    await page
      .getByRole('button', { name: `Details for ${top.name}: years, last used and evidence` })
      .click();
    const evidence = page.getByRole('group', { name: `Evidence for ${top.name}` });
    await evidence.getByLabel(`Project: ${projectTitle}`).check();
    await saveSkills(page);

    // Back on Career: readiness rose, the gap is closed (and said so), and the unlocks moved with it.
    await openCareer(page);
    await visible(page.getByText(`Gaps closed: ${top.name}.`), 15_000);
    const after = await careerFromApi(page);
    const readinessAfter = after.readiness?.percent ?? 0;
    console.info(
      `career after: readiness ${readinessAfter}, gaps ${after.gaps.map((g) => `${g.skillId}:${g.unlock?.positions}`).join(', ')}`,
    );
    expect(readinessAfter).toBeGreaterThan(readinessBefore);
    expect(after.gaps.map((g) => g.skillId)).not.toContain(top.skillId);
    expect(await page.getByTestId('career-readiness').textContent()).toContain(`${readinessAfter}%`);
    expect(await page.getByTestId(`unlock-${top.skillId}`).count()).toBe(0);
    const shownUnlocks = await Promise.all(
      after.gaps.map(async (g) =>
        unlockCountIn((await page.getByTestId(`unlock-${g.skillId}`).textContent()) ?? ''),
      ),
    );
    expect(shownUnlocks).toEqual(after.gaps.map((g) => g.unlock?.positions ?? 0));
    await expectAccessible(page, 'career-after');
    await shoot(page, 'e2e-career-after-en');

    // The same page in Arabic, right to left.
    await page.getByRole('button', { name: 'العربية' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await visible(page.getByRole('heading', { name: ar.career.title, level: 1 }));
    await visible(page.getByTestId('career-readiness'));
    // The career model's own lines read in Arabic too (the API serves them in English).
    await visible(page.getByRole('heading', { name: arModel['Senior ML Engineer'], level: 3 }));
    await expectAccessible(page, 'career-ar');
    await shoot(page, 'e2e-career-ar');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('ltr');
  });

  it('an admin retitles a stage, saves a new version, and the candidate sees the new title', async () => {
    const { page } = office;
    onTestFailed(async () => {
      await shoot(page, 'e2e-failure-admin');
    });
    await signInThroughForm(server, page, admin);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Career model' }).click();
    await page.waitForURL('**/admin/career-model');
    await visible(page.getByRole('heading', { name: 'Version 0 is in force' }));
    await expectAccessible(page, 'career-model');

    const editor = page.getByLabel('Career model (JSON)');
    const model = JSON.parse(await editor.inputValue());
    const newTitle = 'Mid-level ML Engineer (Gulf track)';
    model.stages[1].title = newTitle;

    // Without a note, nothing is sent.
    await editor.fill(JSON.stringify(model, null, 2));
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await visible(page.getByText('Say what changed.'));

    // An unknown skill comes back from the server with its path and line.
    const broken = structuredClone(model);
    broken.stages[0].coreSkills[0].skillId = 'not-a-real-skill';
    await editor.fill(JSON.stringify(broken, null, 2));
    await page.getByLabel('What changed').fill('Retitled the mid-level stage for the Gulf');
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await visible(page.getByRole('button', { name: /stages › 0 › coreSkills › 0 › skillId \(line \d+\)/ }));
    await expectAccessible(page, 'career-model-problems');
    await shoot(page, 'e2e-career-model-problem-en');

    await editor.fill(JSON.stringify(model, null, 2));
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    await visible(page.getByText('Saved as version 1.'));
    await visible(page.getByRole('heading', { name: 'Version 1 is in force' }));
    const saved = await callApi<CareerModelResponse>(page, 'GET', '/api/admin/career-model');
    expect(saved.body.version).toBe(1);
    expect(saved.body.model.stages[1]?.title).toBe(newTitle);
    await shoot(page, 'e2e-career-model-en');

    // Another admin saves meanwhile (version 2): this page's next save, still based on version 1, is
    // refused with a clear message, and reloading brings version 2 into the editor.
    const meanwhile = await callApi(page, 'PUT', '/api/admin/career-model', {
      model,
      note: 'Another admin re-saved the same model',
      basedOnVersion: 1,
    });
    expect(meanwhile.status, JSON.stringify(meanwhile.body)).toBe(200);
    await page.getByLabel('What changed').fill('A second edit from an old copy');
    await page.getByRole('button', { name: 'Save as a new version' }).click();
    const conflict = page.getByRole('status').filter({ hasText: 'Someone saved a newer version' });
    await visible(conflict);
    await expectAccessible(page, 'career-model-conflict');
    await shoot(page, 'e2e-career-model-conflict-en');
    await conflict.getByRole('button', { name: 'Load the latest version' }).click();
    await visible(page.getByRole('heading', { name: 'Version 2 is in force' }));
    expect(await page.getByLabel('What changed').inputValue()).toBe('');

    // The candidate's ladder shows the new title.
    const home2 = home.page;
    await home2.goto(`${server.url}/career`);
    await visible(
      home2.getByRole('list', { name: 'Career stages' }).getByRole('heading', { name: newTitle }),
      15_000,
    );
    await shoot(home2, 'e2e-career-retitled-en');
  });
});

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
}

async function saveSkills(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save skills' }).click();
  await visible(page.getByText('Your skills have been saved.'));
}
