import { z } from 'zod';
import { requestJson, requestVoid, resetCsrfToken } from './client';

/** Everything the platform holds about the signed-in person; offered to them as a file as it is. */
export function fetchAccountData(): Promise<Record<string, unknown>> {
  return requestJson('GET', '/api/account/data', z.record(z.string(), z.unknown()));
}

/** Erases the account; the server ends the session too. */
export async function deleteAccount(password: string): Promise<void> {
  await requestVoid('DELETE', '/api/account', { password });
  resetCsrfToken();
}
