import type { Database } from '../../db/client.js';
export async function isDatabaseEmpty(_d: Database): Promise<boolean> { return false; }
export async function seedDemo(_d: Database, _o: unknown): Promise<void> {}
export function printDemoAccounts(): void {}
