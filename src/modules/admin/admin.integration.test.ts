import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../test/support/context.js';
import { signedInClient } from '../../../test/support/factories.js';

// No SMTP_URL here: mail goes to DATA_DIR/outbox, the default of a fresh install.
const ctx = setupTestApp({ smtpUrl: undefined });

describe('admin', () => {
  it('lists and reads mail written to the outbox', async () => {
    await ctx.client().post('/api/auth/sign-up', {
      email: 'outbox@example.test',
      password: 'a long and unusual passphrase',
      displayName: 'Ola',
      accountType: 'candidate',
    });
    const { client } = await signedInClient(ctx, { isAdmin: true, accountType: 'admin' });
    const list = await client.get('/api/admin/outbox');
    expect(list.statusCode).toBe(200);
    const [message] = list.json().messages;
    expect(message).toMatchObject({ to: 'outbox@example.test', subject: expect.stringMatching(/confirm/i) });
    const read = await client.get(`/api/admin/outbox/${message.id}`);
    expect(read.json().text).toContain('/verify?token=');
    expect((await client.get('/api/admin/outbox/..%2F..%2Fsession-secret')).statusCode).toBe(400);
    expect((await client.get('/api/admin/outbox/nope')).statusCode).toBe(404);
  });

  it('counts accounts for the overview', async () => {
    await signedInClient(ctx, { accountType: 'employer' });
    const { client } = await signedInClient(ctx, { isAdmin: true, accountType: 'admin' });
    const overview = (await client.get('/api/admin/overview')).json();
    expect(overview.accounts).toEqual({ candidates: 0, employers: 1, admins: 1 });
  });
});
