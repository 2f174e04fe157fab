import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { setupTestApp } from '../../../test/support/context.js';
import { signedInClient } from '../../../test/support/factories.js';
import { sharedDataDir } from '../../config/paths.js';
import { validateJsonResume } from '../../core/json-resume/index.js';

const ctx = setupTestApp();
const dataDir = sharedDataDir();
const sample = dataDir
  ? JSON.parse(readFileSync(path.join(dataDir, 'jsonresume', 'sample.resume.json'), 'utf8'))
  : {};

describe.skipIf(!dataDir)('JSON Resume import and export (needs ../shared/data)', () => {
  it('previews without saving, then applies in one go, and exports a valid resume', async () => {
    const { client } = await signedInClient(ctx, { accountType: 'candidate' });
    const preview = await client.post('/api/profile/import/json-resume', {
      resume: sample,
      mode: 'merge',
      dryRun: true,
    });
    expect(preview.statusCode).toBe(200);
    const result = preview.json();
    expect(result.applied).toBe(false);
    expect(result.changes.length).toBeGreaterThan(0);
    expect((await client.get('/api/profile')).json().items).toHaveLength(0);

    const applied = (
      await client.post('/api/profile/import/json-resume', { resume: sample, mode: 'merge', dryRun: false })
    ).json();
    expect(applied.applied).toBe(true);
    const profile = (await client.get('/api/profile')).json();
    expect(profile.items.length).toBeGreaterThan(0);
    expect(profile.skills.length + profile.customSkills.length).toBeGreaterThan(0);
    expect(profile.customSkills.map((s: { name: string }) => s.name).sort()).toEqual(
      [...applied.unmatchedSkills].sort(),
    );

    const exported = await client.get('/api/profile/export/json-resume');
    expect(exported.headers['content-disposition']).toContain('resume.json');
    expect(validateJsonResume(exported.json()).ok).toBe(true);

    // Importing the same file again in merge mode changes nothing.
    const again = (
      await client.post('/api/profile/import/json-resume', { resume: sample, mode: 'merge', dryRun: true })
    ).json();
    expect(again.changes).toEqual([]);
  });

  it('rejects an invalid resume with the offending field and saves nothing', async () => {
    const { client } = await signedInClient(ctx, { accountType: 'candidate' });
    const bad = {
      ...sample,
      basics: { ...sample.basics, url: 'javascript:alert(1)' },
      work: [{ ...sample.work[0], startDate: '2099-01-01' }],
    };
    const response = await client.post('/api/profile/import/json-resume', {
      resume: bad,
      mode: 'replace',
      dryRun: false,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors.map((e: { path: string }) => e.path)).toContain('resume.basics.url');
    const notJson = await client.post('/api/profile/import/json-resume', {
      resume: 'hello',
      mode: 'replace',
      dryRun: false,
    });
    expect(notJson.statusCode).toBe(400);
    expect((await client.get('/api/profile')).json().items).toHaveLength(0);
  });

  it('refuses uploads over 1 MB', async () => {
    const { client } = await signedInClient(ctx, { accountType: 'candidate' });
    const huge = { ...sample, basics: { ...sample.basics, summary: 'x'.repeat(1_100_000) } };
    const response = await client.post('/api/profile/import/json-resume', {
      resume: huge,
      mode: 'merge',
      dryRun: true,
    });
    expect(response.statusCode).toBe(413);
  });
});

describe('skills', () => {
  it('finds skills by alias for the picker and extracts them from text', async () => {
    const { client } = await signedInClient(ctx);
    const search = (await client.get('/api/skills/search?q=k8s')).json();
    expect(search.skills[0]).toMatchObject({ id: 'kubernetes' });
    const extract = (
      await client.post('/api/skills/extract', { text: 'We use PyTorch 2.1 and sklearn on k8s.' })
    ).json();
    expect(extract.skills.map((s: { skillId: string }) => s.skillId)).toEqual(
      expect.arrayContaining(['pytorch', 'scikit-learn', 'kubernetes']),
    );
    const long = await client.get(`/api/skills/search?q=${'a'.repeat(500)}`);
    expect(long.statusCode).toBe(400);
    expect(long.json().errors[0].path).toBe('querystring.q');
  });
});
