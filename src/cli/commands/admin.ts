import { randomBytes } from 'node:crypto';
import type { Config } from '../../config/env.js';
import { emailSchema } from '../../contracts/common.js';
import { openDatabase } from '../../db/client.js';
import { runMigrations } from '../../db/migrate.js';
import { createAuthService } from '../../modules/auth/auth.service.js';
import { createMailer } from '../../modules/mail/mailer.js';
import { createRateLimiter } from '../../modules/ratelimit/rate-limit.service.js';

/** `ath admin create --email E [--password P]`: creates the admin or promotes an existing account. */
export async function createAdmin(
  config: Config,
  options: { email: string; password?: string; name?: string },
) {
  const email = emailSchema.safeParse(options.email);
  if (!email.success) throw new Error(`--email: ${email.error.issues[0]?.message ?? 'invalid'}`);
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await runMigrations(database);
    const now = () => new Date();
    const auth = createAuthService({
      db: database.db,
      mailer: createMailer({
        smtpUrl: config.smtpUrl,
        from: config.mailFrom,
        outboxDir: `${config.dataDir}/outbox`,
      }),
      limiter: createRateLimiter(database.db, now),
      now,
      publicUrl: config.publicUrl,
      sessionTtlDays: config.sessionTtlDays,
      log: { error: (obj, msg) => console.error(msg, obj) },
    });
    const password = options.password ?? randomBytes(12).toString('base64url');
    const { created } = await auth.createAdmin(email.data, password, options.name ?? 'Platform admin');
    if (created) {
      console.log(`Admin ${email.data} created.`);
      if (!options.password)
        console.log(`Password: ${password}  (shown once; change it with a password reset)`);
    } else {
      console.log(`${email.data} already had an account; it is now an admin. Its password is unchanged.`);
    }
  } finally {
    await database.close();
  }
}
