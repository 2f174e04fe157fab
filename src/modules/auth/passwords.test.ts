import { describe, expect, it } from 'vitest';
import { hashPassword, isCommonPassword, verifyPassword } from './passwords.js';

describe('isCommonPassword', () => {
  it.each([
    'password1234',
    'PASSWORD1234',
    'qwertyuiop123',
    '123456789012',
    'aaaaaaaaaaaa',
    'abcabcabcabc',
    'iloveyou2026',
  ])('rejects %s', (password) => expect(isCommonPassword(password)).toBe(true));
  it.each(['tensors and gradients 2026', 'Layla-fine-tunes-LoRA!', 'correct horse battery staple'])(
    'accepts %s',
    (password) => expect(isCommonPassword(password)).toBe(false),
  );
});

describe('argon2id hashing', () => {
  it('verifies the right password, rejects a wrong one and a malformed hash', async () => {
    const encoded = await hashPassword('a long and unusual passphrase');
    expect(encoded).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(encoded, 'a long and unusual passphrase')).toBe(true);
    expect(await verifyPassword(encoded, 'a long and unusual passphrasE')).toBe(false);
    expect(await verifyPassword('not-a-hash', 'anything')).toBe(false);
  });
});
