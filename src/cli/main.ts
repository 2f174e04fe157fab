import { Command } from 'commander';
import { ConfigError, loadConfig } from '../config/env.js';
import { openDatabase } from '../db/client.js';
import { runMigrations } from '../db/migrate.js';
import { createAdmin } from './commands/admin.js';
import { registerImportCommands } from './commands/salaries.js';
import { printDemoAccounts, seedDemo } from './commands/seed.js';
import { serve } from './commands/serve.js';
import { registerSkillsCommands } from './commands/skills.js';

const program = new Command('ath').description('AI Talent Hub command line').showHelpAfterError();

const positiveInt = (name: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return n;
};

program
  .command('serve')
  .description('Migrate the database and serve the API and web app')
  .option('--no-demo', 'do not seed demo data into an empty embedded database')
  .action(async (opts: { demo: boolean }) => serve(loadConfig(), { demoIfEmpty: opts.demo }));

program
  .command('migrate')
  .description('Apply pending database migrations')
  .action(async () => {
    const config = loadConfig();
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    await runMigrations(database);
    await database.close();
    console.log(`Migrations applied (${database.engine}).`);
  });

program
  .command('seed')
  .description('Create demo data (deterministic from --seed)')
  .requiredOption('--demo', 'create the demo marketplace')
  .option('--candidates <n>', 'candidate profiles', positiveInt('--candidates'), 500)
  .option('--employers <n>', 'employer organisations', positiveInt('--employers'), 40)
  .option('--positions <n>', 'positions', positiveInt('--positions'), 150)
  .option('--seed <n>', 'random seed', positiveInt('--seed'), 2026)
  .action(async (opts: { candidates: number; employers: number; positions: number; seed: number }) => {
    const config = loadConfig();
    const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      await runMigrations(database);
      await seedDemo(database, opts);
      printDemoAccounts();
    } finally {
      await database.close();
    }
  });

program
  .command('admin')
  .description('Platform administration')
  .command('create')
  .description('Create the first admin, or make an existing account an admin')
  .requiredOption('--email <email>', 'the admin email address')
  .option('--password <password>', 'a password of at least 12 characters (generated when omitted)')
  .option('--name <name>', 'display name')
  .action(async (opts: { email: string; password?: string; name?: string }) =>
    createAdmin(loadConfig(), opts),
  );

registerSkillsCommands(program);
registerImportCommands(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof Error && 'code' in error && error.code === 'EADDRINUSE') {
    console.error(
      `${error.message}\nAnother program uses that port: stop it, or start with PORT=<another port>.`,
    );
    process.exit(1);
  }
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
