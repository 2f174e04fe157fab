import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../test/support/context.js';
import {
  openPosition,
  signedInAdmin,
  signedInClient,
  signedInEmployer,
  validPositionBody,
} from '../../../test/support/factories.js';
import type { TestClient } from '../../../test/support/http-client.js';
import type {
  PositionBody,
  PositionSearchQuery,
  PositionSummary,
  PositionView,
} from '../../contracts/positions.js';
import { organisations, positions } from '../../db/schema/index.js';

const ctx = setupTestApp();
const DAY_MS = 86_400_000;
const NO_PACKAGE = { housing: 0, transport: 0, annualFlights: 0, education: 0, other: 0, taxFree: false };
const funding = { headcount: 1, budgetMin: 360_000, budgetMax: 504_000, budgetCurrency: 'AED' };

type Query = Partial<Record<keyof PositionSearchQuery, string>>;
interface SearchPage {
  positions: PositionSummary[];
  nextCursor: string | null;
}

async function search(query: Query = {}, client: TestClient = ctx.client()): Promise<SearchPage> {
  const response = await client.get(`/api/jobs?${new URLSearchParams(query).toString()}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<SearchPage>();
}

async function titles(query: Query = {}): Promise<string[]> {
  return (await search(query)).positions.map((p) => p.title);
}

const transition = (client: TestClient, id: string, body: Record<string, unknown>) =>
  client.post(`/api/positions/${id}/transitions`, body);

const DUBAI = 'Dubai Speech Engineer';
const RIYADH = 'Riyadh Vision Scientist';
const BERLIN = 'Berlin Platform Engineer';
const REMOTE = 'Remote Research Scientist';
const DOHA = 'Doha Data Scientist';

// Five open positions, a minute apart, that differ in every dimension the search filters on.
// Descriptions avoid the title and skill words so text matches must come from the weighted fields.
const catalogue: Array<Partial<PositionBody>> = [
  {
    title: DUBAI,
    roleFamily: 'ml_engineer',
    level: 'senior',
    description: 'Recognise Gulf Arabic in call-centre audio.',
    locations: [{ country: 'AE', city: 'Dubai' }],
    workplace: 'hybrid',
    visaSponsorship: true,
    salary: { min: 30_000, max: 42_000, currency: 'AED', period: 'month' },
    requiredSkills: [
      { skillId: 'pytorch', minProficiency: 4 },
      { skillId: 'python', minProficiency: 4 },
    ],
    niceToHaveSkills: [{ skillId: 'kubernetes' }],
  },
  {
    title: RIYADH,
    roleFamily: 'applied_scientist',
    level: 'mid',
    description: 'Count pallets in warehouse camera feeds.',
    locations: [{ country: 'SA', city: 'Riyadh' }],
    workplace: 'onsite',
    visaSponsorship: false,
    salary: { min: 25_000, max: 35_000, currency: 'SAR', period: 'month' },
    requiredSkills: [
      { skillId: 'tensorflow', minProficiency: 3 },
      { skillId: 'python', minProficiency: 3 },
    ],
    niceToHaveSkills: [],
  },
  {
    title: BERLIN,
    roleFamily: 'mlops_engineer',
    level: 'staff',
    description: 'Run the training cluster and the model registry.',
    locations: [{ country: 'DE', city: 'Berlin' }],
    workplace: 'onsite',
    visaSponsorship: true,
    salary: { min: 90_000, max: 120_000, currency: 'EUR', period: 'year' },
    package: NO_PACKAGE,
    requiredSkills: [
      { skillId: 'kubernetes', minProficiency: 4 },
      { skillId: 'mlflow', minProficiency: 3 },
    ],
    niceToHaveSkills: [],
  },
  {
    title: REMOTE,
    roleFamily: 'research_scientist',
    level: 'senior',
    description: 'Publish and ship work on efficient attention.',
    locations: [{ country: 'US', city: 'Boston' }],
    workplace: 'remote',
    remoteCountries: ['IN', 'PK'],
    visaSponsorship: false,
    salary: { min: 150_000, max: 200_000, currency: 'USD', period: 'year' },
    package: NO_PACKAGE,
    requiredSkills: [
      { skillId: 'jax', minProficiency: 4 },
      { skillId: 'pytorch', minProficiency: 3 },
    ],
    niceToHaveSkills: [],
  },
  {
    title: DOHA,
    roleFamily: 'data_scientist',
    level: 'junior',
    description: 'Forecast demand for a grocery chain.',
    locations: [{ country: 'QA', city: 'Doha' }],
    workplace: 'onsite',
    visaSponsorship: false,
    salary: { min: 12_000, max: 18_000, currency: 'QAR', period: 'month' },
    requiredSkills: [
      { skillId: 'sql', minProficiency: 3 },
      { skillId: 'python', minProficiency: 3 },
    ],
    niceToHaveSkills: [],
  },
];

async function openCatalogue() {
  const opened = [];
  for (const overrides of catalogue) {
    opened.push(await openPosition(ctx, overrides));
    ctx.clock.advance(60_000);
  }
  return opened;
}

function jsonLdOf(html: string): Record<string, unknown> {
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
  expect(scripts).toHaveLength(1);
  return JSON.parse(scripts[0]?.[1] ?? '') as Record<string, unknown>;
}

describe('public visibility', () => {
  it('shows only open, funded positions of verified organisations, to the public and to candidates', async () => {
    const live = await openPosition(ctx, { title: 'Live Vision Engineer' });

    const unverifiedOrg = await signedInEmployer(ctx, { verifiedAt: null }, 'owner');
    const draftResponse = await unverifiedOrg.client.post('/api/positions', {
      organisationId: unverifiedOrg.organisation.id,
      ...validPositionBody(ctx, { title: 'Draft Vision Engineer' }),
    });
    const draftView = draftResponse.json<PositionView>();

    const owner = await signedInEmployer(ctx, {}, 'owner');
    const create = async (title: string) =>
      (
        await owner.client.post('/api/positions', {
          organisationId: owner.organisation.id,
          ...validPositionBody(ctx, { title }),
        })
      ).json<PositionView>();
    const attestedDraft = await create('Attested Vision Engineer');
    await owner.client.post(`/api/positions/${attestedDraft.id}/funding`, funding);
    const pending = await create('Pending Vision Engineer');
    await owner.client.post(`/api/positions/${pending.id}/funding`, funding);
    await transition(owner.client, pending.id, { action: 'submit' });

    const paused = await openPosition(ctx, { title: 'Paused Vision Engineer' });
    await transition(paused.owner.client, paused.position.id, { action: 'pause' });
    const closed = await openPosition(ctx, { title: 'Closed Vision Engineer' });
    await transition(closed.owner.client, closed.position.id, { action: 'close', reason: 'cancelled' });
    // Funding sent back for review after going live: the badge, and the listing, must go with it.
    const unfunded = await openPosition(ctx, { title: 'Unfunded Vision Engineer' });
    await ctx.database.db
      .update(positions)
      .set({ fundingStatus: 'attested' })
      .where(eq(positions.id, unfunded.position.id));
    const revoked = await openPosition(ctx, { title: 'Revoked Vision Engineer' });
    await ctx.database.db
      .update(organisations)
      .set({ verifiedAt: null })
      .where(eq(organisations.id, revoked.owner.organisation.id));

    const states = async (client: TestClient, ids: string[]) =>
      Promise.all(
        ids.map(async (id) => {
          const view = (await client.get(`/api/positions/${id}`)).json<PositionView>();
          return [view.status, view.funding.status];
        }),
      );
    expect(await states(owner.client, [attestedDraft.id, pending.id])).toEqual([
      ['draft', 'attested'],
      ['pending_review', 'attested'],
    ]);
    expect(draftView).toMatchObject({ status: 'draft', badges: { verifiedEmployer: false } });
    expect(await states(paused.owner.client, [paused.position.id])).toEqual([['paused', 'verified']]);
    expect(await states(closed.owner.client, [closed.position.id])).toEqual([['closed', 'verified']]);
    const hidden = [
      draftView,
      attestedDraft,
      pending,
      paused.position,
      closed.position,
      unfunded.position,
      revoked.position,
    ];
    const candidate = await signedInClient(ctx, { accountType: 'candidate' });
    for (const client of [ctx.client(), candidate.client]) {
      const page = await search({}, client);
      expect(page.positions.map((p) => p.slug)).toEqual([live.position.slug]);
      expect(page.positions[0]?.badges).toEqual({ verifiedEmployer: true, verifiedFunded: true });
      expect((await client.get(`/api/jobs/${live.position.slug}`)).statusCode).toBe(200);
      // By id too (a page that only knows the id names the position), under the same rules.
      const byId = await client.get(`/api/jobs/${live.position.id}`);
      expect([byId.statusCode, byId.json().slug]).toEqual([200, live.position.slug]);
      expect((await client.get(`/jobs/${live.position.slug}`)).statusCode).toBe(200);
      for (const position of hidden) {
        const api = await client.get(`/api/jobs/${position.slug}`);
        expect([position.title, api.statusCode, api.json().code]).toEqual([position.title, 404, 'not_found']);
        const apiById = await client.get(`/api/jobs/${position.id}`);
        expect([position.title, apiById.statusCode]).toEqual([position.title, 404]);
        const page404 = await client.get(`/jobs/${position.slug}`);
        expect([position.title, page404.statusCode]).toEqual([position.title, 404]);
        expect(page404.body).not.toContain(position.title);
      }
    }
  });

  it('keeps funding internals out of the public view of a position', async () => {
    const { position } = await openPosition(ctx);
    const view = (await ctx.client().get(`/api/jobs/${position.slug}`)).json<PositionView>();
    expect(view).toMatchObject({ id: position.id, status: 'open', title: position.title });
    expect(view.funding).toEqual({
      status: 'verified',
      attestedBy: null,
      attestedAt: null,
      budget: null,
      verifiedAt: position.funding.verifiedAt,
      reason: null,
    });
  });
});

describe('search filters', () => {
  it('filters by role family, level, country, region, workplace and visa sponsorship', async () => {
    await openCatalogue();
    const sorted = async (query: Query) => (await titles(query)).sort();
    expect(await sorted({ roleFamily: 'ml_engineer' })).toEqual([DUBAI]);
    expect(await sorted({ roleFamily: 'ml_engineer,data_scientist' })).toEqual([DOHA, DUBAI]);
    expect(await sorted({ level: 'senior' })).toEqual([DUBAI, REMOTE]);
    expect(await sorted({ country: 'AE' })).toEqual([DUBAI]);
    // A remote role matches the countries a hire may live in.
    expect(await sorted({ country: 'IN' })).toEqual([REMOTE]);
    expect(await sorted({ region: 'GCC' })).toEqual([DOHA, DUBAI, RIYADH]);
    expect(await sorted({ region: 'EU' })).toEqual([BERLIN]);
    expect(await sorted({ region: 'SOUTH_ASIA' })).toEqual([REMOTE]);
    expect(await sorted({ workplace: 'remote' })).toEqual([REMOTE]);
    expect(await sorted({ workplace: 'onsite,hybrid', region: 'GCC' })).toEqual([DOHA, DUBAI, RIYADH]);
    expect(await sorted({ workplace: 'onsite' })).toEqual([BERLIN, DOHA, RIYADH]);
    expect(await sorted({ visaSponsorship: 'true' })).toEqual([BERLIN, DUBAI]);
    expect(await sorted({ visaSponsorship: 'false' })).toEqual([DOHA, REMOTE, RIYADH]);
  });

  it('filters by a minimum salary in any currency, the AED peg making the same threshold', async () => {
    await openCatalogue();
    const sorted = async (query: Query) => (await titles(query)).sort();
    // Yearly maxima in USD: Remote 200,000; Dubai 137,236; Berlin 130,435; Riyadh 112,000; Doha 59,341.
    expect(await sorted({ minSalary: '130000' })).toEqual([BERLIN, DUBAI, REMOTE]);
    expect(await sorted({ minSalary: String(Math.round(130_000 * 3.6725)), currency: 'AED' })).toEqual([
      BERLIN,
      DUBAI,
      REMOTE,
    ]);
    expect(await sorted({ minSalary: '140000', currency: 'USD' })).toEqual([REMOTE]);
    expect(await sorted({ minSalary: String(Math.round(140_000 * 3.6725)), currency: 'AED' })).toEqual([
      REMOTE,
    ]);
    expect(await sorted({ minSalary: '137236' })).toEqual([DUBAI, REMOTE]);
    expect(await sorted({ minSalary: '137237' })).toEqual([REMOTE]);
  });

  it('requires every listed skill', async () => {
    await openCatalogue();
    const sorted = async (query: Query) => (await titles(query)).sort();
    expect(await sorted({ skills: 'python' })).toEqual([DOHA, DUBAI, RIYADH]);
    expect(await sorted({ skills: 'python,pytorch' })).toEqual([DUBAI]);
    expect(await sorted({ skills: 'pytorch,jax' })).toEqual([REMOTE]);
    // Nice-to-have skills count too.
    expect(await sorted({ skills: 'kubernetes' })).toEqual([BERLIN, DUBAI]);
    expect(await sorted({ skills: 'python,jax' })).toEqual([]);
  });

  it('finds title words with stemming and skill names by full text', async () => {
    await openCatalogue();
    const sorted = async (query: Query) => (await titles(query)).sort();
    expect(await sorted({ q: 'engineers' })).toEqual([BERLIN, DUBAI]);
    expect(await sorted({ q: 'scientists' })).toEqual([DOHA, REMOTE, RIYADH]);
    expect(await sorted({ q: 'MLflow' })).toEqual([BERLIN]);
    expect(await sorted({ q: 'jax' })).toEqual([REMOTE]);
    expect(await sorted({ q: 'pallets' })).toEqual([RIYADH]);
    expect(await sorted({ q: 'engineers', region: 'GCC' })).toEqual([DUBAI]);
    // A word in the title ranks above the same word in a description (Doha's "Forecast demand").
    await openPosition(ctx, { title: 'Forecasting Lead', description: 'Plan the next quarter.' });
    expect(await titles({ q: 'forecasts', sort: 'relevance' })).toEqual(['Forecasting Lead', DOHA]);
  });

  it('sorts by date and by salary', async () => {
    await openCatalogue();
    expect(await titles({ sort: 'date' })).toEqual([DOHA, REMOTE, BERLIN, RIYADH, DUBAI]);
    expect(await titles({ sort: 'salary' })).toEqual([REMOTE, DUBAI, BERLIN, RIYADH, DOHA]);
  });

  it('states the rate, its date and source of every converted band', async () => {
    await openCatalogue();
    const byTitle = async (query: Query) =>
      Object.fromEntries((await search(query)).positions.map((p) => [p.title, p.salaryConverted]));
    const usd = await byTitle({});
    expect(usd[DUBAI]).toEqual({
      min: 98_026,
      max: 137_236,
      currency: 'USD',
      rate: 3.6725,
      rateDate: '1997-11-01',
      source: 'peg',
    });
    expect(usd[RIYADH]).toMatchObject({ max: 112_000, rate: 3.75, source: 'peg' });
    expect(usd[BERLIN]).toEqual({
      min: 97_826,
      max: 130_435,
      currency: 'USD',
      rate: 0.92,
      rateDate: '2026-11-01',
      source: 'table',
    });
    expect(usd[REMOTE]).toMatchObject({ min: 150_000, max: 200_000, source: 'identity' });
    const aed = await byTitle({ currency: 'AED' });
    expect(aed[DUBAI]).toMatchObject({ min: 360_000, max: 504_000, currency: 'AED', source: 'peg' });
    expect(aed[REMOTE]).toMatchObject({
      min: 550_875,
      max: 734_500,
      currency: 'AED',
      rate: 3.6725,
      source: 'peg',
    });
  });
});

describe('keyset pagination', () => {
  it('returns every position exactly once when following nextCursor, for each sort', async () => {
    await openCatalogue();
    for (const sort of ['date', 'salary', 'relevance'] as const) {
      const everyOne = await titles({ sort });
      const seen: string[] = [];
      const pageSizes: number[] = [];
      let cursor: string | null = null;
      do {
        const query: Query = { sort, limit: '2', ...(cursor ? { cursor } : {}) };
        const page = await search(query);
        pageSizes.push(page.positions.length);
        seen.push(...page.positions.map((p) => p.title));
        cursor = page.nextCursor;
      } while (cursor !== null && pageSizes.length < 10);
      expect([sort, pageSizes]).toEqual([sort, [2, 2, 1]]);
      expect(seen).toEqual(everyOne);
      expect(new Set(seen).size).toBe(5);
    }
  });

  it('refuses a tampered cursor with a problem naming the cursor', async () => {
    await openCatalogue();
    const first = await search({ sort: 'date', limit: '2' });
    const cursor = first.nextCursor ?? '';
    const decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    const forge = (changes: Record<string, unknown>) =>
      Buffer.from(JSON.stringify({ ...decoded, ...changes })).toString('base64url');
    const tampered = [
      `${cursor.slice(0, -3)}!!!`,
      'bm90LWpzb24',
      forge({ v: 'NaN' }),
      forge({ i: "' or 1=1 --" }),
      // Shaped like a uuid to a loose pattern, but not one PostgreSQL will cast.
      forge({ i: '-'.repeat(36) }),
      forge({ i: 'zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz' }),
    ];
    for (const bad of tampered) {
      const response = await ctx
        .client()
        .get(`/api/jobs?sort=date&limit=2&cursor=${encodeURIComponent(bad)}`);
      expect([bad, response.statusCode]).toEqual([bad, 400]);
      expect(response.json().errors.map((e: { path: string }) => e.path)).toEqual(['cursor']);
    }
    // A cursor of one sort does not page another.
    const otherSort = await ctx.client().get(`/api/jobs?sort=salary&limit=2&cursor=${cursor}`);
    expect(otherSort.statusCode).toBe(400);
    expect(otherSort.json().errors[0].path).toBe('cursor');
  });
});

describe('filters that name unknown skills', () => {
  it('refuses them with a problem naming the skills field', async () => {
    const response = await ctx.client().get('/api/jobs?skills=pytorch,not-a-skill-at-all');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      expect.objectContaining({ path: 'skills', message: 'Not skills in the taxonomy: not-a-skill-at-all' }),
    ]);
  });
});

describe('the server-rendered position page', () => {
  it('renders the position, both badges and JobPosting JSON-LD without JavaScript', async () => {
    const { position } = await openPosition(ctx, catalogue[0]);
    const response = await ctx.client().get(`/jobs/${position.slug}`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    const html = response.body;
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain(`<h1>${DUBAI}</h1>`);
    expect(html).toContain('<span class="badge">✓ Verified employer</span>');
    expect(html).toContain('<span class="badge">✓ Verified funded</span>');
    // The only script on the page is the JSON-LD data block.
    expect(html.match(/<script\b/g)).toHaveLength(1);

    const ld = jsonLdOf(html);
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: DUBAI,
      description: '<p>Recognise Gulf Arabic in call-centre audio.</p>',
      datePosted: position.publishedAt?.slice(0, 10),
      validThrough: `${position.validThrough}T23:59:59Z`,
      hiringOrganization: {
        '@type': 'Organization',
        name: 'Falcon Vision Labs',
        sameAs: position.organisation.website,
      },
      identifier: { '@type': 'PropertyValue', name: 'Falcon Vision Labs', value: position.id },
      employmentType: 'FULL_TIME',
      directApply: true,
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'AED',
        value: { '@type': 'QuantitativeValue', minValue: 30_000, maxValue: 42_000, unitText: 'MONTH' },
      },
      jobLocation: [
        {
          '@type': 'Place',
          address: { '@type': 'PostalAddress', addressCountry: 'AE', addressLocality: 'Dubai' },
        },
      ],
      skills: ['Python', 'PyTorch', 'Kubernetes'],
      experienceRequirements: { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: 48 },
      url: `http://127.0.0.1:3000/jobs/${position.slug}`,
    });
    expect(ld).not.toHaveProperty('jobLocationType');
  });

  it('says TELECOMMUTE and where applicants may live for a remote role', async () => {
    const { position } = await openPosition(ctx, catalogue[3]);
    const ld = jsonLdOf((await ctx.client().get(`/jobs/${position.slug}`)).body);
    expect(ld).toMatchObject({
      jobLocationType: 'TELECOMMUTE',
      applicantLocationRequirements: [
        { '@type': 'Country', name: 'IN' },
        { '@type': 'Country', name: 'PK' },
      ],
      baseSalary: { currency: 'USD', value: { minValue: 150_000, maxValue: 200_000, unitText: 'YEAR' } },
    });
  });

  it('renders Arabic right to left with ?lang=ar', async () => {
    const { position } = await openPosition(ctx);
    const response = await ctx.client().get(`/jobs/${position.slug}?lang=ar`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-language']).toBe('ar');
    expect(response.body).toContain('<html lang="ar" dir="rtl">');
    expect(response.body).toContain('جهة توظيف موثّقة');
    expect(response.body).toContain('تمويل موثّق');
    expect(jsonLdOf(response.body)).toMatchObject({ title: position.title });
  });

  it('keeps a hostile title inside the JSON-LD script element', async () => {
    const title = 'Lead </script><script>alert(1)</script> Engineer';
    const { position } = await openPosition(ctx, { title });
    const html = (await ctx.client().get(`/jobs/${position.slug}`)).body;
    expect(html.match(/<script\b/gi)).toHaveLength(1);
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('<h1>Lead &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; Engineer</h1>');
    expect(jsonLdOf(html)).toMatchObject({ '@type': 'JobPosting', title });
  });
});

