import type { TestProject } from 'vitest/node';
import { ensurePgliteTemplate, preparePostgresTemplate } from './template.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    pgTemplateUrl: string;
  }
}

/** Runs once per test run: prepares the migrated template the test files copy. */
export default async function setup(project: TestProject): Promise<void> {
  const pgUrl = process.env.TEST_DATABASE_URL;
  if (pgUrl) await preparePostgresTemplate(pgUrl);
  project.provide('pgTemplateUrl', pgUrl ?? '');
  project.provide('pgliteTemplate', await ensurePgliteTemplate());
}
