import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { User } from '../../src/contracts/auth.js';
import type { PositionBody, PositionView } from '../../src/contracts/positions.js';
import type { Database } from '../../src/db/client.js';
import { organisationMembers, organisations, users } from '../../src/db/schema/index.js';
import { hashPassword } from '../../src/modules/auth/passwords.js';
import type { TestContext } from './context.js';
import type { TestClient } from './http-client.js';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

export type UserOverrides = Partial<typeof users.$inferInsert>;

/** Inserts a verified user straight into the database (hashing the shared test password once). */
export async function buildUser(
  database: Database,
  overrides: UserOverrides = {},
): Promise<typeof users.$inferSelect> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const [row] = await database.db
    .insert(users)
    .values({
      email: `user-${randomUUID()}@example.test`,
      passwordHash: await passwordHash,
      displayName: 'Test User',
      accountType: 'candidate',
      emailVerifiedAt: new Date(),
      ...overrides,
    })
    .returning();
  if (!row) throw new Error('user insert returned no row');
  return row;
}

/** A user and a client already signed in as them through the real sign-in route. */
export async function signedInClient(
  ctx: TestContext,
  overrides: UserOverrides = {},
): Promise<{ client: TestClient; user: User }> {
  const row = await buildUser(ctx.database, overrides);
  const client = ctx.client();
  const response = await client.post('/api/auth/sign-in', { email: row.email, password: TEST_PASSWORD });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${response.body}`);
  return { client, user: response.json<{ user: User }>().user };
}

export async function findUser(database: Database, email: string) {
  const [row] = await database.db.select().from(users).where(eq(users.email, email));
  return row;
}

/** An organisation with the given user as a member; verified unless told otherwise. */
export async function buildOrganisation(
  database: Database,
  memberId: string,
  overrides: Partial<typeof organisations.$inferInsert> = {},
  role: 'owner' | 'recruiter' | 'hiring_manager' = 'recruiter',
) {
  const slug = `org-${randomUUID().slice(0, 8)}`;
  const [org] = await database.db
    .insert(organisations)
    .values({
      slug,
      name: 'Falcon Vision Labs',
      emailDomain: `${slug}.example`,
      country: 'AE',
      website: `https://${slug}.example`,
      ...(overrides.verifiedAt === null
        ? {}
        : {
            verifiedAt: new Date(),
            verifiedDomain: `${slug}.example`,
            domainVerifiedAt: new Date(),
            registrationStatus: 'approved' as const,
            registrationNumber: 'CN-1234567',
          }),
      ...overrides,
    })
    .returning();
  if (!org) throw new Error('organisation insert returned no row');
  await database.db.insert(organisationMembers).values({ organisationId: org.id, userId: memberId, role });
  return org;
}

/** A signed-in employer member of a (verified by default) organisation; a recruiter unless told. */
export async function signedInEmployer(
  ctx: TestContext,
  orgOverrides: Partial<typeof organisations.$inferInsert> = {},
  role: 'owner' | 'recruiter' | 'hiring_manager' = 'recruiter',
) {
  const signed = await signedInClient(ctx, { accountType: 'employer' });
  const organisation = await buildOrganisation(ctx.database, signed.user.id, orgOverrides, role);
  return { ...signed, organisation };
}

/** A signed-in platform admin. */
export function signedInAdmin(ctx: TestContext) {
  return signedInClient(ctx, { accountType: 'admin', isAdmin: true });
}

/** A position body that passes every rule, valid through 30 days after the test clock's now. */
export function validPositionBody(ctx: TestContext, overrides: Partial<PositionBody> = {}): PositionBody {
  const validThrough = new Date(ctx.clock.now().getTime() + 30 * 86_400_000).toISOString().slice(0, 10);
  return {
    title: 'Senior ML Engineer, Arabic speech',
    roleFamily: 'ml_engineer',
    level: 'senior',
    description: 'Build **speech recognition** for Gulf Arabic with PyTorch and ship it on Kubernetes.',
    requiredSkills: [
      { skillId: 'pytorch', minProficiency: 4 },
      { skillId: 'python', minProficiency: 4 },
    ],
    niceToHaveSkills: [{ skillId: 'kubernetes' }],
    locations: [{ country: 'AE', city: 'Dubai' }],
    workplace: 'hybrid',
    remoteCountries: [],
    visaSponsorship: true,
    relocationSupport: true,
    salary: { min: 30_000, max: 42_000, currency: 'AED', period: 'month' },
    package: {
      housing: 90_000,
      transport: 18_000,
      annualFlights: 8_000,
      education: 0,
      other: 0,
      taxFree: true,
    },
    headcount: 1,
    employmentType: 'FULL_TIME',
    validThrough,
    ...overrides,
  };
}

/**
 * A position taken through the real API to open: an owner drafts it, attests funding and submits;
 * an admin verifies the funding. Returns the owner's client, the admin's and the position view.
 */
export async function openPosition(ctx: TestContext, overrides: Partial<PositionBody> = {}) {
  const owner = await signedInEmployer(ctx, {}, 'owner');
  const admin = await signedInAdmin(ctx);
  const created = await owner.client.post('/api/positions', {
    organisationId: owner.organisation.id,
    ...validPositionBody(ctx, overrides),
  });
  if (created.statusCode !== 201) throw new Error(`create failed: ${created.body}`);
  const id = created.json<PositionView>().id;
  const steps = [
    () =>
      owner.client.post(`/api/positions/${id}/funding`, {
        headcount: 1,
        budgetMin: 360_000,
        budgetMax: 504_000,
        budgetCurrency: 'AED',
      }),
    () => owner.client.post(`/api/positions/${id}/transitions`, { action: 'submit' }),
    () => admin.client.post(`/api/admin/positions/${id}/funding-decision`, { decision: 'approve' }),
  ];
  let position = created.json<PositionView>();
  for (const step of steps) {
    const response = await step();
    if (response.statusCode !== 200) throw new Error(`step failed: ${response.body}`);
    position = response.json<PositionView>();
  }
  return { owner, admin, position };
}
