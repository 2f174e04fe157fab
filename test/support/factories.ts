import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { User } from '../../src/contracts/auth.js';
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
      verifiedAt: new Date(),
      ...overrides,
    })
    .returning();
  if (!org) throw new Error('organisation insert returned no row');
  await database.db.insert(organisationMembers).values({ organisationId: org.id, userId: memberId, role });
  return org;
}

/** A signed-in employer member of a (verified by default) organisation. */
export async function signedInEmployer(
  ctx: TestContext,
  orgOverrides: Partial<typeof organisations.$inferInsert> = {},
) {
  const signed = await signedInClient(ctx, { accountType: 'employer' });
  const organisation = await buildOrganisation(ctx.database, signed.user.id, orgOverrides);
  return { ...signed, organisation };
}