describe('exchange rates', () => {
  it('lists the pegs and the dated table rates', async () => {
    const { rates } = (await ctx.client().get('/api/fx-rates')).json<{
      rates: Array<{ currency: string; ratePerUsd: number; asOf: string; source: string }>;
    }>();
    const byCurrency = Object.fromEntries(rates.map((r) => [r.currency, r]));
    expect(byCurrency.AED).toEqual({
      currency: 'AED',
      ratePerUsd: 3.6725,
      asOf: '1997-11-01',
      source: 'peg',
    });
    expect(byCurrency.SAR).toMatchObject({ ratePerUsd: 3.75, source: 'peg' });
    expect(byCurrency.EUR).toEqual({
      currency: 'EUR',
      ratePerUsd: 0.92,
      asOf: '2026-11-01',
      source: 'table',
    });
    expect(byCurrency.USD).toMatchObject({ ratePerUsd: 1, source: 'identity' });
  });

  it("lets admins set a floating rate, which moves a position's converted band and the salary filter", async () => {
    await openCatalogue();
    const admin = await signedInAdmin(ctx);
    const today = ctx.clock.now().toISOString().slice(0, 10);
    const berlin = async () => (await search({ q: 'platform' })).positions[0]?.salaryConverted;
    expect(await berlin()).toMatchObject({ max: 130_435, rate: 0.92 });
    expect((await titles({ minSalary: '140000' })).sort()).toEqual([REMOTE]);

    const set = await admin.client.request('PUT', '/api/admin/fx-rates/EUR', {
      ratePerUsd: 0.8,
      asOf: today,
    });
    expect(set.statusCode).toBe(200);
    expect(set.json().rates).toContainEqual({
      currency: 'EUR',
      ratePerUsd: 0.8,
      asOf: today,
      source: 'table',
    });
    expect(await berlin()).toEqual({
      min: 112_500,
      max: 150_000,
      currency: 'USD',
      rate: 0.8,
      rateDate: today,
      source: 'table',
    });
    expect((await titles({ minSalary: '140000' })).sort()).toEqual([BERLIN, REMOTE]);
    expect(await titles({ sort: 'salary' })).toEqual([REMOTE, BERLIN, DUBAI, RIYADH, DOHA]);
  });

  it('refuses pegged currencies, future dates and non-admins', async () => {
    const admin = await signedInAdmin(ctx);
    const today = ctx.clock.now().toISOString().slice(0, 10);
    const aed = await admin.client.request('PUT', '/api/admin/fx-rates/AED', { ratePerUsd: 4, asOf: today });
    expect(aed.statusCode).toBe(400);
    expect(aed.json().errors[0].path).toBe('currency');
    const tomorrow = new Date(ctx.clock.now().getTime() + DAY_MS).toISOString().slice(0, 10);
    const future = await admin.client.request('PUT', '/api/admin/fx-rates/EUR', {
      ratePerUsd: 0.5,
      asOf: tomorrow,
    });
    expect(future.json().errors[0].path).toBe('asOf');

    const employer = await signedInEmployer(ctx, {}, 'owner');
    const byEmployer = await employer.client.request('PUT', '/api/admin/fx-rates/EUR', {
      ratePerUsd: 0.5,
      asOf: today,
    });
    expect(byEmployer.statusCode).toBe(403);
    const anonymous = await ctx
      .client()
      .request('PUT', '/api/admin/fx-rates/EUR', { ratePerUsd: 0.5, asOf: today });
    expect(anonymous.statusCode).toBe(401);
    const { rates } = (await ctx.client().get('/api/fx-rates')).json<{
      rates: Array<{ currency: string; ratePerUsd: number }>;
    }>();
    expect(rates.find((r) => r.currency === 'EUR')?.ratePerUsd).toBe(0.92);
    expect(rates.find((r) => r.currency === 'AED')?.ratePerUsd).toBe(3.6725);
  });
});
