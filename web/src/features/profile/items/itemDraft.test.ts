import { describe, expect, it } from 'vitest';
import { type ProfileItem, profileItemBodySchema } from '../../../../../src/contracts/profile.js';
import { bodyFromDraft, draftFromItem, emptyDraft, withoutBlankResults } from './itemDraft';

const project: ProfileItem = {
  id: '8b7f2c1e-2a4e-4c59-9a55-3f1a0f3e7d21',
  kind: 'project',
  title: 'Arabic support-ticket triage',
  problem: 'Routing 40k monthly tickets by hand took two days.',
  approach: 'Fine-tuned an Arabic BERT with LoRA.',
  results: [{ metric: 'macro F1', value: '0.91', baseline: '0.74' }],
  links: { repository: 'https://github.com/example/triage' },
  skills: ['pytorch', 'lora'],
  startDate: '2025-01',
};

describe('item drafts', () => {
  it('turns an item into a draft and back into the same body', () => {
    const { id: _id, ...body } = project;
    expect(bodyFromDraft('project', draftFromItem(project))).toEqual(body);
  });

  it('builds bodies the shared contract accepts, leaving out empty optional fields', () => {
    const draft = emptyDraft('role');
    draft.values.title = ' ML Engineer ';
    draft.values.employer = 'Sahara Analytics';
    draft.values.highlights = 'Cut latency by 40%\n\n  Shipped a feature store ';
    const body = bodyFromDraft('role', draft);
    expect(body).toEqual({
      kind: 'role',
      title: 'ML Engineer',
      employer: 'Sahara Analytics',
      summary: '',
      highlights: ['Cut latency by 40%', 'Shipped a feature store'],
    });
    expect(profileItemBodySchema.safeParse(body).success).toBe(true);
  });

  it('numbers result rows the way the API reports them once blank rows are dropped', () => {
    const draft = draftFromItem(project);
    draft.results.unshift({ key: -1, metric: ' ', value: '', baseline: '' });
    const cleaned = withoutBlankResults(draft);
    expect(cleaned.results).toHaveLength(1);
    expect(bodyFromDraft('project', cleaned).results).toEqual(
      project.kind === 'project' ? project.results : [],
    );
  });

  it('lets the contract refuse a javascript: link at its dotted path', () => {
    const draft = draftFromItem(project);
    draft.values['links.repository'] = 'javascript:alert(1)';
    const result = profileItemBodySchema.safeParse(bodyFromDraft('project', draft));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join('.')).toBe('links.repository');
  });
});
