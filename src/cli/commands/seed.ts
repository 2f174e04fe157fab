import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../core/demo/index.js';
import type { Database } from '../../db/client.js';
import * as demo from '../../modules/demo/demo.service.js';
import { type Progress, startProgress } from '../progress.js';

/** True when the database has no accounts yet. */
export const isDatabaseEmpty = (database: Database) => demo.isDatabaseEmpty(database.db);

/** Seeds the demo marketplace with a progress bar per phase. */
export async function seedDemo(database: Database, options: demo.SeedOptions): Promise<void> {
  const bars = new Map<string, { bar: Progress; done: number }>();
  const started = Date.now();
  await demo.seedDemo(database.db, options, (phase, done, total) => {
    let entry = bars.get(phase);
    if (!entry) {
      for (const other of bars.values()) other.bar.stop();
      entry = { bar: startProgress(phase.padEnd(10), total), done: 0 };
      bars.set(phase, entry);
    }
    entry.bar.increment(done - entry.done);
    entry.done = done;
  });
  for (const { bar } of bars.values()) bar.stop();
  process.stderr.write(
    `Demo data: ${options.employers} employers, ${options.candidates} candidates, ${options.positions} positions ` +
      `(seed ${options.seed}) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}

/** Prints the demo accounts a newcomer can sign in with. */
export function printDemoAccounts(): void {
  const lines = [
    '',
    `Demo accounts (password for all: ${DEMO_PASSWORD})`,
    `  candidate  ${DEMO_ACCOUNTS.candidate.email}`,
    `  recruiter  ${DEMO_ACCOUNTS.recruiter.email}`,
    `  admin      ${DEMO_ACCOUNTS.admin.email}`,
    '',
  ];
  process.stderr.write(`${lines.join('\n')}\n`);
}
