import { hash, verify } from '@node-rs/argon2';
import { dictionary } from '@zxcvbn-ts/language-common';

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane); the library's own defaults match it.
const ARGON2_OPTIONS = {
  algorithm: 2 /* Argon2id */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

/** Hashes a password with argon2id; the encoded string carries its salt and parameters. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

/** Verifies a password against an argon2 encoded hash; a malformed hash counts as a mismatch. */
export async function verifyPassword(encoded: string, password: string): Promise<boolean> {
  try {
    return await verify(encoded, password);
  } catch {
    return false;
  }
}

let commonPasswords: Set<string> | undefined;

/** True when the password (any case) is in the ~49k common-password list shipped with zxcvbn-ts. */
export function isCommonPassword(password: string): boolean {
  commonPasswords ??= new Set(dictionary.passwords.map((p) => p.toLowerCase()));
  const lower = password.toLowerCase();
  // Repeating a common word to reach 12 characters ("password1234", "qwertyqwerty") is still common.
  return commonPasswords.has(lower) || commonPasswords.has(lower.replace(/\d+$/, '')) || isRepetition(lower);
}

function isRepetition(text: string): boolean {
  for (let size = 1; size <= text.length / 2; size++) {
    if (text.length % size === 0 && text.slice(0, size).repeat(text.length / size) === text) return true;
  }
  return false;
}
