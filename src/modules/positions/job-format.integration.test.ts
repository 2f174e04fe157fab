import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../test/support/context.js';
import { signedInEmployer } from '../../../test/support/factories.js';
import { sharedDataDir } from '../../config/paths.js';
import { jobDocumentProblems } from '../../core/positions/job-document.js';

const ctx = setupTestApp();
const dataDir = sharedDataDir();

describe.skipIf(!dataDir)('JSON Resume job format over HTTP (needs ../shared/data)', () => {
  const sample = () =>
    JSON.parse(readFileSync(path.join(dataDir ?? '', 'jsonresume', 'sample.job.json'), 'utf8')) as Record<
      string,
      unknown
    >;

  it('imports sample.job.json as a draft with a report, and exports a valid job document', async () => {
    const { client, organisation } = await signedInEmployer(ctx);
    const imported = await client.post('/api/positions/import-job', {
      organisationId: organisation.id,
      job: sample(),
    });
    expect(imported.statusCode).toBe(201);
    const { position, report } = imported.json();
    expect(position).toMatchObject({ title: 'Web Developer', status: 'draft', workplace: 'hybrid' });
    expect(position.locations).toEqual([{ country: 'DE', city: 'Berlin' }]);
    expect(position.requiredSkills.map((s: { skillId: string }) => s.skillId)).toContain('javascript');
    expect(report.dropped.map((d: { path: string }) => d.path)).toContain('company');

    const exported = await client.get(`/api/positions/${position.id}/job.json`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toContain('attachment');
    const job = exported.json();
    expect(jobDocumentProblems(job)).toEqual([]);
    expect(job).toMatchObject({ title: 'Web Developer', company: organisation.name, remote: 'Hybrid' });
  });

  it('refuses a document that breaks the job schema, naming the field, and saves nothing', async () => {
    const { client, organisation } = await signedInEmployer(ctx);
    const response = await client.post('/api/positions/import-job', {
      organisationId: organisation.id,
      job: { ...sample(), remote: 'Sometimes' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toContain('remote');
    expect((await client.get(`/api/organisations/${organisation.id}/positions`)).json().positions).toEqual(
      [],
    );
  });
});
